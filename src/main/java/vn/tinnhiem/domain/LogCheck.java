package vn.tinnhiem.domain;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit log checked against the file's tables both ways, as {@code tinnhiem verify} does: every meeting and
 * round the log saw created must still be there (a whole round or meeting deleted is named), and every meeting
 * and round in the file must have been created through tinnhiem (unless it predates the log); every meeting's
 * details must be those of its last logged creation or edit; and a log missing altogether while rounds carry
 * fingerprints (written only with a log) is named as such.
 */
public final class LogCheck {
    private LogCheck() {
    }

    /** A meeting as the file holds it, with when it was created. */
    public record MeetingRow(long id, MeetingDetails details, String createdAt) {
    }

    /**
     * A round as the file holds it: its meeting, number, when it was opened and closed, whether it carries a
     * fingerprint, and the meeting details frozen at its close (their stored text, or {@code null}).
     */
    public record RoundRow(long id, long meetingId, int number, String openedAt, String closedAt,
                           boolean fingerprinted, String atClose) {
    }

    public static List<Problem> check(List<AuditEvent> log, List<MeetingRow> meetings, List<RoundRow> rounds) {
        List<Problem> out = new ArrayList<>();
        for (RoundRow r : rounds) {
            MeetingAtClose frozen = frozen(r.atClose());
            if (frozen != null && (!frozen.opened().equals(String.valueOf(r.openedAt()))
                    || !frozen.closed().equals(String.valueOf(r.closedAt())))) {
                out.add(Problem.of("error.verify.timesChanged", r.number(), r.id(), frozen.opened(), frozen.closed(),
                        String.valueOf(r.openedAt()), String.valueOf(r.closedAt())));
            }
        }
        if (log.isEmpty()) {
            long marked = 0;
            for (RoundRow r : rounds) {
                marked += r.fingerprinted() ? 1 : 0;
            }
            if (marked > 0) {
                out.add(Problem.of("error.verify.logGone", marked));
            }
            return out;
        }
        OffsetDateTime logStart = time(log.get(0).time());
        Map<Long, AuditEvent> created = new LinkedHashMap<>();
        Map<Long, AuditEvent> lastDetails = new HashMap<>();
        Map<Long, AuditEvent> opened = new LinkedHashMap<>();
        for (AuditEvent e : log) {
            if (e.kind() == AuditKind.MEETING_CREATED && e.meetingId() != null) {
                created.putIfAbsent(e.meetingId(), e);
                lastDetails.put(e.meetingId(), e);
            } else if (e.kind() == AuditKind.MEETING_EDITED && e.meetingId() != null) {
                lastDetails.put(e.meetingId(), e);
            } else if (e.kind() == AuditKind.ROUND_OPENED && e.roundId() != null) {
                opened.putIfAbsent(e.roundId(), e);
            }
        }
        Set<Long> deleted = deletedInLog(log);
        Set<Long> meetingIds = new HashSet<>();
        for (MeetingRow m : meetings) {
            meetingIds.add(m.id());
            AuditEvent last = lastDetails.get(m.id());
            if (last == null) {
                if (!before(m.createdAt(), logStart)) {
                    out.add(Problem.of("error.verify.meetingNotLogged", m.id()));
                }
                continue;
            }
            String now = AuditDetail.meeting(m.details());
            List<String> fields = AuditDetail.differences(last.detail(), now);
            if (!fields.isEmpty()) {
                LoggedFields f = LoggedFields.of(last.detail(), now, fields);
                out.add(Problem.of("error.verify.meetingDiffers", m.id(), f.names(), last.seq(), f.logged(),
                        f.now()));
            }
        }
        for (AuditEvent e : created.values()) {
            if (!meetingIds.contains(e.meetingId())) {
                out.add(Problem.of("error.verify.meetingMissing", e.meetingId(),
                        AuditDetail.field(e.detail(), "title"), e.seq()));
            }
        }
        Map<Long, RoundRow> roundIds = new HashMap<>();
        for (RoundRow r : rounds) {
            roundIds.put(r.id(), r);
            AuditEvent e = opened.get(r.id());
            if (e == null) {
                if (!before(r.openedAt(), logStart) || r.fingerprinted()) {
                    out.add(Problem.of("error.verify.roundNotLogged", r.number(), r.id(), r.meetingId()));
                }
            } else {
                if (e.meetingId() == null || e.meetingId() != r.meetingId()) {
                    out.add(Problem.of("error.verify.roundMoved", r.number(), r.id(), e.meetingId(), r.meetingId()));
                }
                if (!sameMoment(r.openedAt(), e.time())) {
                    out.add(Problem.of("error.verify.openedAtDiffers", r.number(), r.id(), e.time(), r.openedAt()));
                }
            }
        }
        for (AuditEvent e : opened.values()) {
            if (!roundIds.containsKey(e.roundId()) && !deleted.contains(e.roundId())) {
                out.add(Problem.of("error.verify.roundMissing", AuditDetail.field(e.detail(), "round"), e.roundId(),
                        e.meetingId(), e.seq()));
            }
        }
        return out;
    }

