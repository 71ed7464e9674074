package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Tally sheets over thousands of random cases: the control totals and the readings' agreement rule. */
class SheetPropertiesTest {

    /** A sheet counted from random ballots (levels 1..3, some lines and ballots invalid): every total holds. */
    static TallySheet counted(Random random, int officials, int issued) {
        int collected = random.nextInt(issued + 1);
        int invalid = collected == 0 ? 0 : random.nextInt(collected / 4 + 1);
        int valid = collected - invalid;
        List<LineCount> lines = new ArrayList<>();
        for (int i = 0; i < officials; i++) {
            long[] levels = new long[3];
            long bad = 0;
            for (int b = 0; b < valid; b++) {
                int r = random.nextInt(20);
                if (r == 0) {
                    bad++;
                } else {
                    levels[r % 3]++;
                }
            }
            lines.add(new LineCount(levels, bad));
        }
        return new TallySheet(issued, collected, valid, invalid, lines);
    }

    @Property(tries = 1000)
    void aSheetCountedFromBallotsHoldsAndAnyOneCellOffBreaksItsTotal(
            @ForAll @IntRange(min = 1, max = 50) int officials, @ForAll @IntRange(min = 1, max = 500) int issued,
            @ForAll @IntRange(min = -3, max = 3) int delta, @ForAll Random random) {
        TallySheet sound = counted(random, officials, issued);
        assertEquals(List.of(), ControlTotals.check(sound, issued));
        List<SheetCell> cells = sound.cells();
        SheetCell cell = cells.get(random.nextInt(cells.size()));
        long changed = sound.value(cell) + delta;
        if (delta == 0 || changed < 0) {
            return;
        }
        List<Problem> failing = ControlTotals.check(sound.with(cell, changed), issued);
        boolean overIssuedOnly = cell.totals() && cell.column() == SheetCell.ISSUED && delta > 0;
        // Issued raised: the sheet no longer says what the round was opened with; every other cell breaks a sum.
        assertFalse(failing.isEmpty(), () -> cell + " " + delta);
        if (!cell.totals()) {
            assertEquals(List.of(Problem.of("sheet.total.line", cell.row(), sound.valid() + (long) delta,
                    sound.valid(), ControlTotals.signed(delta))), failing);
        } else if (overIssuedOnly) {
            assertEquals("sheet.total.issued", failing.get(0).key());
        }
    }

    @Property(tries = 500)
    void twoReadingsWithRandomSlipsListExactlyThoseCellsAndAThirdReadingCountsTheTrueSheet(
            @ForAll @IntRange(min = 1, max = 50) int officials, @ForAll @IntRange(min = 0, max = 8) int slips,
            @ForAll Random random) {
        TallySheet truth = counted(random, officials, 480);
        TallySheet second = truth;
        TreeSet<SheetCell> slipped = new TreeSet<>();
        List<SheetCell> cells = truth.cells();
        for (int i = 0; i < slips; i++) {
            SheetCell c = cells.get(random.nextInt(cells.size()));
            second = second.with(c, truth.value(c) + 1 + random.nextInt(3));
            slipped.add(c);
        }
        Round round = new Round(1, 1, 1, RoundKind.RATING, officials(officials), 480, null, RoundState.OPEN, null,
                null, new RoundSettings(false, false, Counting.TALLY_SHEET_TWICE));
        List<SheetEntry> two = List.of(new SheetEntry(1, truth), new SheetEntry(2, second));
        SheetLife life = RoundCount.sheet(round, two);
        if (slipped.isEmpty()) {
            assertTrue(life instanceof SheetLife.Agreed);
            assertEquals(truth.tally(RoundKind.RATING), RoundCount.tally(round, List.of(), two));
            return;
        }
        assertEquals(new ArrayList<>(slipped), ((SheetLife.InConflict) life).differing());
        assertEquals(0, RoundCount.tally(round, List.of(), two).entered());
        List<SheetEntry> three = List.of(two.get(0), two.get(1), new SheetEntry(3, truth));
        assertTrue(RoundCount.sheet(round, three) instanceof SheetLife.Resolved);
        assertEquals(truth.tally(RoundKind.RATING), RoundCount.tally(round, List.of(), three));
        assertEquals(Checked.ok(truth.collected()), RoundCount.closing(round, List.of(), three, truth.collected()));
    }

    private static List<Official> officials(int n) {
        List<Official> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Official(i, i, "Người " + i, ""));
        }
        return out;
    }
}
