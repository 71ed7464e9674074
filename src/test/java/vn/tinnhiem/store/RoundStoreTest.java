package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundState;
import vn.tinnhiem.domain.Tally;

class RoundStoreTest extends StoreTestSupport {
    private Meeting meeting;
    private List<Official> officials;

    @BeforeEach
    void meetingWithRoster() {
        meeting = meeting();
        officials = roster(meeting.id(), 3);
    }

    private Round rating(int issued) {
        return store.openRound(meeting.id(), RoundKind.RATING, officials, issued);
    }

    private Tally tally(Round round) {
        return Tally.count(round.kind(), round.officials().size(), store.ballots(round.id()));
    }

    @Test
    void anOpenedRoundListsASnapshotOfTheOfficialsInBallotOrder() {
        Round round = store.openRound(meeting.id(), RoundKind.VOTE, List.of(officials.get(2), officials.get(0)), 40);
        assertEquals(RoundState.OPEN, round.state());
        assertTrue(round.isOpen());
        assertEquals(1, round.number());
        assertEquals(40, round.issued());
        assertNull(round.collected());
        assertEquals(List.of(officials.get(2).id(), officials.get(0).id()),
                round.officials().stream().map(Official::id).toList());
        assertEquals(List.of(1, 2), round.officials().stream().map(Official::order).toList());

        store.updateOfficial(officials.get(2).id(), new OfficialDraft("Tên mới", "Chức vụ mới"));
        assertEquals("Người số 3", store.round(round.id()).officials().get(0).fullName());
        assertEquals(List.of(round), store.rounds(meeting.id()));
    }

    @Test
    void roundsAreNumberedWithinTheirMeeting() {
        assertEquals(1, rating(10).number());
        assertEquals(2, rating(10).number());
        Meeting other = store.createMeeting(details("Hội nghị khác"));
        assertEquals(1, store.openRound(other.id(), RoundKind.RATING, roster(other.id(), 1), 5).number());
    }

    @Test
    void openingWithoutOfficialsOrBallotsIssuedIsRefused() {
        assertRefused("error.round.noOfficials", () -> store.openRound(meeting.id(), RoundKind.RATING, List.of(), 10));
        assertRefused("error.round.noIssued", () -> rating(0));
        assertEquals(List.of(), store.rounds(meeting.id()));
    }

    @Test
    void openingWithAnOfficialOfAnotherMeetingIsRefusedAndLeavesNoRound() {
        Meeting other = store.createMeeting(details("Hội nghị khác"));
        Official stranger = roster(other.id(), 1).get(0);
        assertRefused("error.official.missing",
                () -> store.openRound(meeting.id(), RoundKind.RATING, List.of(officials.get(0), stranger), 10));
        assertEquals(List.of(), store.rounds(meeting.id()));
    }

    @Test
    void anUnknownRoundIsRefused() {
        assertRefused("error.round.missing", () -> store.round(77), 77L);
        assertRefused("error.round.missing", () -> store.recordBallot(77, draft(3, level(1), level(1), level(1))));
    }

    @Test
    void ballotsOfEveryShapeAreReadBackAsRecorded() {
        Round round = rating(10);
        Ballot valid = store.recordBallot(round.id(), draft(3, level(1), level(2), level(3)));
        Ballot invalid = store.recordBallot(round.id(), wholeInvalid(3));
        Ballot blank = store.recordBallot(round.id(), draft(3, Mark.BLANK, level(3), level(3)));
        Ballot several = store.recordBallot(round.id(), draft(3, level(2), Mark.SEVERAL, Mark.BLANK));

        assertEquals(List.of(1, 2, 3, 4), List.of(valid.number(), invalid.number(), blank.number(), several.number()));
        assertEquals(BallotStatus.INVALID, invalid.status());
        assertEquals(List.of(), invalid.marks());
        assertEquals(List.of(valid, invalid, blank, several), store.ballots(round.id()));

        Tally tally = tally(round);
        assertEquals(3, tally.validBallots());
        assertEquals(1, tally.invalidBallots());
        assertEquals(new LineCount(new long[] {1, 1, 0}, 1), tally.line(0));
        assertEquals(new LineCount(new long[] {0, 1, 1}, 1), tally.line(1));
        assertEquals(new LineCount(new long[] {0, 0, 2}, 1), tally.line(2));
    }

    @Test
    void nothingThatIdentifiesAVoterIsStoredWithABallot() throws Exception {
        Round round = rating(10);
        store.recordBallot(round.id(), draft(3, level(1), level(2), level(3)));
        try (Connection c = plainConnection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT group_concat(name) FROM pragma_table_info('ballot')")) {
            rs.next();
            // replaces: the number of a voided ballot of the same round, never anything about a voter; serial: the
            // number the committee wrote on the paper after the ballots were collected (double entry)
            assertEquals("id,round_id,number,status,voided,void_reason,replaces,serial", rs.getString(1));
        }
    }

    @Test
    void anIncompleteBallotIsRefused() {
        Round round = rating(10);
        assertRefused("error.ballot.incomplete", () -> store.recordBallot(round.id(), draft(3, level(1))), 2);
        assertEquals(List.of(), store.ballots(round.id()));
    }

