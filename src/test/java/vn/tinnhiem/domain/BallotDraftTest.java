package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tinnhiem.domain.Fixtures.level;

import java.util.List;
import org.junit.jupiter.api.Test;

class BallotDraftTest {

    @Test
    void anEmptyDraftStartsAtTheFirstLine() {
        BallotDraft draft = BallotDraft.empty(3);
        assertTrue(draft.isEmpty());
        assertFalse(draft.isComplete());
        assertEquals(0, draft.cursor());
        assertEquals(BallotStatus.VALID, draft.status());
    }

    @Test
    void eachMarkFillsTheCurrentLineAndMovesOn() {
        BallotDraft draft = BallotDraft.empty(3).mark(level(1)).mark(Mark.BLANK);
        assertEquals(2, draft.cursor());
        assertFalse(draft.isEmpty());
        assertFalse(draft.isComplete());
        draft = draft.mark(Mark.SEVERAL);
        assertTrue(draft.isComplete());
        assertEquals(List.of(level(1), Mark.BLANK, Mark.SEVERAL), draft.marks());
    }

    @Test
    void aMarkAfterTheLastLineIsIgnored() {
        BallotDraft full = BallotDraft.empty(2).mark(level(1)).mark(level(2));
        assertSame(full, full.mark(level(3)));
    }

    @Test
    void backTakesBackTheLastMark() {
        BallotDraft draft = BallotDraft.empty(3).mark(level(1)).mark(level(2)).mark(level(3)).back();
        assertEquals(List.of(level(1), level(2)), draft.marks());
        assertFalse(draft.isComplete());
        assertEquals(List.of(level(1), level(3)), draft.mark(level(3)).back().back().mark(level(3)).marks());
    }

    @Test
    void backOnAnEmptyDraftDoesNothing() {
        BallotDraft empty = BallotDraft.empty(2);
        assertSame(empty, empty.back());
    }

    @Test
    void invalidatingDropsTheMarksAndCompletesTheBallot() {
        BallotDraft draft = BallotDraft.empty(3).mark(level(1)).invalidate();
        assertTrue(draft.wholeInvalid());
        assertTrue(draft.isComplete());
        assertFalse(draft.isEmpty());
        assertEquals(List.of(), draft.marks());
        assertEquals(BallotStatus.INVALID, draft.status());
    }

    @Test
    void anInvalidDraftTakesNoMarksAndBackUndoesTheInvalidMark() {
        BallotDraft invalid = BallotDraft.empty(3).invalidate();
        assertSame(invalid, invalid.mark(level(2)));
        assertEquals(BallotDraft.empty(3), invalid.back());
    }

    @Test
    void draftsAreImmutable() {
        BallotDraft draft = BallotDraft.empty(2);
        draft.mark(level(1));
        assertTrue(draft.isEmpty());
    }
}
