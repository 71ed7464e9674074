package vn.tinnhiem.store;

import java.util.List;
import org.jdbi.v3.core.Handle;
import vn.tinnhiem.domain.LogCheck;
import vn.tinnhiem.domain.LogHead;
import vn.tinnhiem.domain.MeetingAtClose;
import vn.tinnhiem.domain.MeetingDetails;

/**
 * The reads and the one write behind a record nobody can quietly change: the meeting details frozen on a round at
 * its close, the log's head at a close, and the rows {@code verify} checks the log against. Each runs inside the
 * caller's transaction.
 */
final class RecordReads {
    private RecordReads() {
    }

    /** Freezes the meeting details on a closing round (before its state turns closed) and returns their text. */
    static String freeze(Handle h, long roundId, MeetingDetails meeting, String closedAt) {
        String openedAt = h.createQuery("SELECT opened_at FROM round WHERE id = ?").bind(0, roundId)
                .mapTo(String.class).one();
        String frozen = new MeetingAtClose(meeting, openedAt, closedAt).encode();
        h.execute("UPDATE round SET meeting_at_close = ? WHERE id = ?", frozen, roundId);
        return frozen;
    }

    static String frozenText(Handle h, long roundId) {
        return h.createQuery("SELECT meeting_at_close FROM round WHERE id = ?").bind(0, roundId)
                .mapTo(String.class).findOne().orElse(null);
    }

    /** The detail of a round's (last) opening entry in the log. */
    static final String ROUND_OPENED_DETAIL = """
            SELECT detail FROM audit_event WHERE kind = 'ROUND_OPENED' AND round_id = ?
            ORDER BY seq DESC LIMIT 1""";

    /** {@link #ROUND_OPENED_DETAIL}, or {@code null} when the log has no such entry (a round older than the log). */
    static String roundOpenedDetail(Handle h, long roundId) {
        return h.createQuery(ROUND_OPENED_DETAIL).bind(0, roundId).mapTo(String.class).findOne().orElse(null);
    }

    static LogHead closeHead(Handle h, long roundId) {
        return h.createQuery("SELECT seq, hash FROM audit_event WHERE round_id = ? AND kind = 'ROUND_CLOSED' "
                        + "ORDER BY seq LIMIT 1")
                .bind(0, roundId).map((rs, ctx) -> new LogHead(rs.getLong(1), rs.getString(2))).findOne()
                .orElse(null);
    }

    static LogHead logHead(Handle h) {
        return h.createQuery("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
                .map((rs, ctx) -> new LogHead(rs.getLong(1), rs.getString(2))).findOne().orElse(null);
    }

    /** Every official, as {@link vn.tinnhiem.domain.RosterCheck} compares them with the log. */
    static final String OFFICIAL_ROWS = "SELECT id, meeting_id, seq, full_name, position FROM official"
            + " ORDER BY meeting_id, seq";

    static vn.tinnhiem.domain.RosterCheck.OfficialRow officialRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new vn.tinnhiem.domain.RosterCheck.OfficialRow(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                rs.getString(4), rs.getString(5));
    }

    static List<vn.tinnhiem.domain.RosterCheck.OfficialRow> officialRows(Handle h) {
        return h.createQuery(OFFICIAL_ROWS).map((rs, ctx) -> officialRow(rs)).list();
    }

    static List<Long> meetingIds(Handle h) {
        return h.createQuery("SELECT id FROM meeting ORDER BY id").mapTo(Long.class).list();
    }

    static String createdAt(Handle h, long meetingId) {
        return h.createQuery("SELECT created_at FROM meeting WHERE id = ?").bind(0, meetingId)
                .mapTo(String.class).one();
    }

    static List<LogCheck.RoundRow> roundRows(Handle h) {
        return h.createQuery("""
                        SELECT id, meeting_id, seq, opened_at, closed_at, fingerprint, meeting_at_close
                        FROM round ORDER BY id""")
                .map((rs, ctx) -> new LogCheck.RoundRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6) != null, rs.getString(7)))
                .list();
    }
}
