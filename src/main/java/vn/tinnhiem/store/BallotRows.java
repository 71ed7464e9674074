package vn.tinnhiem.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Round;

/**
 * Every ballot of a round read back with its marks, for the store and for a file opened only to be read alike. One
 * row per ballot, its marks gathered in line order by SQLite itself: 2,000 rows rather than 100,000 for 2,000
 * ballots of 50 officials, which is what a close's recount, {@code report} and {@code verify} spend their time on.
 * A stored mark the round's form has no level for is refused ({@link IllegalArgumentException}), as before.
 */
final class BallotRows {
    private static final String SQL = """
            SELECT b.id, b.number, b.status, b.voided, b.void_reason, b.replaces,
              (SELECT group_concat(l.mark, ',' ORDER BY l.line) FROM ballot_line l WHERE l.ballot_id = b.id)
            FROM ballot b WHERE b.round_id = ? ORDER BY b.number""";

    private BallotRows() {
    }

    static List<Ballot> read(Connection connection, Round round) throws SQLException {
        List<Ballot> out = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(SQL)) {
            s.setLong(1, round.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int replaces = rs.getInt(6);
                    Integer replacesOrNull = rs.wasNull() ? null : replaces;
                    out.add(new Ballot(rs.getLong(1), rs.getInt(2), BallotStatus.valueOf(rs.getString(3)),
                            marks(rs.getString(7), round.levels()), rs.getInt(4) == 1, rs.getString(5),
                            replacesOrNull));
                }
            }
        }
        return out;
    }

    /** "1,3,0,9" → the marks; {@code null} (no lines) → none. */
    private static List<Mark> marks(String codes, int levels) {
        List<Mark> marks = new ArrayList<>(codes == null ? 0 : codes.length() / 2 + 1);
        if (codes == null) {
            return marks;
        }
        int start = 0;
        while (start <= codes.length()) {
            int comma = codes.indexOf(',', start);
            int end = comma < 0 ? codes.length() : comma;
            marks.add(Mark.fromCode(Integer.parseInt(codes, start, end, 10), levels));
            start = end + 1;
        }
        return marks;
    }
}
