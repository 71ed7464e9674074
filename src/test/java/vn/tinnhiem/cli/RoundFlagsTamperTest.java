package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;
import vn.tinnhiem.store.StoreException;

/**
 * What a round is and when it opened, edited from outside: a real round marked a rehearsal (which the meeting
 * screen could then delete with its ballots), its results hidden from the room, its opening time moved (which
 * the minutes print). verify names each; the store refuses to delete a round the log did not open as a rehearsal.
 */
class RoundFlagsTamperTest {
    @TempDir
    Path dir;

    Path db;
    long closed;
    long open;

    @BeforeEach
    void prepare() {
        db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, TwoOfficials.CLOCK)) {
            TwoOfficials m = TwoOfficials.in(store);
            Round real = store.openRound(m.meeting(), RoundKind.RATING, m.roster(), 9);
            for (int i = 0; i < 3; i++) {
                store.recordBallot(real.id(), BallotDraft.empty(2).mark(Mark.level(1)).mark(Mark.level(2)));
            }
            store.closeRound(real.id(), 3);
            closed = real.id();
            Round later = store.openRound(m.meeting(), RoundKind.RATING, m.roster(), 9);
            store.recordBallot(later.id(), BallotDraft.empty(2).mark(Mark.level(3)).mark(Mark.level(3)));
            open = later.id();
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    private CliRun verify() {
        return CliRun.run(dir, "verify", "--db", db.toString(), "--lang", "en");
    }

    @Test
    void theUntouchedFileIsIntact() {
        assertEquals(0, verify().code(), verify()::toString);
    }

    @Test
    void aRealRoundMarkedARehearsalIsFoundAndCannotBeDeleted() throws Exception {
        sql("DROP TRIGGER round_closed_no_update", "UPDATE round SET rehearsal = 1 WHERE id = " + closed,
                "UPDATE round SET rehearsal = 1 WHERE id = " + open);
        CliRun run = verify();
        assertEquals(1, run.code(), run::toString);
        assertThat(run.out()).contains("round 1 (id " + closed + ") of meeting 1: when the round opened the log "
                + "recorded otherwise for rehearsal: \"no\", now \"yes\"")
                .contains("round 2 (id " + open + ") of meeting 1: when the round opened the log recorded otherwise "
                        + "for rehearsal");
        try (JdbiStore store = Database.open(db, TwoOfficials.CLOCK)) {
            for (long id : new long[] {closed, open}) {
                assertThatThrownBy(() -> store.deleteRehearsal(id)).isInstanceOf(StoreException.class)
                        .satisfies(e -> assertThat(((StoreException) e).problem().key())
                                .isEqualTo("room.delete.notLoggedRehearsal"));
            }
            assertThat(store.ballots(closed)).hasSize(3);
            assertThat(store.ballots(open)).hasSize(1);
        }
    }

    @Test
    void resultsHiddenFromTheRoomAfterwardsAreFound() throws Exception {
        sql("UPDATE round SET hide_tallies = 1 WHERE id = " + open);
        CliRun run = verify();
        assertEquals(1, run.code(), run::toString);
        assertThat(run.out()).contains("recorded otherwise for tallies hidden from the room: \"no\", now \"yes\"");
    }

    /** The ballots issued changed in the open round: said in words, in Vietnamese too, not as the log's text. */
    @Test
    void theBallotsIssuedChangedAreSaidInWords() throws Exception {
        sql("UPDATE round SET issued = issued + 1 WHERE id = " + open);
        CliRun en = verify();
        assertEquals(1, en.code(), en::toString);
        assertThat(en.out()).contains("when the round opened the log recorded otherwise for the ballots issued: \"")
                .doesNotContain("issued=");
        CliRun vi = CliRun.run(dir, "verify", "--db", db.toString());
        assertThat(vi.out()).containsPattern("lúc mở vòng nhật ký ghi khác về số phiếu phát ra: “\\d+”, nay là "
                + "“\\d+”").doesNotContain("issued");
    }

    @Test
    void anOpeningTimeMovedIsFound() throws Exception {
        sql("UPDATE round SET opened_at = '2026-11-25T06:00:00+07:00' WHERE id = " + open);
        CliRun run = verify();
        assertEquals(1, run.code(), run::toString);
        assertThat(run.out()).contains("round 2 (id " + open + "): the time it opened in the file "
                + "(2026-11-25T06:00:00+07:00) is not the time the log recorded");
        sql("UPDATE round SET opened_at = 'hôm qua' WHERE id = " + open);
        assertThat(verify().out()).contains("the time it opened in the file (hôm qua)");
    }

    @Test
    void aRoundOpeningEntryWithNoMeetingIsSaidNotCrashedOn() throws Exception {
        sql("DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET meeting_id = NULL WHERE kind = 'ROUND_OPENED' AND round_id = " + open);
        CliRun run = verify();
        assertEquals(1, run.code(), run::toString);
        assertThat(run.out()).contains("—").doesNotContain("unexpected");
        assertThat(run.err()).doesNotContain("unexpected");
    }
}
