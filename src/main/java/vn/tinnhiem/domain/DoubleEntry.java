package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules of double entry by serial, with no I/O: given the readings so far and the ballots numbered, what a
 * serial's state is, what a new reading does (accepted as pass 1, 2 or 3, or refused with a {@link Problem}),
 * what the round's progress is and whether it may close. The screen and the store ask the same questions here,
 * so the one cannot accept what the other refuses. The life of a serial: {@link SerialState}.
 */
public final class DoubleEntry {
    private DoubleEntry() {
    }

    /** The state of one serial from its readings (in any order). */
    public static SerialState state(int serial, List<Reading> ofSerial) {
        List<Reading> r = ofSerial.stream().filter(x -> x.serial() == serial)
                .sorted(Comparator.comparingInt(Reading::pass)).toList();
        return switch (r.size()) {
            case 0 -> new SerialState.Missing(serial);
            case 1 -> new SerialState.EnteredOnce(r.get(0));
            case 2 -> r.get(0).agreesWith(r.get(1)) ? new SerialState.Agreed(r.get(0), r.get(1))
                    : new SerialState.InConflict(r.get(0), r.get(1), r.get(0).differingLines(r.get(1)));
            default -> new SerialState.Resolved(r.get(0), r.get(1), r.get(2));
        };
    }

    /** Every serial from 1 to the ballots numbered (and any read beyond, which the store never lets in), by serial. */
    public static Map<Integer, SerialState> states(List<Reading> readings, int numbered) {
        Map<Integer, List<Reading>> by = new TreeMap<>();
        for (int s = 1; s <= numbered; s++) {
            by.put(s, new ArrayList<>());
        }
        for (Reading r : readings) {
            by.computeIfAbsent(r.serial(), k -> new ArrayList<>()).add(r);
        }
        Map<Integer, SerialState> out = new TreeMap<>();
        by.forEach((s, list) -> out.put(s, state(s, list)));
        return java.util.Collections.unmodifiableMap(out);
    }

    public static DoubleEntryProgress progress(List<Reading> readings, int numbered) {
        return progress(states(readings, numbered), numbered);
    }

    /** The progress from the serials' states already worked out ({@link #states}). */
    public static DoubleEntryProgress progress(Map<Integer, SerialState> states, int numbered) {
        List<Integer> once = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        List<SerialState.InConflict> conflicts = new ArrayList<>();
        List<SerialState.Resolved> resolved = new ArrayList<>();
        int agreed = 0;
        for (SerialState s : states.values()) {
            if (s instanceof SerialState.Missing) {
                missing.add(s.serial());
            } else if (s instanceof SerialState.EnteredOnce) {
                once.add(s.serial());
            } else if (s instanceof SerialState.Agreed) {
                agreed++;
            } else if (s instanceof SerialState.InConflict c) {
                conflicts.add(c);
            } else if (s instanceof SerialState.Resolved r) {
                resolved.add(r);
            }
        }
        return new DoubleEntryProgress(numbered, once, agreed, conflicts, resolved, missing);
    }

    /** Where the round stands: {@code numbered} is {@code null} until the first reading fixes it. */
    public static DoubleEntryRound phase(Round round, List<Reading> readings, Integer numbered) {
        if (!round.isOpen()) {
            return new DoubleEntryRound.Closed(round.collected() == null ? 0 : round.collected());
        }
        if (numbered == null) {
            return new DoubleEntryRound.Unnumbered(round.issued());
        }
        DoubleEntryProgress p = progress(readings, numbered);
        return p.complete() ? new DoubleEntryRound.ReadyToClose(p) : new DoubleEntryRound.Keying(p);
    }

    /** The ballots collected and numbered by the committee: at least one, no more than issued. */
    public static Checked<Integer> numbering(int numbered, int issued) {
        if (numbered < 1) {
            return Checked.refused("de.error.numberedNone");
        }
        if (numbered > issued) {
            return Checked.refused("de.error.numberedOverIssued", numbered, issued);
        }
        return Checked.ok(numbered);
    }

    /** The pass a reading of this serial would be keyed in now, or why the serial takes no reading. */
    public static Checked<Integer> nextPass(List<Reading> readings, int numbered, int serial) {
        if (serial < 1) {
            return Checked.refused("de.error.serialZero", numbered);
        }
        if (serial > numbered) {
            return Checked.refused("de.error.serialOver", serial, numbered);
        }
        SerialState now = state(serial, readings);
        if (now instanceof SerialState.Agreed) {
            return Checked.refused("de.error.serialAgreed", serial);
        }
        if (now instanceof SerialState.Resolved) {
            return Checked.refused("de.error.serialResolved", serial);
        }
        return Checked.ok(now.readings().size() + 1); // missing → 1, entered once → 2, in conflict → 3
    }

