package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;

/**
 * The file opened only to be read gives the audit log as the store does, entry for entry, whatever the table holds:
 * numbers stored as text, a meeting or round missing, the kind of every entry.
 */
class AuditLogReadTest extends StoreTestSupport {

    @Test
    void theLogReadsAsTheStoreReadsItWhateverTheTableHolds() throws Exception {
        var m = meeting();
        Round round = store.openRound(m.id(), RoundKind.RATING, roster(m.id(), 3), 20);
        for (int i = 0; i < 5; i++) {
            store.recordBallot(round.id(), draft(3, Mark.level(1), Mark.BLANK, Mark.level(2)));
        }
        store.voidBallot(round.id(), 2, "nhập nhầm");
        store.close();
        store = null;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER audit_event_no_update");
            s.executeUpdate("UPDATE audit_event SET meeting_id = 'một' WHERE seq = 2");
            s.executeUpdate("UPDATE audit_event SET round_id = NULL, meeting_id = NULL WHERE seq = 3");
            s.executeUpdate("UPDATE audit_event SET round_id = '7x' WHERE seq = 4");
            s.executeUpdate("UPDATE audit_event SET detail = 'a b  c ' || char(10) || detail WHERE seq = 5");
            // Values tinnhiem never writes, which the one-text read cannot cut apart: each entry read by its columns.
            s.executeUpdate("PRAGMA ignore_check_constraints = 1");
            s.executeUpdate("UPDATE audit_event SET at = at || ' sáng' WHERE seq = 6");
            s.executeUpdate("UPDATE audit_event SET prev_hash = substr(prev_hash, 1, 10) || ' ' || substr(prev_hash, 12)"
                    + " WHERE seq = 7");
            s.executeUpdate("UPDATE audit_event SET detail = x'6869' WHERE seq = 8");
            s.executeUpdate("UPDATE audit_event SET hash = 42 WHERE seq = 9");
        }
        List<AuditEvent> byColumns;
        List<Ballot> ballots;
        try (JdbiStore again = Database.open(file, CLOCK)) {
            byColumns = again.auditLog();
            ballots = again.ballots(round.id());
        }
        try (StoreReads read = Database.openReadOnly(file)) {
            assertEquals(byColumns, read.auditLog());
            assertEquals(ballots, read.ballots(round.id())); // the reason for voiding, fetched on its own
            assertEquals("nhập nhầm", read.ballots(round.id()).get(1).voidReason());
            assertEquals(byColumns.stream().filter(e -> e.meetingId() != null && e.meetingId() == m.id()).toList(),
                    read.auditLog(m.id()));
        }
        assertEquals(null, byColumns.get(1).meetingId()); // text where a number was: no meeting, not meeting 0
        assertEquals(null, byColumns.get(2).roundId());
        assertEquals(null, byColumns.get(3).roundId()); // '7x': not round 7, whose entry it would pass for
        assertTrue(byColumns.get(5).time().endsWith(" sáng"));
        assertEquals(' ', byColumns.get(6).prevHash().charAt(10));
        assertEquals("hi", byColumns.get(7).detail());
        assertEquals("42", byColumns.get(8).hash());
    }
}
