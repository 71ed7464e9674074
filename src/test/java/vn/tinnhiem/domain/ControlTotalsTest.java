package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each control total, off by one in each direction, is named with its difference; a sound sheet passes. */
class ControlTotalsTest {
    /** 40 issued, 38 collected: 36 valid + 2 invalid; two officials, three levels. */
    static TallySheet sound() {
        return new TallySheet(40, 38, 36, 2, List.of(
                new LineCount(new long[] {20, 10, 5}, 1),
                new LineCount(new long[] {30, 4, 2}, 0)));
    }

    @Test
    void aSoundSheetHoldsEveryTotal() {
        assertEquals(List.of(), ControlTotals.check(sound(), 40));
        assertTrue(ControlTotals.hold(sound(), 40));
    }

    @Test
    void anOfficialsLineOffByOneIsNamedWithItsDifference() {
        TallySheet plus = sound().with(new SheetCell(2, 1), 5);
        assertEquals(List.of(Problem.of("sheet.total.line", 2, 37L, 36, "+1")), ControlTotals.check(plus, 40));
        TallySheet minus = sound().with(new SheetCell(1, 3), 0);
        assertEquals(List.of(Problem.of("sheet.total.line", 1, 35L, 36, "-1")), ControlTotals.check(minus, 40));
    }

    @Test
    void validPlusInvalidOffByOneFromCollectedIsNamed() {
        TallySheet invalidUp = sound().with(new SheetCell(0, SheetCell.INVALID), 3);
        assertEquals(List.of(Problem.of("sheet.total.collected", 36, 3, 39L, 38, "+1")),
                ControlTotals.check(invalidUp, 40));
        TallySheet collectedUp = sound().with(new SheetCell(0, SheetCell.COLLECTED), 39);
        assertEquals(List.of(Problem.of("sheet.total.collected", 36, 2, 38L, 39, "-1")),
                ControlTotals.check(collectedUp, 40));
    }

    @Test
    void aChangedValidCountFailsTheBallotTotalAndEveryOfficial() {
        TallySheet validUp = sound().with(new SheetCell(0, SheetCell.VALID), 37);
        assertEquals(List.of(
                Problem.of("sheet.total.collected", 37, 2, 39L, 38, "+1"),
                Problem.of("sheet.total.line", 1, 36L, 37, "-1"),
                Problem.of("sheet.total.line", 2, 36L, 37, "-1")), ControlTotals.check(validUp, 40));
    }

    @Test
    void collectedOneOverIssuedIsNamed() {
        TallySheet full = new TallySheet(40, 41, 41, 0, List.of(new LineCount(new long[] {41, 0, 0}, 0)));
        assertEquals(List.of(Problem.of("sheet.total.overIssued", 41, 40, "+1")), ControlTotals.check(full, 40));
        TallySheet exactly = new TallySheet(40, 40, 40, 0, List.of(new LineCount(new long[] {40, 0, 0}, 0)));
        assertEquals(List.of(), ControlTotals.check(exactly, 40));
    }

    @Test
    void issuedOnTheSheetOffByOneFromTheRoundIsNamed() {
        assertEquals(List.of(Problem.of("sheet.total.issued", 40, 41, "-1")), ControlTotals.check(sound(), 41));
        assertEquals(List.of(Problem.of("sheet.total.issued", 40, 39, "+1")), ControlTotals.check(sound(), 39));
    }

    @Test
    void theSheetReadsBackFromItsCanonicalLine() {
        assertEquals("40,38,36,2|20,10,5,1|30,4,2,0", sound().encode());
        assertEquals(sound(), TallySheet.decode(sound().encode()));
    }

    @Test
    void twoReadingsDifferInTheCellsNamed() {
        TallySheet other = sound().with(new SheetCell(1, 0), 21).with(new SheetCell(0, SheetCell.COLLECTED), 37);
        assertEquals(List.of(new SheetCell(0, 1), new SheetCell(1, 0)), sound().differences(other));
    }
}
