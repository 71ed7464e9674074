package vn.tinnhiem.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import vn.tinnhiem.domain.AuditChain;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.AuditKind;

/**
 * The audit log's table: entries are appended inside the transaction of the change they record, so a change and
 * its entry are committed together or not at all, and are never updated or deleted (the schema's triggers
 * refuse it).
 */
final class AuditLog {
    /** The columns of an entry, in the order {@link #row} reads them. */
    static final String COLUMNS = "seq, at, kind, meeting_id, round_id, detail, prev_hash, hash";

    private AuditLog() {
    }

    static final String INSERT = "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /** The last entry, the chain's head, or null for an empty log. */
    static AuditEvent last(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM audit_event ORDER BY seq DESC LIMIT 1")
                .map((rs, ctx) -> row(rs)).findOne().orElse(null);
    }

    /** Binds an entry to a statement prepared from {@link #INSERT}. */
    static void bind(java.sql.PreparedStatement s, AuditEvent e) throws java.sql.SQLException {
        s.setLong(1, e.seq());
        s.setString(2, e.time());
        s.setString(3, e.kind().name());
        s.setObject(4, e.meetingId());
        s.setObject(5, e.roundId());
        s.setString(6, e.detail());
        s.setString(7, e.prevHash());
        s.setString(8, e.hash());
    }

    static AuditEvent append(Handle h, String time, AuditKind kind, Long meetingId, Long roundId, String detail) {
        AuditEvent last = last(h);
        AuditEvent e = AuditChain.next(last, time, kind, meetingId, roundId, detail);
        h.createUpdate("INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, e.seq()).bind(1, e.time()).bind(2, e.kind().name()).bind(3, e.meetingId())
                .bind(4, e.roundId()).bind(5, e.detail()).bind(6, e.prevHash()).bind(7, e.hash())
                .execute();
        return e;
    }

    /** The whole log in order. */
    static List<AuditEvent> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM audit_event ORDER BY seq")
                .map((rs, ctx) -> row(rs)).list();
    }

    /** The entries of one meeting, in order. */
    static List<AuditEvent> ofMeeting(Handle h, long meetingId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM audit_event WHERE meeting_id = ? ORDER BY seq")
                .bind(0, meetingId).map((rs, ctx) -> row(rs)).list();
    }

    /**
     * An entry as {@link #compact} reads it: one text, its numbers and kind first ("17 1 2 BALLOT_RECORDED", "-"
     * for no meeting or round), then, where the time and the two hashes are texts without a space and the detail a
     * text (as tinnhiem writes them), the time, the two hashes and the detail, each after a space: the detail last,
     * so that it may hold anything. One column rather than five or eight: the driver hands each column over on its
     * own, and {@code verify} reads every entry of the log.
     */
    static final String COMPACT = "seq || ' ' || coalesce(meeting_id, '-') || ' ' || coalesce(round_id, '-') || ' ' "
            + "|| kind || CASE WHEN typeof(at) = 'text' AND typeof(prev_hash) = 'text' AND typeof(hash) = 'text' "
            + "AND typeof(detail) = 'text' AND instr(kind, ' ') = 0 AND instr(at, ' ') = 0 "
            + "AND instr(prev_hash, ' ') = 0 AND instr(hash, ' ') = 0 "
            + "THEN ' ' || at || ' ' || prev_hash || ' ' || hash || ' ' || detail ELSE '' END";

    /**
     * One entry from a row selected as {@link #COMPACT}. A row that does not read so (a table edited from outside: a
     * meeting's number stored as text, a time with a space, say) is read again column by column ({@link #row}), so
     * that it reads exactly as it always did.
     */
    static AuditEvent compact(java.sql.ResultSet rs) throws java.sql.SQLException {
        String text = rs.getString(1);
        int a = text.indexOf(' ');
        int b = a < 0 ? -1 : text.indexOf(' ', a + 1);
        int c = b < 0 ? -1 : text.indexOf(' ', b + 1);
        int d = c < 0 ? -1 : text.indexOf(' ', c + 1);
        int e = d < 0 ? -1 : text.indexOf(' ', d + 1);
        int f = e < 0 ? -1 : text.indexOf(' ', e + 1);
        int g = f < 0 ? -1 : text.indexOf(' ', f + 1);
        long seq;
        Long meetingId;
        Long roundId;
        try {
            if (g < 0) {
                throw new IllegalArgumentException("not as written");
            }
            seq = Long.parseLong(text, 0, a, 10);
            meetingId = number(text, a + 1, b);
            roundId = number(text, b + 1, c);
        } catch (RuntimeException x) {
            return again(rs, text);
        }
        String kindName = text.substring(c + 1, d);
        AuditKind kind;
        try {
            kind = AuditKind.valueOf(kindName);
        } catch (IllegalArgumentException x) {
            throw new java.sql.SQLException("unknown audit kind " + kindName, x);
        }
        return new AuditEvent(seq, text.substring(d + 1, e), kind, meetingId, roundId, text.substring(g + 1),
                text.substring(e + 1, f), text.substring(f + 1, g));
    }

    private static Long number(String head, int from, int to) {
        return head.startsWith("-", from) && to == from + 1 ? null : Long.valueOf(Long.parseLong(head, from, to, 10));
    }

    /**
     * A meeting's or round's number as stored; none when it is not a number at all. Text put there from outside
     * ('abc', '1x') would read as 0 or 1: then the entry seemed to name a meeting 0 "deleted from the file", or the
     * meeting it named before, so that even its hash still matched.
     */
    private static Long id(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        Object value = rs.getObject(column);
        return value instanceof Number n ? Long.valueOf(n.longValue()) : null;
    }

    /** The entry of a compact row that did not read, read again by its columns. */
    private static AuditEvent again(java.sql.ResultSet compact, String head) throws java.sql.SQLException {
        int space = head.indexOf(' ');
        try (java.sql.PreparedStatement s = compact.getStatement().getConnection().prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_event WHERE seq = ?")) {
            s.setString(1, space < 0 ? head : head.substring(0, space));
            try (java.sql.ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new java.sql.SQLException("an audit entry that reads neither way: " + head);
                }
                return row(rs);
            }
        }
    }

    /**
     * One entry from a row selected as {@link #COLUMNS}, read by place rather than by name: {@code verify} reads
     * every entry of the log, and by name it took about a third longer (2,004 entries: 66 -> 45 ms, cold).
     */
    static AuditEvent row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Long meetingId = id(rs, 4);
        Long roundId = id(rs, 5);
        String kindName = rs.getString(3);
        AuditKind kind;
        try {
            kind = AuditKind.valueOf(kindName);
        } catch (IllegalArgumentException e) {
            throw new java.sql.SQLException("unknown audit kind " + kindName, e);
        }
        return new AuditEvent(rs.getLong(1), rs.getString(2), kind, meetingId, roundId, rs.getString(6),
                rs.getString(7), rs.getString(8));
    }
}
