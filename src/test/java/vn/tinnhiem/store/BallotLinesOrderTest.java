package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;

/**
 * A ballot's marks are read in the order of its lines, whatever the file holds: lines missing, added, renumbered,
 * stored as text or a mark that is not a number. Each ballot is read as it was when SQLite sorted every ballot's
 * lines itself.
 */
class BallotLinesOrderTest extends StoreTestSupport {

    @Test
    void theMarksFollowTheLinesWhateverTheFileHolds() throws SQLException {
        var m = meeting();
        List<Official> roster = roster(m.id(), 4);
        Round round = store.openRound(m.id(), RoundKind.RATING, roster, 20);
        for (int i = 0; i < 9; i++) {
            store.recordBallot(round.id(), draft(4, level(1 + i % 3), Mark.BLANK, level(3), Mark.SEVERAL));
        }
        store.recordBallot(round.id(), wholeInvalid(4));
        store.close();
        store = null;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            String ballot = "(SELECT id FROM ballot WHERE round_id = " + round.id() + " AND number = %d)";
            s.executeUpdate("DELETE FROM ballot_line WHERE line = 2 AND ballot_id = " + ballot.formatted(1));
            s.executeUpdate("INSERT INTO ballot_line (ballot_id, line, mark) VALUES (" + ballot.formatted(2)
                    + ", 5, 2)");
            s.executeUpdate("UPDATE ballot_line SET line = 10 + line WHERE ballot_id = " + ballot.formatted(3));
            s.executeUpdate("UPDATE ballot_line SET line = 100 - line WHERE ballot_id = " + ballot.formatted(4));
            s.executeUpdate("UPDATE ballot_line SET line = line - 95 WHERE ballot_id = " + ballot.formatted(4));
            s.executeUpdate("UPDATE ballot_line SET line = '3a' WHERE line = 3 AND ballot_id = " + ballot.formatted(5));
            s.executeUpdate("UPDATE ballot_line SET line = 0 WHERE line = 4 AND ballot_id = " + ballot.formatted(6));
            s.executeUpdate("UPDATE ballot_line SET line = -1 WHERE line = 1 AND ballot_id = " + ballot.formatted(7));
        }
        List<String> got = readByTheStore(round.id());
        assertEquals(sortedBySqlite(round.id()), got);
        assertEquals("9,2", got.get(1).substring(got.get(1).length() - 3)); // the fifth line, added, comes last
        assertEquals("9,3,0,1", got.get(3)); // lines numbered backwards: read backwards
        // A mark no level has is still refused, wherever its line.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA ignore_check_constraints = 1");
            s.executeUpdate("UPDATE ballot_line SET mark = 7, line = 9 WHERE line = 1 AND ballot_id = (SELECT id FROM"
                    + " ballot WHERE round_id = " + round.id() + " AND number = 8)");
        }
        try (StoreReads read = Database.openReadOnly(file)) {
            assertThrows(IllegalArgumentException.class, () -> read.ballots(round.id()));
        }
    }

    @Test
    void aTableRebuiltByHandWithItsLinesOutOfOrderIsStillReadInLineOrder() throws SQLException {
        var m = meeting();
        Round round = store.openRound(m.id(), RoundKind.RATING, roster(m.id(), 5), 20);
        for (int i = 0; i < 6; i++) {
            store.recordBallot(round.id(), draft(5, level(1 + i % 3), Mark.BLANK, level(3), Mark.SEVERAL, level(2)));
        }
        store.close();
        store = null;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            // Without its key the table is scanned in the order the rows went in: here the last line first.
            s.executeUpdate("PRAGMA foreign_keys = OFF");
            s.executeUpdate("CREATE TABLE lines_kept AS SELECT * FROM ballot_line");
            s.executeUpdate("DROP TABLE ballot_line");
            s.executeUpdate("CREATE TABLE ballot_line (ballot_id INTEGER NOT NULL, line INTEGER NOT NULL, "
                    + "mark INTEGER NOT NULL)");
            s.executeUpdate("INSERT INTO ballot_line SELECT * FROM lines_kept ORDER BY ballot_id, line DESC");
            s.executeUpdate("DROP TABLE lines_kept");
        }
        List<String> got = readByTheStore(round.id());
        assertEquals(sortedBySqlite(round.id()), got);
        assertEquals("1,0,3,9,2", got.get(0));
    }

    /** Every ballot's marks as the read-only store reads them. */
    private List<String> readByTheStore(long roundId) {
        List<String> got = new ArrayList<>();
        try (StoreReads read = Database.openReadOnly(file)) {
            for (Ballot b : read.ballots(roundId)) {
                got.add(codes(b.marks()));
            }
        }
        return got;
    }

    /** Every ballot's marks as SQLite sorts them by line, one ballot at a time. */
    private List<String> sortedBySqlite(long roundId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement("SELECT (SELECT group_concat(l.mark, ',' ORDER BY l.line) "
                     + "FROM ballot_line l WHERE l.ballot_id = b.id) FROM ballot b WHERE b.round_id = ? "
                     + "ORDER BY b.number")) {
            s.setLong(1, roundId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) == null ? "" : rs.getString(1));
                }
            }
        }
        return out;
    }

    private static String codes(List<Mark> marks) {
        List<String> codes = new ArrayList<>();
        for (Mark m : marks) {
            codes.add(Integer.toString(m.code()));
        }
        return String.join(",", codes);
    }
}
