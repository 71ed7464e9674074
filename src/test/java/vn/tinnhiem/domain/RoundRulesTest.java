package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tinnhiem.domain.Fixtures.assertRefused;
import static vn.tinnhiem.domain.Fixtures.closedRound;
import static vn.tinnhiem.domain.Fixtures.level;
import static vn.tinnhiem.domain.Fixtures.officials;
import static vn.tinnhiem.domain.Fixtures.openRound;
import static vn.tinnhiem.domain.Fixtures.tallyOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundRulesTest {
    private static final BallotDraft COMPLETE = BallotDraft.empty(2).mark(level(1)).mark(level(3));

    @Test
    void openingNeedsAtLeastOneOfficialAndOneBallotIssued() {
        assertRefused(RoundRules.opening(List.of(), 10), "error.round.noOfficials");
        assertRefused(RoundRules.opening(officials(2), 0), "error.round.noIssued");
        assertEquals(10, RoundRules.opening(officials(2), 10).value());
    }

    @Test
    void recordingACompleteBallotBelowTheIssuedNumberIsAccepted() {
        Checked<BallotDraft> checked = RoundRules.recording(openRound(RoundKind.RATING, 2, 10),
                tallyOf(RoundKind.RATING, 8, 1), COMPLETE);
        assertTrue(checked.isOk());
        assertEquals(COMPLETE, checked.value());
    }

    @Test
    void recordingIsRefusedOnceAsManyBallotsAsIssuedWereEntered() {
        assertRefused(RoundRules.recording(openRound(RoundKind.RATING, 2, 10), tallyOf(RoundKind.RATING, 9, 1),
                COMPLETE), "error.ballot.overIssued", 10);
    }

    @Test
    void recordingAnIncompleteBallotIsRefusedWithTheLinesStillToEnter() {
        assertRefused(RoundRules.recording(openRound(RoundKind.RATING, 3, 10), tallyOf(RoundKind.RATING, 0, 0),
                BallotDraft.empty(3).mark(level(1))), "error.ballot.incomplete", 2);
    }

    @Test
    void recordingIsRefusedInAClosedRound() {
        assertRefused(RoundRules.recording(closedRound(RoundKind.RATING, 2, 10, 5), tallyOf(RoundKind.RATING, 5, 0),
                COMPLETE), "error.round.closed");
    }

    @Test
    void closeIsAcceptedWhenEnteredEqualsCollected() {
        assertEquals(9, RoundRules.closing(openRound(RoundKind.RATING, 2, 10), tallyOf(RoundKind.RATING, 8, 1), 9)
                .value());
    }

    @Test
    void closeIsRefusedWhileEnteredDiffersFromCollectedWithTheNumberMissing() {
        assertRefused(RoundRules.closing(openRound(RoundKind.RATING, 2, 10), tallyOf(RoundKind.RATING, 6, 1), 9),
                "error.close.missing", 7, 9, 2);
    }

    @Test
    void closeIsRefusedWhileEnteredDiffersFromCollectedWithTheNumberExtra() {
        assertRefused(RoundRules.closing(openRound(RoundKind.RATING, 2, 10), tallyOf(RoundKind.RATING, 8, 2), 7),
                "error.close.extra", 10, 7, 3);
    }

    @Test
    void closeIsRefusedWhenMoreBallotsCollectedThanIssued() {
        assertRefused(RoundRules.closing(openRound(RoundKind.RATING, 2, 10), tallyOf(RoundKind.RATING, 10, 0), 11),
                "error.close.overIssued", 11, 10);
    }

    @Test
    void closeIsRefusedWithANegativeNumberCollected() {
        assertRefused(RoundRules.closing(openRound(RoundKind.RATING, 2, 10), tallyOf(RoundKind.RATING, 0, 0), -1),
                "error.number.negative");
    }

    @Test
    void aClosedRoundCannotBeClosedAgain() {
        assertRefused(RoundRules.closing(closedRound(RoundKind.RATING, 2, 10, 5), tallyOf(RoundKind.RATING, 5, 0), 5),
                "error.round.closed");
    }

    @Test
    void aRoundWithNothingCollectedMayBeClosed() {
        assertTrue(RoundRules.closing(openRound(RoundKind.VOTE, 1, 10), tallyOf(RoundKind.VOTE, 0, 0), 0).isOk());
    }

    private static MeetingDetails meeting(int summoned, int present) {
        return new MeetingDetails("Hội nghị", "", "", "", summoned, present, List.of());
    }

    @Test
    void aMeetingNeedsSomeoneSummonedAndNoMorePresentThanSummoned() {
        assertRefused(RoundRules.meeting(meeting(0, 0)), "error.meeting.noSummoned");
        assertRefused(RoundRules.meeting(meeting(30, 31)), "error.meeting.presentOverSummoned", 31, 30);
        assertRefused(RoundRules.meeting(meeting(30, -1)), "error.number.negative");
        assertTrue(RoundRules.meeting(meeting(30, 30)).isOk());
    }

    @Test
    void aMeetingBelowQuorumMayStillBeRecorded() {
        // the product flags, it decides nothing: the minutes show the quorum was not met
        assertTrue(RoundRules.meeting(meeting(30, 10)).isOk());
        assertFalse(meeting(30, 10).hasQuorum());
    }

    @Test
    void quorumIsTwoThirdsOfThoseSummonedPresent() {
        assertTrue(Quorum.met(30, 20));
        assertFalse(Quorum.met(30, 19));
        assertTrue(Quorum.met(31, 21)); // 63 >= 62
        assertFalse(Quorum.met(31, 20)); // 60 < 62
        assertTrue(Quorum.met(3, 2));
        assertTrue(meeting(30, 20).hasQuorum());
        assertFalse(meeting(30, 19).hasQuorum());
    }
}