    @Test
    void aLevelThatIsNotOnTheBallotIsRefused() {
        Round vote = store.openRound(meeting.id(), RoundKind.VOTE, List.of(officials.get(0)), 10);
        assertRefused("error.ballot.level", () -> store.recordBallot(vote.id(), draft(1, level(3))), 3, 2);
        assertEquals(List.of(), store.ballots(vote.id()));
    }

    @Test
    void recordingIsRefusedPastTheBallotsIssued() {
        Round round = rating(2);
        store.recordBallot(round.id(), draft(3, level(1), level(1), level(1)));
        store.recordBallot(round.id(), wholeInvalid(3));
        assertRefused("error.ballot.overIssued", () -> store.recordBallot(round.id(), wholeInvalid(3)), 2);
        assertEquals(2, store.ballots(round.id()).size());
    }

    @Test
    void aVoidedBallotStaysInTheRecordWithItsReasonAndLeavesTheTally() {
        Round round = rating(10);
        store.recordBallot(round.id(), draft(3, level(1), level(1), level(1)));
        Ballot second = store.recordBallot(round.id(), draft(3, level(3), level(3), level(3)));

        Ballot voided = store.voidBallot(round.id(), 2, "  Nhập nhầm   hai lần ");

        assertTrue(voided.voided());
        assertEquals("Nhập nhầm hai lần", voided.voidReason());
        assertEquals(second.marks(), voided.marks());
        assertEquals(List.of(voided), store.ballots(round.id()).stream().filter(Ballot::voided).toList());
        Tally tally = tally(round);
        assertEquals(1, tally.entered());
        assertEquals(1, tally.voidedBallots());
        assertEquals(new LineCount(new long[] {1, 0, 0}, 0), tally.line(2));
    }

    @Test
    void voidingFreesItsPlaceAndTheNextBallotTakesANewNumber() {
        Round round = rating(1);
        store.recordBallot(round.id(), draft(3, level(1), level(1), level(1)));
        store.voidBallot(round.id(), 1, "nhập nhầm");
        Ballot next = store.recordBallot(round.id(), draft(3, level(2), level(2), level(2)));
        assertEquals(2, next.number());
        assertEquals(2, store.ballots(round.id()).size());
    }

    @Test
    void voidingNeedsAReasonAndABallotThatIsNotVoidAlready() {
        Round round = rating(10);
        store.recordBallot(round.id(), wholeInvalid(3));
        assertRefused("error.text.empty", () -> store.voidBallot(round.id(), 1, "   "));
        assertRefused("error.void.noSuchBallot", () -> store.voidBallot(round.id(), 2, "nhập nhầm"), 2);
        store.voidBallot(round.id(), 1, "nhập nhầm");
        assertRefused("error.void.already", () -> store.voidBallot(round.id(), 1, "lần nữa"), 1);
    }

    @Test
    void closeIsRefusedWhileEnteredDiffersFromCollectedThenAccepted() {
        Round round = rating(10);
        for (int i = 0; i < 4; i++) {
            store.recordBallot(round.id(), draft(3, level(1), level(2), level(3)));
        }
        store.recordBallot(round.id(), wholeInvalid(3));
        store.recordBallot(round.id(), draft(3, level(1), level(2), level(3)));
        store.voidBallot(round.id(), 6, "nhập nhầm");

        assertRefused("error.close.missing", () -> store.closeRound(round.id(), 7), 5, 7, 2);
        assertRefused("error.close.extra", () -> store.closeRound(round.id(), 4), 5, 4, 1);
        assertRefused("error.close.overIssued", () -> store.closeRound(round.id(), 11), 11, 10);
        assertTrue(store.round(round.id()).isOpen());

        Round closed = store.closeRound(round.id(), 5);

        assertEquals(RoundState.CLOSED, closed.state());
        assertEquals(5, closed.collected());
        assertEquals(closed, store.round(round.id()));
    }

    @Test
    void aClosedRoundRefusesEveryChangeThroughTheStore() {
        Round round = rating(10);
        store.recordBallot(round.id(), draft(3, level(1), level(2), level(3)));
        store.closeRound(round.id(), 1);

        assertRefused("error.round.closed", () -> store.recordBallot(round.id(), draft(3, level(1), level(1), level(1))));
        assertRefused("error.round.closed", () -> store.voidBallot(round.id(), 1, "nhập nhầm"));
        assertRefused("error.round.closed", () -> store.closeRound(round.id(), 1));
        assertEquals(1, store.ballots(round.id()).size());
        assertFalse(store.ballots(round.id()).get(0).voided());
    }

    @Test
    void closingTimeComesFromTheClock() throws Exception {
        Round round = rating(10);
        store.closeRound(round.id(), 0);
        try (Connection c = plainConnection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT opened_at, closed_at FROM round")) {
            rs.next();
            assertEquals("2026-03-05T09:30:15+07:00", rs.getString(1));
            assertEquals("2026-03-05T09:30:15+07:00", rs.getString(2));
        }
    }
}
