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
    /**
     * The marks as the lines come, then whether the lines came as 1, 2, …, n (the text bound first): "2,0,1;1".
     * Both lists are gathered from the same rows in one pass, so they are in the same order. Sorting each ballot's
     * lines (group_concat's own ORDER BY) took about 30 ms of a 2,000-ballot read; the lines of a ballot come in
     * their order anyway (the table is kept in that order), and where they do not, or are not 1 to n, that
     * ballot's marks are read again sorted ({@link #SORTED}).
     */
    private static final String SQL = """
            SELECT b.id, b.number, b.status, b.voided, b.void_reason, b.replaces,
              (SELECT group_concat(l.mark, ',') || ';' || (group_concat(l.line, ',') = ?)
               FROM ballot_line l WHERE l.ballot_id = b.id)
            FROM ballot b WHERE b.round_id = ? ORDER BY b.number""";

    /** One ballot's marks in line order, SQLite sorting them: as every ballot was read before. */
    private static final String SORTED = """
            SELECT group_concat(l.mark, ',' ORDER BY l.line) FROM ballot_line l WHERE l.ballot_id = ?""";

    private BallotRows() {
    }

    static List<Ballot> read(Connection connection, Round round) throws SQLException {
        List<Ballot> out = new ArrayList<>();
        PreparedStatement sorted = null;
        try (PreparedStatement s = connection.prepareStatement(SQL)) {
            s.setString(1, lines(round.officials().size()));
            s.setLong(2, round.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String codes = rs.getString(7);
                    if (codes != null && !codes.endsWith(";1")) {
                        if (sorted == null) {
                            sorted = connection.prepareStatement(SORTED);
                        }
                        codes = sorted(sorted, id);
                    } else if (codes != null) {
                        codes = codes.substring(0, codes.length() - 2);
                    }
                    int replaces = rs.getInt(6);
                    Integer replacesOrNull = rs.wasNull() ? null : replaces;
                    out.add(new Ballot(id, rs.getInt(2), BallotStatus.valueOf(rs.getString(3)),
                            marks(codes, round.levels()), rs.getInt(4) == 1, rs.getString(5), replacesOrNull));
                }
            }
        } finally {
            if (sorted != null) {
                sorted.close();
            }
        }
        return out;
    }

    /** "1,2,…,n": the lines of a ballot of {@code n} officials, in order. */
    static String lines(int n) {
        StringBuilder s = new StringBuilder(4 * n);
        for (int i = 1; i <= n; i++) {
            if (i > 1) {
                s.append(',');
            }
            s.append(i);
        }
        return s.toString();
    }

    private static String sorted(PreparedStatement sorted, long ballotId) throws SQLException {
        sorted.setLong(1, ballotId);
        try (ResultSet rs = sorted.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
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
