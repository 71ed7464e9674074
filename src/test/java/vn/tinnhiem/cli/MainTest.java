package vn.tinnhiem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tinnhiem.i18n.Messages;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void helpPrintsVietnameseUsageAndExitsZero() {
        CliRun r = CliRun.run(dir, "--help");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("Cách dùng: tinnhiem"), r::toString);
        assertTrue(r.out().contains("--db=TỆP"), r::toString);
        assertTrue(r.out().contains("report"), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void helpInEnglishWithLangEn() {
        CliRun r = CliRun.run(dir, "--lang", "en", "--help");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("Usage: tinnhiem"), r::toString);
        assertTrue(r.out().contains("Exit codes:"), r::toString);
    }

    @Test
    void subcommandHelpListsItsOptions() {
        CliRun r = CliRun.run(dir, "new", "--help", "--lang=en");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("--summoned=N"), r::toString);
        assertTrue(r.out().contains("--roster=FILE.csv"), r::toString);
    }

    @Test
    void versionPrintsNameAndVersionAndExitsZero() {
        CliRun r = CliRun.run(dir, "--version");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().matches("tinnhiem \\S+\\R"), r::toString);
    }

    @Test
    void unknownLanguageIsRefusedInBothLanguagesWithExitTwo() {
        CliRun r = CliRun.run(dir, "--lang", "fr", "--help");
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().contains("--lang chỉ nhận vi hoặc en, không nhận “fr”."), r::toString);
        assertTrue(r.err().contains("--lang takes vi or en, not \"fr\"."), r::toString);
    }

    @Test
    void langWithoutValueIsAUsageError() {
        CliRun r = CliRun.run(dir, "--lang");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("Thiếu giá trị sau --lang."), r::toString);
    }

    @Test
    void unknownOptionIsWordedWithoutStackTrace() {
        CliRun r = CliRun.run(dir, "--lang", "en", "report", "--bogus");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("There is no option --bogus."), r::toString);
        assertTrue(r.err().contains("See: tinnhiem report --help"), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    @Test
    void misspeltCommandGetsASuggestion() {
        CliRun r = CliRun.run(dir, "repot");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("Không hiểu “repot”"), r::toString);
        assertTrue(r.err().contains("Có phải ý bạn là: report"), r::toString);
    }

    @Test
    void optionGivenTwiceIsAUsageError() {
        CliRun r = CliRun.run(dir, "report", "--format", "csv", "--format", "text");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--format được ghi hai lần."), r::toString);
    }

    @Test
    void withoutATerminalTheScreenIsRefusedAndNothingIsCreated() {
        assumeTrue(System.console() == null, "runs only where stdin/stdout are not a terminal");
        // with a display and no terminal the window opens instead (WindowTest)
        assumeTrue(java.awt.GraphicsEnvironment.isHeadless(), "runs only where there is no display");
        Path db = dir.resolve("screen.db");
        CliRun r = CliRun.run(dir, "--db", db.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("tinnhiem cần chạy trong cửa sổ dòng lệnh"), r::toString);
        assertTrue(r.err().contains("tinnhiem report"), r::toString);
        assertFalse(Files.exists(db));
    }

    @Test
    void aBadFontSizeOrAWindowWithoutADisplayIsRefusedAndNothingIsCreated() {
        Path db = dir.resolve("screen.db");
        CliRun r = CliRun.run(dir, "--db", db.toString(), "--font-size", "200");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--font-size phải là một số từ 8 đến 96, không phải “200”."), r::toString);
        r = CliRun.run(dir, "--db", db.toString(), "--font-size", "to");
        assertEquals(2, r.code(), r::toString);
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            r = CliRun.run(dir, "--db", db.toString(), "--window", "--lang", "en");
            assertEquals(2, r.code(), r::toString);
            assertTrue(r.err().contains("Cannot open a window: this computer has no graphical display"), r::toString);
        }
        assertFalse(Files.exists(db));
    }

    /** Same keys in both languages; a multi-line text (key.0, key.1…) may take more lines in one of them. */
    @Test
    void everyKeyOfOursExistsInBothLanguages() {
        assertEquals(keys(Messages.vietnamese()), keys(Messages.english()));
    }

    private static java.util.Set<String> keys(Messages m) {
        return new CliBundle(m.locale()).keySet().stream().map(k -> k.replaceFirst("\\.\\d+$", ""))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void everyOptionHasADescriptionInTheBundle() {
        for (Messages m : new Messages[] {Messages.vietnamese(), Messages.english()}) {
            Cli cli = new Cli(System.out, System.err, dir, m);
            CommandLine cl = Main.commandLine(cli);
            checkDescriptions(cl);
        }
    }

    private static void checkDescriptions(CommandLine cl) {
        cl.getCommandSpec().options().forEach(o -> assertTrue(o.description().length > 0
                && !o.description()[0].isBlank(), cl.getCommandName() + " " + o.longestName()));
        cl.getSubcommands().values().forEach(MainTest::checkDescriptions);
    }
}
