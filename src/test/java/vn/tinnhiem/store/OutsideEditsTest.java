package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;

/**
 * The file edited with another program while the store has it open (sqlite3 at the chair's elbow): the ballot
 * being keyed is not written, nor is anything after it, so no ballot is counted on top of an edit the screen
 * cannot see. Other programs that only read the file (verify, report, a backup) do not count as an edit.
 */
class OutsideEditsTest extends StoreTestSupport {

    @Test
    void aBallotLineChangedFromOutsideStopsEveryWrite() throws SQLException {
        var m = meeting();
        Round round = store.openRound(m.id(), RoundKind.RATING, roster(m.id(), 3), 20);
        store.recordBallot(round.id(), draft(3, level(1), level(2), level(3)));
        store.recordBallot(round.id(), draft(3, level(1), level(1), level(1)));
        try (Connection c = plainConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE ballot_line SET mark = 3 WHERE line = 1 AND ballot_id = (SELECT id FROM ballot"
                    + " WHERE number = 1)");
        }
        assertRefused("error.db.changedOutside",
                () -> store.recordBallot(round.id(), draft(3, level(2), level(2), level(2))));
        assertRefused("error.db.changedOutside", () -> store.voidBallot(round.id(), 2, "đọc nhầm"));
        assertRefused("error.db.changedOutside", () -> store.closeRound(round.id(), 2));
        assertRefused("error.db.changedOutside", () -> store.recordBallot(round.id(), draft(3, Mark.BLANK,
                level(2), level(2))));
        // Reads go on: the chair can still look, and leave.
        assertEquals(2, store.ballots(round.id()).size());
        assertEquals(3, store.ballots(round.id()).get(0).marks().get(0) instanceof Mark.Level l ? l.level() : -1);
        assertEquals(2, count("SELECT count(*) FROM ballot"));
        // The next session starts from the file as it is (verify says what was changed).
        reopen();
        store.recordBallot(round.id(), draft(3, level(2), level(2), level(2)));
        assertEquals(3, count("SELECT count(*) FROM ballot"));
    }

    @Test
    void anEditOfTheRoundItselfStopsTheMeetingsWritesToo() throws SQLException {
        var m = meeting();
        Round round = store.openRound(m.id(), RoundKind.RATING, roster(m.id(), 2), 20);
        store.recordBallot(round.id(), draft(2, level(1), level(2)));
        try (Connection c = plainConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE round SET issued = 15");
        }
        assertRefused("error.db.changedOutside", () -> store.addOfficials(m.id(),
                java.util.List.of(new vn.tinnhiem.domain.OfficialDraft("Người mới", "Chức vụ"))));
        assertRefused("error.db.changedOutside",
                () -> store.recordBallot(round.id(), draft(2, level(2), level(2))));
        assertEquals(1, count("SELECT count(*) FROM ballot"));
    }

    @Test
    void readersBesideTheStoreAreNotEdits() throws Exception {
        var m = meeting();
        Round round = store.openRound(m.id(), RoundKind.RATING, roster(m.id(), 2), 20);
        store.recordBallot(round.id(), draft(2, level(1), level(2)));
        try (StoreReads read = Database.openReadOnly(file)) {
            assertEquals(1, read.ballots(round.id()).size());
        }
        try (Connection c = plainConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT count(*) FROM ballot_line");
            s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            s.execute("VACUUM INTO '" + dir.resolve("copy.db") + "'");
        }
        Backups.of(file, CLOCK).take();
        store.recordBallot(round.id(), draft(2, level(2), level(2)));
        store.voidBallot(round.id(), 1, "đọc nhầm");
        assertEquals(2, count("SELECT count(*) FROM ballot"));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = plainConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