    /**
     * A new reading of {@code serial}: accepted as the next pass of that serial, or refused. Nothing already
     * agreed or resolved can be changed by it.
     */
    public static Checked<Reading> accept(Round round, List<Reading> readings, int numbered, int serial,
                                          BallotDraft draft) {
        if (!round.isOpen()) {
            return Checked.refused("error.round.closed");
        }
        if (round.settings().counting() != Counting.DOUBLE_ENTRY) {
            return Checked.refused("de.error.notDoubleEntry", round.number());
        }
        Checked<Integer> n = numbering(numbered, round.issued());
        if (!n.isOk()) {
            return Checked.refused(n.problem().key(), n.problem().args().toArray());
        }
        if (draft.lines() != round.officials().size() || !draft.isComplete()) {
            return Checked.refused("error.ballot.incomplete", round.officials().size() - draft.cursor());
        }
        for (Mark m : draft.marks()) {
            if (m instanceof Mark.Level level && level.level() > round.levels()) {
                return Checked.refused("error.ballot.level", level.level(), round.levels());
            }
        }
        Checked<Integer> pass = nextPass(readings, numbered, serial);
        if (!pass.isOk()) {
            return Checked.refused(pass.problem().key(), pass.problem().args().toArray());
        }
        return Checked.ok(Reading.of(serial, pass.value(), draft));
    }

    /**
     * The serials below {@code just} that its pass skipped: none read at all for a first pass, not read twice for
     * a second. A warning shown after the reading is kept, never a refusal: the committee may read out of order.
     */
    public static List<Integer> gapsBefore(List<Reading> readings, Reading just) {
        List<Integer> out = new ArrayList<>();
        if (just.pass() == 3) {
            return out;
        }
        for (int s = 1; s < just.serial(); s++) {
            int serial = s;
            long read = readings.stream().filter(r -> r.serial() == serial).count();
            if (read < just.pass()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The serial to key next when the operator types none. The current pass is the pass of the reading kept last
     * (or the first pass while any serial is unread): the next serial after the last one that still needs a reading
     * in that pass, going round to the top of the pile; then the serials that need the other pass; then, once
     * every paper is read twice, the first ballot in conflict (its paper is pulled and read again). {@code null}
     * when nothing is left to read.
     */
    public static Integer suggested(List<Reading> readings, int numbered, Reading last) {
        return suggested(states(readings, numbered), numbered, last);
    }

    /** {@link #suggested(List, int, Reading)} from the serials' states already worked out ({@link #states}). */
    public static Integer suggested(Map<Integer, SerialState> states, int numbered, Reading last) {
        boolean unread = states.values().stream().anyMatch(x -> x instanceof SerialState.Missing);
        int pass = last != null && last.pass() < 3 ? last.pass() : unread ? 1 : 2;
        int from = last == null ? 1 : last.serial() + 1;
        Integer next = needing(states, numbered, pass, from);
        if (next == null) {
            next = needing(states, numbered, pass, 1);
        }
        if (next == null) {
            next = needing(states, numbered, 3 - pass, 1);
        }
        if (next == null) {
            next = states.values().stream().filter(x -> x instanceof SerialState.InConflict)
                    .map(SerialState::serial).findFirst().orElse(null);
        }
        return next;
    }

    /** The first serial from {@code from} up that has exactly {@code pass - 1} readings: it needs that pass. */
    private static Integer needing(Map<Integer, SerialState> states, int numbered, int pass, int from) {
        for (int s = Math.max(1, from); s <= numbered; s++) {
            SerialState st = states.get(s);
            if ((pass == 1 && st instanceof SerialState.Missing) || (pass == 2 && st instanceof SerialState.EnteredOnce)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Closing needs every numbered ballot agreed or resolved: each serial entered once, in conflict or missing is
     * named. On success, the ballots collected: the count numbered.
     */
    public static Checked<Integer> closing(DoubleEntryProgress p) {
        List<Problem> parts = new ArrayList<>();
        if (!p.conflicts().isEmpty()) {
            parts.add(Problem.of("de.close.conflicts", Serials.text(p.conflictSerials())));
        }
        if (!p.once().isEmpty()) {
            parts.add(Problem.of("de.close.once", Serials.text(p.once())));
        }
        if (!p.missing().isEmpty()) {
            parts.add(Problem.of("de.close.missing", Serials.text(p.missing())));
        }
        if (parts.isEmpty()) {
            return Checked.ok(p.numbered());
        }
        return Checked.refused("de.close.refused" + parts.size(), parts.toArray());
    }
}