    /**
     * Rounds whose deletion the log records: a rehearsal round removed by the chair, logged as ROUND_DELETED and
     * opened as a rehearsal by its own ROUND_OPENED entry. Their absence is then no difference; a real round's
     * deletion, or one the log does not record, still is.
     */
    /**
     * The log without the former lives of rounds whose number the file gave again: a rehearsal round deleted by the
     * chair (ROUND_DELETED after its own ROUND_OPENED, marked as a rehearsal) leaves its id free, and SQLite gives
     * it to the next round opened. That round's checks must not count the rehearsal's entries as its own (it was
     * reported "reopened outside tinnhiem", its ballots "no longer in the file"). Every entry still counts for the
     * log's hash chain and the figures noted on paper; only the checks of a round against its entries use this.
     */
    public static List<AuditEvent> latestLives(List<AuditEvent> log) {
        Set<Long> rehearsals = new HashSet<>();
        Map<Long, Long> deletedAt = new HashMap<>();
        Map<Long, Long> cut = new HashMap<>(); // round id → the deletion that ended its former lives
        for (AuditEvent e : log) {
            if (e.roundId() == null) {
                continue;
            }
            if (e.kind() == AuditKind.ROUND_OPENED) {
                Long deleted = deletedAt.remove(e.roundId());
                if (deleted != null) {
                    cut.put(e.roundId(), deleted);
                }
                if ("1".equals(Encoding.pairs(e.detail()).get("rehearsal"))) {
                    rehearsals.add(e.roundId());
                } else {
                    rehearsals.remove(e.roundId());
                }
            } else if (e.kind() == AuditKind.ROUND_DELETED && rehearsals.contains(e.roundId())) {
                deletedAt.put(e.roundId(), e.seq());
            }
        }
        if (cut.isEmpty()) {
            return log;
        }
        List<AuditEvent> out = new ArrayList<>(log.size());
        for (AuditEvent e : log) {
            Long end = e.roundId() == null ? null : cut.get(e.roundId());
            if (end == null || e.seq() > end) {
                out.add(e);
            }
        }
        return out;
    }

    static Set<Long> deletedInLog(List<AuditEvent> log) {
        Set<Long> rehearsals = new HashSet<>();
        Set<Long> deleted = new HashSet<>();
        for (AuditEvent e : log) {
            if (e.roundId() == null) {
                continue;
            }
            if (e.kind() == AuditKind.ROUND_OPENED && "1".equals(Encoding.pairs(e.detail()).get("rehearsal"))) {
                rehearsals.add(e.roundId());
            } else if (e.kind() == AuditKind.ROUND_DELETED && rehearsals.contains(e.roundId())) {
                deleted.add(e.roundId());
            }
        }
        return deleted;
    }

    private static MeetingAtClose frozen(String text) {
        try {
            return MeetingAtClose.decode(text);
        } catch (RuntimeException e) {
            return null; // unreadable: its fingerprint no longer matches, which names it
        }
    }

    /** Whether a row was made before the log began; a time that cannot be read counts as not before. */
    /**
     * Whether a round's stored opening time is the one its opening entry was logged at: both are taken in the one
     * transaction that opens the round, so at most a second apart (a second may turn between the two).
     */
    private static boolean sameMoment(String stored, String logged) {
        OffsetDateTime a = time(stored);
        OffsetDateTime b = time(logged);
        if (a == null || b == null) {
            return java.util.Objects.equals(stored, logged);
        }
        return Math.abs(java.time.Duration.between(a, b).toSeconds()) <= 2;
    }

    private static boolean before(String at, OffsetDateTime logStart) {
        OffsetDateTime t = time(at);
        return t != null && logStart != null && t.isBefore(logStart);
    }

    private static OffsetDateTime time(String s) {
        try {
            return s == null ? null : StoredTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
