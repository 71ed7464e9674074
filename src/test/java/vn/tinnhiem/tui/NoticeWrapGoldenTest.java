package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.tinnhiem.TestFolders;
import vn.tinnhiem.cli.Golden;
import vn.tinnhiem.i18n.Messages;

/**
 * A notice too long for its line goes on over the rows above it, and the screen lifts what it shows there: in a
 * window half the screen wide (60 columns here) as at 80×24 and 120×36, in both languages, under
 * {@code golden/fit/}. Keys as in {@link ScreensGoldenTest}.
 */
class NoticeWrapGoldenTest {
    static final Map<String, String> SCREENS = new LinkedHashMap<>();

    static {
        SCREENS.put("notice-entry", "⏎↓⏎1⏎");
        SCREENS.put("notice-results-vote", "⏎↑⏎b");
        SCREENS.put("notice-meeting", "⏎x");
        SCREENS.put("notice-roster", "⏎dt" + LongNameFixture.LONG + "⏎Giám đốc⏎");
        SCREENS.put("notice-round-opened", "⏎v⇥⇥⇥⇥⇥⇥⇥⇥" + " ".repeat(6) + "⏎");
    }

    @TestFactory
    List<DynamicTest> longNoticesAreWholeInANarrowWindow() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            for (int[] size : new int[][] {{60, 24}, {80, 24}, {120, 36}}) {
                for (var screen : SCREENS.entrySet()) {
                    String name = "fit/" + screen.getKey() + "-" + size[0] + "x" + size[1] + "-" + lang + ".txt";
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        Path db = TestFolders.create("notice").resolve("hdnd.db");
                        LongNameFixture.create(db);
                        Messages m = lang.equals("vi") ? Messages.vietnamese() : Messages.english();
                        try (Harness h = new Harness(db, m, size[0], size[1])) {
                            ScreensGoldenTest.press(h, screen.getValue());
                            String text = h.text();
                            String[] rows = text.split("\n", -1);
                            assertThat(rows[size[1] - 2]).as(text).isNotBlank();
                            assertThat(rows[size[1] - 2]).as(text).doesNotContain("…");
                            Golden.assertMatches(name, text);
                        }
                    }));
                }
            }
        }
        return tests;
    }
}
