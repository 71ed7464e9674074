package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;

/**
 * A closed round is read-only in the database itself: edits through a plain SQLite connection, bypassing the
 * store, are refused by the schema's triggers.
 */
class ClosedRoundTriggersTest extends StoreTestSupport {
    private long closedRound;
    private long closedBallot;
    private long openRound;
    private long openBallot;

    @BeforeEach
    void oneClosedAndOneOpenRound() {
        Meeting meeting = meeting();
        List<Official> officials = roster(meeting.id(), 2);
        Round closed = store.openRound(meeting.id(), RoundKind.RATING, officials, 10);
        closedBallot = store.recordBallot(closed.id(), draft(2, level(1), level(3))).id();
        store.recordBallot(closed.id(), wholeInvalid(2));
        store.closeRound(closed.id(), 2);
        closedRound = closed.id();
        Round open = store.openRound(meeting.id(), RoundKind.RATING, officials, 10);
        openBallot = store.recordBallot(open.id(), draft(2, level(2), level(2))).id();
        openRound = open.id();
        store.close();
        store = null;
    }

    private String sql(String template) {
        return template.replace("{closedRound}", String.valueOf(closedRound))
                .replace("{closedBallot}", String.valueOf(closedBallot))
                .replace("{openRound}", String.valueOf(openRound))
                .replace("{openBallot}", String.valueOf(openBallot));
    }

    /** Everything that belongs to the closed round, row by row. */
    private List<String> closedRoundRows(Statement s) throws SQLException {
        List<String> rows = new ArrayList<>();
        String[] queries = {
                "SELECT * FROM round WHERE id = {closedRound}",
                "SELECT * FROM round_official WHERE round_id = {closedRound} ORDER BY line",
                "SELECT * FROM ballot WHERE round_id = {closedRound} ORDER BY number",
                "SELECT l.* FROM ballot_line l JOIN ballot b ON b.id = l.ballot_id WHERE b.round_id = {closedRound}"
                        + " ORDER BY l.ballot_id, l.line"};
        for (String q : queries) {
            try (ResultSet rs = s.executeQuery(sql(q))) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(rs.getString(c)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE ballot_line SET mark = 3 WHERE ballot_id = {closedBallot}",
            "DELETE FROM ballot_line WHERE ballot_id = {closedBallot}",
            "INSERT INTO ballot_line (ballot_id, line, mark) VALUES ({closedBallot}, 3, 1)",
            "UPDATE ballot SET voided = 1, void_reason = 'x' WHERE round_id = {closedRound}",
            "UPDATE ballot SET status = 'INVALID' WHERE id = {closedBallot}",
            "DELETE FROM ballot WHERE round_id = {closedRound}",
            "INSERT INTO ballot (round_id, number, status) VALUES ({closedRound}, 99, 'VALID')",
            "UPDATE round SET collected = 1 WHERE id = {closedRound}",
            "UPDATE round SET state = 'OPEN' WHERE id = {closedRound}",
            "DELETE FROM round WHERE id = {closedRound}",
            "UPDATE round_official SET full_name = 'x' WHERE round_id = {closedRound}",
            "DELETE FROM round_official WHERE round_id = {closedRound}",
            "INSERT INTO round_official (round_id, line, official_id, full_name, position)"
                    + " VALUES ({closedRound}, 9, 1, 'x', 'y')",
            // moving rows of the open round into the closed one
            "UPDATE ballot SET round_id = {closedRound}, number = 99 WHERE id = {openBallot}",
    })
    void aDirectSqlEditOfAClosedRoundIsRefused(String template) throws Exception {
        try (Connection c = plainConnection(); Statement s = c.createStatement()) {
            List<String> before = closedRoundRows(s);
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql(template)));
            assertTrue(e.getMessage().contains("tinnhiem: round is closed"), e.getMessage());
            assertEquals(before, closedRoundRows(s));
        }
    }

    @Test
    void linesMovedFromAnOpenBallotCannotLandInAClosedOne() throws Exception {
        try (Connection c = plainConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql("INSERT INTO ballot_line (ballot_id, line, mark) VALUES ({openBallot}, 5, 1)"));
            List<String> before = closedRoundRows(s);
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(
                    sql("UPDATE ballot_line SET ballot_id = {closedBallot} WHERE ballot_id = {openBallot} AND line = 5")));
            assertTrue(e.getMessage().contains("tinnhiem: round is closed"), e.getMessage());
            s.executeUpdate(sql("INSERT INTO round_official (round_id, line, official_id, full_name, position)"
                    + " VALUES ({openRound}, 5, 1, 'x', 'y')"));
            e = assertThrows(SQLException.class, () -> s.executeUpdate(
                    sql("UPDATE round_official SET round_id = {closedRound} WHERE round_id = {openRound} AND line = 5")));
            assertTrue(e.getMessage().contains("tinnhiem: round is closed"), e.getMessage());
            assertEquals(before, closedRoundRows(s));
        }
    }

    @Test
    void theOpenRoundCanStillBeEditedDirectly() throws Exception {
        try (Connection c = plainConnection(); Statement s = c.createStatement()) {
            assertEquals(2, s.executeUpdate(sql("UPDATE ballot_line SET mark = 3 WHERE ballot_id = {openBallot}")));
            assertEquals(1, s.executeUpdate(sql("UPDATE round SET issued = 12 WHERE id = {openRound}")));
        }
    }
}
