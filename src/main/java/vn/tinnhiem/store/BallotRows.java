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
import vn.tinnhiem.domain.MarkCodes;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.Unreadable;
import vn.tinnhiem.i18n.Meanwhile;

/**
 * Every ballot of a round read back with its marks, for the store and for a file opened only to be read alike. One
 * row per ballot, its marks gathered in line order by SQLite itself: 2,000 rows rather than 100,000 for 2,000
 * ballots of 50 officials, which is what a close's recount, {@code report} and {@code verify} spend their time on.
 * A stored mark the round's form has no level for, or a row not as written, is refused ({@link Unreadable}).
 */
final class BallotRows {
    /**
     * A ballot as one text, "id number status voided replaces marks" ("12 12 VALID 0 - 2,0,1;11"), and its reason
     * for voiding apart (free text), fetched only where the text begins with "R" (the ballot has one; an id never
     * begins so): one column a ballot rather than seven, for the driver hands each column over on its own. "-" for
     * no replaced number and for no lines. The marks in line order, then whether there are n
     * lines and whether the first is 1 and the last n: together, that the lines are 1, 2, …, n. The order is asked
     * of the subquery, which SQLite gives by walking the table's key (ballot, line) without sorting; the key makes
     * each line one of a kind, so n lines between 1 and n are all of them (a line renumbered from outside to a
     * fraction between its neighbours keeps its place, and its mark: {@code verify} finds it by its type,
     * {@link StoredTypes}). The first and last line are two steps down that key each, where min() and max() over
     * the lines cost SQLite about a third of the read. Sorting each ballot's lines in group_concat itself took about
     * 30 ms of a 2,000-ballot read, and writing the lines out to compare them with "1,2,…,n" about 15 ms. A ballot
     * whose lines are not 1 to n is read again ({@link #SORTED}), as it always was.
     */
    private static final String SQL = """
            SELECT CASE WHEN b.void_reason IS NULL THEN '' ELSE 'R' END
              || b.id || ' ' || b.number || ' ' || b.status || ' ' || b.voided || ' ' || coalesce(b.replaces, '-')
              || ' ' || coalesce((SELECT group_concat(mark, ',') || ';' || (count(*) = ?1)
                                  FROM (SELECT mark FROM ballot_line WHERE ballot_id = b.id ORDER BY line))
                                 || ((SELECT line FROM ballot_line WHERE ballot_id = b.id ORDER BY line LIMIT 1) = 1
                                     AND (SELECT line FROM ballot_line WHERE ballot_id = b.id ORDER BY line DESC LIMIT 1)
                                         = ?1),
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
     *
     * <p>The rows are fetched on this thread and made into ballots on a second one meanwhile ({@link Rows}): SQLite
     * gathering each ballot's lines and the parsing of the rows before take about as long each, so the read takes
     * about the longer of the two rather than both. Only this thread touches the connection; the result is the
     * same as if each row were parsed as it came, the first row refused refused in its place.
     */
    static List<Ballot> read(Connection connection, Round round, List<Integer> outOfPlace) throws SQLException {
        Rows rows = new Rows();
        Meanwhile<Parsed> parsing = Meanwhile.start("ballot-rows", () -> Parsed.of(rows, round));
        try (PreparedStatement s = connection.prepareStatement(SQL)) {
            s.setInt(1, round.officials().size());
            s.setLong(2, round.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    // Handed over as fetched, until a row is refused; the reason for voiding asked for only where
                    // there is one.
                    String text = rs.getString(1);
                    boolean reason = text != null && text.startsWith("R");
                    if (!rows.add(reason ? text.substring(1) : text, reason ? rs.getString(2) : null)) {
                        break;
                    }
                }
            }
        } finally {
            rows.end(); // whatever happened: the parsing never waits for rows that will not come
        }
        Parsed parsed = parsing.get();
        // Ballots whose lines are out of place, read again in line order, in their place among the others: all
        // come before the row refused, if one was, and are refused first, as when each row was read in turn.
        Sorted sorted = new Sorted(connection);
        try {
            for (Header h : parsed.outOfPlace()) {
                outOfPlace.add(h.number());
                parsed.ballots().set(h.index(), h.ballot(sorted.marks(h.id()), round));
            }
        } finally {
            sorted.close();
        }
        if (parsed.refused() != null) {
            throw parsed.refused();
        }
        return parsed.ballots();
    }

    /**
     * The rows in the order fetched, handed from the thread fetching them to the one parsing them. The parsing
     * thread is woken every {@link #BATCH} rows and at the end rather than at each.
     */
    private static final class Rows {
        private static final int BATCH = 32;
        private final List<String[]> fetched = new ArrayList<>();
        private boolean ended;
        private boolean refused;

        /** Adds a row; {@code false} once the parsing refused one, when the rest need not be fetched. */
        synchronized boolean add(String text, String voidReason) {
            fetched.add(new String[] {text, voidReason});
            if (fetched.size() % BATCH == 0) {
                notifyAll();
            }
            return !refused;
        }

        synchronized void end() {
            ended = true;
            notifyAll();
        }

        synchronized void refuse() {
            refused = true;
        }

        /** Row {@code i}, waiting for it if need be; {@code null} after the last. */
        synchronized String[] take(int i) {
            boolean interrupted = false;
            try {
                while (i >= fetched.size() && !ended) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            return i < fetched.size() ? fetched.get(i) : null;
        }
    }

    /**
     * The rows made into ballots, up to the first refused ({@code refused}, else {@code null}); {@code null} in
     * the place of each ballot whose lines are out of place, to be read again ({@code outOfPlace}, in order).
     */
    private record Parsed(List<Ballot> ballots, List<Header> outOfPlace, RuntimeException refused) {
        static Parsed of(Rows rows, Round round) {
            List<Ballot> ballots = new ArrayList<>();
            List<Header> later = new ArrayList<>();
            for (int i = 0; ; i++) {
                String[] row = rows.take(i);
                if (row == null) {
                    return new Parsed(ballots, later, null);
                }
                try {
                    Header h = Header.of(row[0], row[1], i);
                    if (h.codes() == null || h.codes().endsWith(";11")) {
                        ballots.add(h.ballot(h.codes() == null ? null
                                : h.codes().substring(0, h.codes().length() - 3), round));
                    } else {
                        later.add(h);
                        ballots.add(null);
                    }
                } catch (RuntimeException e) {
                    rows.refuse();
                    return new Parsed(ballots, later, e);
                }
            }
        }
    }

    /**
     * A ballot's own columns from its text ({@link #SQL}), its marks as stored ({@code null}: no lines), and its
     * place among the rows.
     */
    private record Header(long id, int number, BallotStatus status, boolean voided, String voidReason,
                          String replaces, String codes, int index) {
        /**
         * Refuses as {@link Unreadable} a text that is not as written (a table edited from outside), naming the
         * ballot by its number where that reads, and the field that does not, in words.
         */
        static Header of(String text, String voidReason, int index) {
            if (text == null) {
                throw new Unreadable(Problem.of("error.ballot.rowMissing"));
            }
            int[] at = {0};
            long id;
            try {
                id = Long.parseLong(word(text, at));
            } catch (NumberFormatException e) {
                throw new Unreadable(Problem.of("error.ballot.row", text)); // the table's key: never text
            }
            String numberText = word(text, at);
            int number;
            try {
                number = Integer.parseInt(numberText);
            } catch (NumberFormatException e) {
                throw new Unreadable(Problem.of("error.ballot.rowNumber", numberText));
            }
            String statusText = word(text, at);
            BallotStatus status;
            try {
                status = BallotStatus.valueOf(statusText);
            } catch (IllegalArgumentException e) {
                throw new Unreadable(Problem.of("error.ballot.rowStatus", number, statusText));
            }
            String voidedText = word(text, at);
            if (!voidedText.equals("0") && !voidedText.equals("1")) {
                throw new Unreadable(Problem.of("error.ballot.rowVoided", number, voidedText));
            }
            String replaces = word(text, at);
            if (!replaces.equals("-")) {
                try {
                    Integer.parseInt(replaces);
                } catch (NumberFormatException e) {
                    throw new Unreadable(Problem.of("error.ballot.rowReplaces", number, replaces));
                }
            }
            String codes = text.substring(at[0]);
            return new Header(id, number, status, voidedText.equals("1"), voidReason, replaces,
                    codes.equals("-") ? null : codes, index);
        }

        /** The ballot with these marks ("1,3,0,9"; {@code null}: none); refuses marks it cannot hold. */
        Ballot ballot(String marksInOrder, Round round) {
            List<Mark> marks;
            try {
                marks = marks(marksInOrder, round.levels());
            } catch (Unreadable e) {
                throw new Unreadable(Problem.of("error.ballot.on", number, e.problem())); // which ballot
            }
            if (status == BallotStatus.INVALID && !marks.isEmpty()) {
                throw new Unreadable(Problem.of("error.ballot.invalidWithMarks", number, marks.size()));
            }
            return new Ballot(id, number, status, marks, voided, voidReason,
                    replaces.equals("-") ? null : Integer.valueOf(replaces));
        }
    }

    /** The text up to the next space from {@code at[0]}, which is moved past it. */
    private static String word(String text, int[] at) {
        int end = text.indexOf(' ', at[0]);
        if (end < 0) {
            throw new Unreadable(Problem.of("error.ballot.row", text)); // a field missing: only NULLs do that
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
        if (codes == null) {
            return new ArrayList<>(0);
        }
        // Every code tinnhiem writes is one digit (the column allows 0 to 9): the text is kept as the marks, each
        // digit checked once, rather than a mark made a line (100,000 lines, mostly before the JVM compiles this).
        // Anything else is read as below, and refused where it does not read.
        MarkCodes read = MarkCodes.of(codes, levels);
        if (read != null) {
            return read;
        }
        List<Mark> marks = new ArrayList<>(codes.length() / 2 + 1);
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
