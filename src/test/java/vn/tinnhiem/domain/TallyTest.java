package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.tinnhiem.domain.Fixtures.invalid;
import static vn.tinnhiem.domain.Fixtures.level;
import static vn.tinnhiem.domain.Fixtures.valid;
import static vn.tinnhiem.domain.Fixtures.voided;

import java.util.List;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void voidedBallotsAreLeftOutOfTheCount() {
        Tally tally = Tally.count(RoundKind.RATING, 2, List.of(
                valid(1, level(1), level(3)),
                voided(valid(2, level(3), level(3)), "nhập nhầm"),
                voided(invalid(3), "nhập nhầm")));
        assertEquals(1, tally.validBallots());
        assertEquals(0, tally.invalidBallots());
        assertEquals(2, tally.voidedBallots());
        assertEquals(1, tally.entered());
        assertEquals(new LineCount(new long[] {1, 0, 0}, 0), tally.line(0));
        assertEquals(new LineCount(new long[] {0, 0, 1}, 0), tally.line(1));
    }

    @Test
    void aWholeInvalidBallotCountsAsEnteredButMarksNothing() {
        Tally tally = Tally.count(RoundKind.RATING, 2, List.of(invalid(1), invalid(2), valid(3, level(2), level(2))));
        assertEquals(1, tally.validBallots());
        assertEquals(2, tally.invalidBallots());
        assertEquals(3, tally.entered());
        assertEquals(new LineCount(new long[] {0, 1, 0}, 0), tally.line(0));
        assertEquals(new LineCount(new long[] {0, 1, 0}, 0), tally.line(1));
    }

    @Test
    void aBlankOrMultipleMarkInvalidatesThatLineOnly() {
        Tally tally = Tally.count(RoundKind.RATING, 3, List.of(
                valid(1, Mark.BLANK, level(1), level(3)),
                valid(2, level(2), Mark.SEVERAL, level(3))));
        assertEquals(2, tally.validBallots());
        assertEquals(new LineCount(new long[] {0, 1, 0}, 1), tally.line(0));
        assertEquals(new LineCount(new long[] {1, 0, 0}, 1), tally.line(1));
        assertEquals(new LineCount(new long[] {0, 0, 2}, 0), tally.line(2));
        assertEquals(1, tally.line(0).marked());
    }

    @Test
    void aVoteCountsTwoLevels() {
        Tally tally = Tally.count(RoundKind.VOTE, 1, List.of(valid(1, level(1)), valid(2, level(2)),
                valid(3, level(2))));
        assertEquals(2, tally.line(0).levels().length);
        assertEquals(1, tally.line(0).level(1));
        assertEquals(2, tally.line(0).level(2));
    }

    @Test
    void aBallotWithTheWrongNumberOfLinesIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Tally.count(RoundKind.RATING, 2, List.of(valid(1, level(1)))));
    }

    @Test
    void anInvalidBallotCannotCarryMarks() {
        assertThrows(IllegalArgumentException.class,
                () -> new Ballot(1, 1, BallotStatus.INVALID, List.of(level(1)), false, null));
    }

    @Test
    void lineCountIsAValueAndItsArrayCannotBeChangedFromOutside() {
        long[] levels = {1, 2, 3};
        LineCount count = new LineCount(levels, 0);
        levels[0] = 99;
        count.levels()[1] = 99;
        assertEquals(new LineCount(new long[] {1, 2, 3}, 0), count);
        assertEquals(new LineCount(new long[] {1, 2, 3}, 0).hashCode(), count.hashCode());
    }

    @Test
    void marksReadBackFromTheirCodes() {
        assertEquals(Mark.BLANK, Mark.fromCode(0, RoundKind.RATING));
        assertEquals(Mark.SEVERAL, Mark.fromCode(9, RoundKind.VOTE));
        assertEquals(level(3), Mark.fromCode(3, RoundKind.RATING));
        assertThrows(IllegalArgumentException.class, () -> Mark.fromCode(3, RoundKind.VOTE));
        assertThrows(IllegalArgumentException.class, () -> Mark.fromCode(5, RoundKind.RATING));
        assertThrows(IllegalArgumentException.class, () -> Mark.level(0));
    }
}
