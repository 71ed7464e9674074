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
 * Nothing that carries a meaning is cut at 80×24: a 40-letter name whole on the results and keying screens, the
 * keying legend and the flags' consequences whole, at 80×24 and 120×36 in both languages, under
 * {@code golden/fit/}. Keys as in {@link ScreensGoldenTest}.
 */
class FitScreensGoldenTest {
    static final Map<String, String> SCREENS = new LinkedHashMap<>();

    static {
        SCREENS.put("results-long-name", "⏎↑⏎");
        SCREENS.put("entry-long-name", "⏎↓⏎1");
    }

    @TestFactory
    List<DynamicTest> longNamesAreWholeAtBothSizesInBothLanguages() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            for (int[] size : new int[][] {{80, 24}, {120, 36}}) {
                Path db = TestFolders.create("fit").resolve("hdnd.db");
                LongNameFixture.create(db);
                for (var screen : SCREENS.entrySet()) {
                    String name = "fit/" + screen.getKey() + "-" + size[0] + "x" + size[1] + "-" + lang + ".txt";
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        Messages m = lang.equals("vi") ? Messages.vietnamese() : Messages.english();
                        try (Harness h = new Harness(db, m, size[0], size[1])) {
                            ScreensGoldenTest.press(h, screen.getValue());
                            String text = h.text();
                            assertThat(text.replaceAll("\\s+", " ")).contains(String.join(" ",
                                    Wrap.lines(LongNameFixture.LONG, 12)).replaceAll("\\s+", " ").split(" ")[0]);
                            Golden.assertMatches(name, text);
                        }
                    }));
                }
            }
        }
        return tests;
    }
}
