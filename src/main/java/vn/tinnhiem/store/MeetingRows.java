package vn.tinnhiem.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The start screen's list of meetings, on a plain connection: the store and the read-only file alike. */
final class MeetingRows {
    private static final String SQL = """
            SELECT m.id, m.title, m.held_on,
              (SELECT count(*) FROM official o WHERE o.meeting_id = m.id) AS officials,
              (SELECT count(*) FROM round r WHERE r.meeting_id = m.id) AS rounds,
              (SELECT count(*) FROM round r WHERE r.meeting_id = m.id AND r.state = 'OPEN') AS open_rounds
            FROM meeting m ORDER BY m.id""";

    private MeetingRows() {
    }

    static List<MeetingSummary> summaries(Connection connection) throws SQLException {
        List<MeetingSummary> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(SQL); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(new MeetingSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)));
            }
        }
        return out;
    }
}
