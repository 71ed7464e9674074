package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;

/**
 * The file opened only to be read (plain JDBC, for report, verify and minutes) reads back exactly what the store
 * reads (through Jdbi): every meeting, round, ballot (voided and replacement ones included), the audit log, the
 * frozen details and the rows verify checks, and refuses what the store refuses.
 */
class ReadOnlyFileTest extends StoreTestSupport {

    @Test
    void readsBackWhatTheStoreReads() {
        Meeting m = meeting();
        List<Official> roster = roster(m.id(), 4);
        Round rating = store.openRound(m.id(), RoundKind.RATING, roster, 10);
        store.recordBallot(rating.id(), draft(4, level(1), level(2), level(3), level(1)));
        store.recordBallot(rating.id(), wholeInvalid(4));
        store.recordBallot(rating.id(), draft(4, Mark.BLANK, Mark.SEVERAL, level(3), level(2)));
        store.recordBallot(rating.id(), draft(4, level(3), level(3), level(3), level(3)));
        store.voidBallot(rating.id(), 4, "đọc nhầm");
        store.recordBallot(rating.id(), draft(4, level(2), level(2), level(1), level(1)), 4);
        store.closeRound(rating.id(), 4);
        Round vote = store.openRound(m.id(), RoundKind.VOTE, roster.subList(0, 2), 10, new RoundSettings(true, true));
        store.recordBallot(vote.id(), draft(2, level(1), level(2)));
        store.recordExport(m.id(), rating.id(), "/tmp/bien-ban.html");
        Meeting other = store.createMeeting(details("Phiên họp chuyên đề"));

        try (StoreReads file = Database.openReadOnly(this.file)) {
            assertEquals(store.meetings(), file.meetings());
            for (long id : List.of(m.id(), other.id())) {
                assertEquals(store.meeting(id), file.meeting(id));
                assertEquals(store.rounds(id), file.rounds(id));
                assertEquals(store.auditLog(id), file.auditLog(id));
            }
            for (long id : List.of(rating.id(), vote.id())) {
                assertEquals(store.round(id), file.round(id));
                assertEquals(store.ballots(id), file.ballots(id));
                assertEquals(store.fingerprint(id), file.fingerprint(id));
                assertEquals(store.roundTimes(id), file.roundTimes(id));
                assertEquals(store.meetingAtClose(id), file.meetingAtClose(id));
                assertEquals(store.meetingAtCloseText(id), file.meetingAtCloseText(id));
                assertEquals(store.closeHead(id), file.closeHead(id));
            }
            assertEquals(5, file.ballots(rating.id()).size()); // the voided one and its replacement included
            assertEquals(store.auditLog(), file.auditLog());
            assertEquals(store.logHead(), file.logHead());
            assertEquals(store.meetingRows(), file.meetingRows());
            assertEquals(store.roundRows(), file.roundRows());

            assertRefused("error.round.missing", () -> file.round(99));
            assertRefused("error.round.missing", () -> file.ballots(99));
            assertRefused("error.meeting.missing", () -> file.meeting(99));
        }
    }

    @Test
    void aMarkTheFormHasNoLevelForIsRefusedAsTheStoreRefusesIt() throws Exception {
        Meeting m = meeting();
        Round vote = store.openRound(m.id(), RoundKind.VOTE, roster(m.id(), 2), 5);
        store.recordBallot(vote.id(), draft(2, level(1), level(2)));
        store.close();
        store = null;
        try (var c = plainConnection(); var s = c.createStatement()) {
            s.execute("UPDATE ballot_line SET mark = 3 WHERE line = 2"); // a vote has two levels
        }
        try (StoreReads file = Database.openReadOnly(this.file)) {
            assertThrows(IllegalArgumentException.class, () -> file.ballots(vote.id()));
        }
        store = Database.open(file, CLOCK);
        assertThrows(IllegalArgumentException.class, () -> store.ballots(vote.id()));
    }
}
