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
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.Unreadable;

/**
 * Every ballot of a round read back with its marks, for the store and for a file opened only to be read alike. One
 * row per ballot, its marks gathered in line order by SQLite itself: 2,000 rows rather than 100,000 for 2,000
 * ballots of 50 officials, which is what a close's recount, {@code report} and {@code verify} spend their time on.
 * A stored mark the round's form has no level for, or a row not as written, is refused ({@link Unreadable}).
 */
final class BallotRows {
    /**
     * A ballot as one text, "id number status voided replaces marks" ("12 12 VALID 0 - 2,0,1;1"), and its reason
     * for voiding apart (free text): two columns a ballot rather than seven, for the driver hands each column over
     * on its own. "-" for no replaced number and for no lines. The marks in line order, then whether the lines are
     * 1, 2, …, n. The order is asked of the subquery, which SQLite gives by walking the table's key (ballot, line)
     * without sorting; the key makes each line one of a kind, so n lines between 1 and n are all of them (a line
     * renumbered from outside to a fraction between its neighbours keeps its place, and its mark: {@code verify}
     * finds it by its type, {@link StoredTypes}). Sorting
     * each ballot's lines in group_concat itself took about 30 ms of a 2,000-ballot read, and writing the lines out
     * to compare them with "1,2,…,n" about 15 ms. A ballot whose lines are not 1 to n is read again
     * ({@link #SORTED}), as it always was.
     */
    private static final String SQL = """
            SELECT b.id || ' ' || b.number || ' ' || b.status || ' ' || b.voided || ' ' || coalesce(b.replaces, '-')
              || ' ' || coalesce((SELECT group_concat(mark, ',') || ';' || (count(*) = ?1 AND min(line) = 1
                                                                             AND max(line) = ?1)
                                  FROM (SELECT mark, line FROM ballot_line WHERE ballot_id = b.id ORDER BY line)),
                                 '-'),
              b.void_reason
            FROM ballot b WHERE b.round_id = ?2 ORDER BY b.number""";

    /** One ballot's marks in line order, SQLite sorting them: as every ballot was read before. */
    private static final String SORTED = """
            SELECT group_concat(l.mark, ',' ORDER BY l.line) FROM ballot_line l WHERE l.ballot_id = ?""";

    private BallotRows() {
    }

    static List<Ballot> read(Connection connection, Round round) throws SQLException {
        return read(connection, round, new ArrayList<>());
    }

    /**
     * As {@link #read(Connection, Round)}, adding to {@code outOfPlace} the number of every ballot whose lines are
     * not 1 to n (renumbered from outside, even in their order): they are read all the same, and {@code verify}
     * names them.
     */
    static List<Ballot> read(Connection connection, Round round, List<Integer> outOfPlace) throws SQLException {
        List<Ballot> out = new ArrayList<>();
        Sorted sorted = new Sorted(connection);
        try (PreparedStatement s = connection.prepareStatement(SQL)) {
            s.setInt(1, round.officials().size());
            s.setLong(2, round.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(ballot(rs.getString(1), rs.getString(2), round, sorted, outOfPlace));
                }
            }
        } finally {
            sorted.close();
        }
        return out;
    }

    /**
     * One ballot from its text ({@link #SQL}). A text that is not as written (a table edited from outside) is
     * refused as {@link Unreadable}, as a stored mark the form has no level for.
     */
    private static Ballot ballot(String text, String voidReason, Round round, Sorted sorted, List<Integer> outOfPlace)
            throws SQLException {
        if (text == null) {
            throw new Unreadable(Problem.of("error.ballot.row", "NULL"));
        }
        int[] at = {0};
        long id;
        int number;
        BallotStatus status;
        int voided;
        String replaces;
        try {
            id = Long.parseLong(word(text, at));
            number = Integer.parseInt(word(text, at));
            status = BallotStatus.valueOf(word(text, at));
            voided = Integer.parseInt(word(text, at));
            replaces = word(text, at);
            if (!replaces.equals("-")) {
                Integer.parseInt(replaces);
            }
        } catch (IllegalArgumentException e) {
            throw new Unreadable(Problem.of("error.ballot.row", text)); // a status or number not as written
        }
        String codes = text.substring(at[0]);
        if (codes.equals("-")) {
            codes = null;
        } else if (!codes.endsWith(";1")) {
            outOfPlace.add(number);
            codes = sorted.marks(id);
        } else {
            codes = codes.substring(0, codes.length() - 2);
        }
        List<Mark> marks = marks(codes, round.levels());
        if (status == BallotStatus.INVALID && !marks.isEmpty()) {
            throw new Unreadable(Problem.of("error.ballot.invalidWithMarks", number, marks.size()));
        }
        return new Ballot(id, number, status, marks, voided == 1, voidReason,
                replaces.equals("-") ? null : Integer.valueOf(replaces));
    }

    /** The text up to the next space from {@code at[0]}, which is moved past it. */
    private static String word(String text, int[] at) {
        int end = text.indexOf(' ', at[0]);
        if (end < 0) {
            throw new Unreadable(Problem.of("error.ballot.row", text));
        }
        String w = text.substring(at[0], end);
        at[0] = end + 1;
        return w;
    }

    /** {@link #SORTED}, prepared at its first use: most reads never need it. */
    private static final class Sorted {
        private final Connection connection;
        private PreparedStatement statement;

        Sorted(Connection connection) {
            this.connection = connection;
        }

        String marks(long ballotId) throws SQLException {
            if (statement == null) {
                statement = connection.prepareStatement(SORTED);
            }
            statement.setLong(1, ballotId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }

        void close() throws SQLException {
            if (statement != null) {
                statement.close();
            }
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
            int code;
            try {
                code = Integer.parseInt(codes, start, end, 10);
            } catch (NumberFormatException e) {
                // a mark stored as a fraction or as text from outside ("1.5"): no level of any form
                throw new Unreadable(Problem.of("error.ballot.mark", codes.substring(start, end), levels));
            }
            marks.add(Mark.fromCode(code, levels));
            start = end + 1;
        }
        return marks;
    }
}
