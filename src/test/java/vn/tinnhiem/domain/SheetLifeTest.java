package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SheetLifeTest {
    private static final TallySheet SOUND = ControlTotalsTest.sound();
    private static final TallySheet SLIP = SOUND.with(new SheetCell(2, 0), 31);

    private static SheetLife twice(TallySheet... sheets) {
        return SheetLife.of(Counting.TALLY_SHEET_TWICE, entries(sheets));
    }

    private static List<SheetEntry> entries(TallySheet... sheets) {
        return java.util.stream.IntStream.range(0, sheets.length).mapToObj(i -> new SheetEntry(i + 1, sheets[i]))
                .toList();
    }

    @Test
    void theDocumentAndTheCodeNameTheSameStates() throws IOException {
        String doc = Files.readString(Path.of("docs/tally-sheet.md"), StandardCharsets.UTF_8);
        String states = doc.substring(doc.indexOf("### States"), doc.indexOf("### Events"));
        TreeSet<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("^- `(\\w+)`", Pattern.MULTILINE).matcher(states);
        while (m.find()) {
            documented.add(m.group(1));
        }
        TreeSet<String> coded = new TreeSet<>();
        Arrays.stream(SheetLife.class.getPermittedSubclasses()).forEach(c -> coded.add(c.getSimpleName()));
        assertEquals(coded, documented);
        Matcher table = Pattern.compile("^\\| `(\\w+)`", Pattern.MULTILINE).matcher(doc);
        while (table.find()) {
            assertTrue(coded.contains(table.group(1)), table.group(1) + " in the table is no state of the code");
        }
    }

    @Test
    void keyedOnceTheLatestEntryCounts() {
        SheetLife life = SheetLife.of(Counting.TALLY_SHEET, entries(SLIP, SOUND));
        assertEquals(new SheetLife.Keyed(new SheetEntry(2, SOUND), 2), life);
        assertEquals(Optional.of(SOUND), life.counted());
        assertEquals(Checked.ok(SOUND), life.closing(40));
        assertEquals(Checked.ok(3), life.entering(40));
    }

    @Test
    void keyedTwiceNothingCountsUntilTheReadersAgree() {
        assertInstanceOf(SheetLife.NotEntered.class, twice());
        assertEquals(Checked.refused("sheet.close.notEntered"), twice().closing(40));
        SheetLife once = twice(SOUND);
        assertEquals(new SheetLife.EnteredOnce(new SheetEntry(1, SOUND)), once);
        assertEquals(Optional.empty(), once.counted());
        assertEquals(Checked.refused("sheet.close.secondMissing"), once.closing(40));
        assertEquals(Checked.ok(2), once.entering(40));
    }

    @Test
    void aConflictListsTheCellsAndAThirdReadingResolvesIt() {
        SheetLife conflict = twice(SOUND, SLIP);
        assertEquals(new SheetLife.InConflict(new SheetEntry(1, SOUND), new SheetEntry(2, SLIP),
                List.of(new SheetCell(2, 0))), conflict);
        assertEquals(Checked.refused("sheet.close.conflict", 1), conflict.closing(40));
        assertEquals(Optional.empty(), conflict.counted());
        SheetLife resolved = twice(SOUND, SLIP, SOUND);
        assertInstanceOf(SheetLife.Resolved.class, resolved);
        assertEquals(List.of(new SheetCell(2, 0)), ((SheetLife.Resolved) resolved).differing());
        assertEquals(Checked.ok(SOUND), resolved.closing(40));
        assertEquals(Checked.refused("sheet.entry.settled"), resolved.entering(40));
    }

    @Test
    void agreedReadersOfAWrongSheetAreRefusedAtTheCloseAndMayReadItAgain() {
        SheetLife agreed = twice(SLIP, SLIP);
        assertInstanceOf(SheetLife.Agreed.class, agreed);
        assertEquals(Checked.refused("sheet.close.totals", 1, Problem.of("sheet.total.line", 2, 37L, 36, "+1")),
                agreed.closing(40));
        assertEquals(Checked.ok(3), agreed.entering(40));
        assertEquals(Checked.refused("sheet.entry.settled"), twice(SOUND, SOUND).entering(40));
    }

    @Test
    void aSheetRoundTakesItsTallyFromTheSheetThatCounts() {
        Round round = new Round(1, 1, 1, RoundKind.RATING, List.of(new Official(1, 1, "A", "x"),
                new Official(2, 2, "B", "y")), 40, null, RoundState.OPEN, null, null,
                new RoundSettings(false, false, Counting.TALLY_SHEET_TWICE));
        Tally none = RoundCount.tally(round, List.of(), entries(SOUND));
        assertEquals(0, none.entered());
        Tally agreed = RoundCount.tally(round, List.of(), entries(SOUND, SOUND));
        assertEquals(SOUND.tally(RoundKind.RATING), agreed);
        assertEquals(38, agreed.entered());
        assertEquals(Checked.ok(38), RoundCount.closing(round, List.of(), entries(SOUND, SOUND), 38));
        assertEquals(Checked.refused("sheet.close.collected", 37, 38),
                RoundCount.closing(round, List.of(), entries(SOUND, SOUND), 37));
        assertFalse(RoundCount.closing(round, List.of(), entries(SOUND, SLIP), 38).isOk());
    }
}
