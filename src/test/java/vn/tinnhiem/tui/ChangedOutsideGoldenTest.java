package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.tinnhiem.TestFolders;
import vn.tinnhiem.cli.Golden;
import vn.tinnhiem.i18n.Messages;

/**
 * The keying screen once another program changed the file under it (the issued count, with sqlite3): the ballot
 * just typed not recorded, the warning whole, the figures said to be from before the edit; at 80×24 and 120×36,
 * in both languages, under {@code golden/fit/}. Keys as in {@link ScreensGoldenTest}.
 */
class ChangedOutsideGoldenTest {
    @TestFactory
    List<DynamicTest> theKeyingScreenAfterAnOutsideEdit() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            for (int[] size : new int[][] {{80, 24}, {120, 36}}) {
                String name = "fit/changed-outside-entry-" + size[0] + "x" + size[1] + "-" + lang + ".txt";
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Path db = TestFolders.create("outside").resolve("hdnd.db");
                    LongNameFixture.create(db);
                    Messages m = lang.equals("vi") ? Messages.vietnamese() : Messages.english();
                    try (Harness h = new Harness(db, m, size[0], size[1])) {
                        ScreensGoldenTest.press(h, "⏎↓⏎");
                        assertThat(h.app.state()).isInstanceOf(EntryScreen.class);
                        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                             Statement s = c.createStatement()) {
                            s.executeUpdate("UPDATE round SET issued = issued - 1 WHERE state = 'OPEN'");
                        }
                        ScreensGoldenTest.press(h, "+2⏎");
                        assertThat(((EntryScreen) h.app.state()).changedOutside()).isTrue();
                        String text = h.text();
                        assertThat(text.split("\n", -1)[size[1] - 2]).as(text).doesNotContain("…");
                        Golden.assertMatches(name, text);
                    }
                }));
            }
        }
        return tests;
    }
}
