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
import vn.tinnhiem.domain.SheetCell;
import vn.tinnhiem.i18n.Messages;

/**
 * The tally-sheet screen, its help and its dialogs as whole-screen snapshots at 80×24 and 120×36, in Vietnamese
 * and English, under {@code golden/screens/sheet-*}. Keys as in {@link ScreensGoldenTest}.
 */
class SheetScreensGoldenTest {
    static final Map<String, String> SCREENS = new LinkedHashMap<>();

    static {
        String off = SheetScreenTest.keys(SheetFixture.sound(12).with(new SheetCell(2, 2), 5));
        SCREENS.put("sheet-keying", "⏎⏎48⏎47⏎45⏎2⏎30⏎10⏎4⏎1⏎29⏎11⏎5");
        SCREENS.put("sheet-save", "⏎⏎" + off + "s");
        SCREENS.put("sheet-close-refused", "⏎⏎" + off + "s⏎c");
        SCREENS.put("sheet-conflict", "⏎↑⏎");
        SCREENS.put("sheet-settled", "⏎↑⏎" + SheetScreenTest.keys(SheetFixture.sound(12)) + "s⏎");
        SCREENS.put("sheet-results", "⏎↑⏎" + SheetScreenTest.keys(SheetFixture.sound(12)) + "s⏎c⏎");
        SCREENS.put("sheet-room-waiting", "⏎⏎p");
        // the same sheet saved twice, failing a control total: it counts, and the room still waits
        SCREENS.put("sheet-room-failing", "⏎⏎" + off + "s⏎" + off + "s⏎p");
        SCREENS.put("sheet-meeting", "⏎");
        SCREENS.put("sheet-help", "⏎⏎¹");
        SCREENS.put("sheet-fifty", "↓⏎⏎" + "↓".repeat(30) + "12");
    }

    @TestFactory
    List<DynamicTest> theSheetScreenAtBothSizesInBothLanguages() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            for (int[] size : new int[][] {{80, 24}, {120, 36}}) {
                for (var screen : SCREENS.entrySet()) {
                    String name = "screens/" + screen.getKey() + "-" + size[0] + "x" + size[1] + "-" + lang + ".txt";
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        Path dir = TestFolders.create("sheet-screens");
                        Path db = dir.resolve("hdnd.db");
                        SheetFixture.create(db);
                        Messages m = lang.equals("vi") ? Messages.vietnamese() : Messages.english();
                        try (Harness h = new Harness(db, m, size[0], size[1])) {
                            ScreensGoldenTest.press(h, screen.getValue());
                            String text = h.text();
                            // no message key shown in place of its text ("sheet." ending an English sentence is text)
                            assertThat(text).doesNotContainPattern("\\b(keys|ui|sheet)\\.[a-zA-Z]");
                            Golden.assertMatches(name, text);
                        }
                    }));
                }
            }
        }
        return tests;
    }
}
