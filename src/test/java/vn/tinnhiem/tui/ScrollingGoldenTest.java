package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.tinnhiem.TestFolders;
import vn.tinnhiem.cli.Golden;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * A ballot of fifty officials keyed on a screen that shows fewer: the table stays put while the cursor goes down
 * to three quarters of its rows, then moves up by half of them, under {@code golden/scroll/} at 80×24 and 120×36
 * in both languages.
 */
class ScrollingGoldenTest {
    private static final String KEYS = "⏎⏎";

    static Path fifty() throws Exception {
        Path db = TestFolders.create("scroll").resolve("hdnd.db");
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy",
                    "Hội trường", "26/11/2026", 52, 50, List.of())).id();
            List<OfficialDraft> drafts = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                drafts.add(new OfficialDraft("Ủy viên số " + i, "Ủy viên Ban Chấp hành"));
            }
            store.openRound(m, RoundKind.RATING, store.addOfficials(m, drafts), 50, RoundSettings.NORMAL);
        }
        return db;
    }

    @TestFactory
    List<DynamicTest> aBallotHalfKeyedAtBothSizesInBothLanguages() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        Path db = fifty();
        for (String lang : List.of("vi", "en")) {
            for (int[] size : new int[][] {{80, 24}, {120, 36}}) {
                for (int marks : new int[] {17, 30}) {
                    String name = "scroll/entry-" + marks + "-marks-" + size[0] + "x" + size[1] + "-" + lang + ".txt";
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        Messages m = lang.equals("vi") ? Messages.vietnamese() : Messages.english();
                        try (Harness h = new Harness(db, m, size[0], size[1])) {
                            ScreensGoldenTest.press(h, KEYS + "123".repeat(10).substring(0, marks));
                            Golden.assertMatches(name, h.text());
                        }
                    }));
                }
            }
        }
        return tests;
    }

    @Test
    void theTableMovesAFewTimesOverABallotNotOnEveryKey() throws Exception {
        try (Harness h = new Harness(fifty(), Messages.vietnamese(), 120, 36)) {
            ScreensGoldenTest.press(h, KEYS);
            String before = firstShown(h.text());
            int moves = 0;
            for (int i = 0; i < 50; i++) {
                h.type("2");
                String first = firstShown(h.text());
                if (!first.equals(before)) {
                    moves++;
                }
                before = first;
            }
            assertThat(moves).isBetween(1, 4);
        }
    }

    /** The first official's row on screen: its number and name. */
    private static String firstShown(String screen) {
        for (String line : screen.split("\n")) {
            if (line.contains("Ủy viên số ")) {
                return line.substring(0, line.indexOf("Ủy viên số ") + 14);
            }
        }
        return "";
    }
}
