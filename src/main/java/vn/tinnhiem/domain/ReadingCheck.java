package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A double-entry round's readings checked as {@code tinnhiem verify} does: every reading in the file against the
 * audit entry written with it (none unlogged, none altered, none logged and gone), each pass following the one
 * before, one count numbered, and every ballot of the round being the reading that settled its serial, with one
 * ballot per settled serial and none for a serial not settled. A round counted otherwise must have no reading.
 */
public final class ReadingCheck {
    private ReadingCheck() {
    }

    /** One reading as the file holds it, with the count numbered stored beside it. */
    public record Stored(Reading reading, int numbered) {
    }

    /**
     * @param serials the serial of each ballot, by ballot number ({@code null} for a ballot with none)
     * @param events  the audit entries naming this round, in order
     */
    public static List<Problem> check(Round round, List<Stored> readings, List<Ballot> ballots,
                                      Map<Integer, Integer> serials, List<AuditEvent> events) {
        List<Problem> out = new ArrayList<>();
        if (round.settings().counting() != Counting.DOUBLE_ENTRY) {
            if (!readings.isEmpty()) {
                out.add(Problem.of("de.verify.readingsInOtherRound", readings.size()));
            }
            return out;
        }
        Map<String, AuditEvent> logged = new TreeMap<>();
        for (AuditEvent e : events) {
            if (e.kind() == AuditKind.READING_RECORDED) {
                logged.put(ReadingDetail.serial(e.detail()) + "/" + ReadingDetail.pass(e.detail()), e);
            }
        }
        boolean seenLog = events.stream().anyMatch(e -> e.kind() == AuditKind.ROUND_OPENED);
        List<Reading> all = new ArrayList<>();
        for (Stored s : readings) {
            Reading r = s.reading();
            all.add(r);
            AuditEvent e = logged.remove(r.serial() + "/" + r.pass());
            if (e == null) {
                if (seenLog) {
                    out.add(Problem.of("de.verify.readingNotLogged", r.serial(), r.pass()));
                }
            } else if (!e.detail().equals(ReadingDetail.of(r, s.numbered()))) {
                out.add(Problem.of("de.verify.readingDiffers", r.serial(), r.pass(), e.detail(),
                        ReadingDetail.of(r, s.numbered())));
            }
        }
        for (AuditEvent e : logged.values()) {
            out.add(Problem.of("de.verify.readingMissing", ReadingDetail.serial(e.detail()),
                    ReadingDetail.pass(e.detail())));
        }
        int numbered = readings.stream().mapToInt(Stored::numbered).max().orElse(0);
        if (readings.stream().anyMatch(s -> s.numbered() != numbered)) {
            out.add(Problem.of("de.verify.numberedDiffers"));
        }
        settledBallots(DoubleEntry.states(all, numbered), ballots, serials, out);
        return out;
    }

    private static void settledBallots(Map<Integer, SerialState> states, List<Ballot> ballots,
                                       Map<Integer, Integer> serials, List<Problem> out) {
        Map<Integer, Ballot> bySerial = new TreeMap<>();
        for (Ballot b : ballots) {
            Integer serial = serials.get(b.number());
            if (serial == null) {
                out.add(Problem.of("de.verify.ballotWithoutSerial", b.number()));
            } else if (bySerial.put(serial, b) != null) {
                out.add(Problem.of("de.verify.serialTwice", serial));
            }
        }
        for (SerialState s : states.values()) {
            Ballot b = bySerial.remove(s.serial());
            if (s.readings().size() > 1) {
                for (int i = 0; i < s.readings().size(); i++) {
                    if (s.readings().get(i).pass() != i + 1) {
                        out.add(Problem.of("de.verify.passOrder", s.serial()));
                        break;
                    }
                }
            }
            if (s.settled().isEmpty()) {
                if (b != null) {
                    out.add(Problem.of("de.verify.ballotUnsettled", s.serial(), b.number()));
                }
                continue;
            }
            Reading r = s.settled().get();
            if (b == null) {
                out.add(Problem.of("de.verify.settledWithoutBallot", s.serial()));
            } else if (b.status() != r.status() || !b.marks().equals(r.marks()) || b.voided()) {
                out.add(Problem.of("de.verify.ballotNotReading", s.serial(), b.number()));
            }
        }
        for (Map.Entry<Integer, Ballot> e : bySerial.entrySet()) {
            out.add(Problem.of("de.verify.ballotUnsettled", e.getKey(), e.getValue().number()));
        }
    }
}
