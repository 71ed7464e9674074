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
 * The double-entry screen and its dialogs as whole-screen snapshots at 80×24 and 120×36, in Vietnamese and English,
 * under {@code golden/screens/}, on {@link DoubleEntryFixture}. Keys as in {@link ScreensGoldenTest}.
 */
class DoubleEntryScreensTest {
    static final Map<String, String> SCREENS = new LinkedHashMap<>();
    /** Serials 4, 6, 7 and 8 keyed into conflict beside 3: a list of conflicts longer than one row. */
    static final String MANY_CONFLICTS = "4⏎12121⏎6⏎+1⏎6⏎+2⏎7⏎+1⏎7⏎*⏎8⏎11+2⏎8⏎+3⏎";

    static {
        SCREENS.put("de-numbered", "⏎↑⏎");
        SCREENS.put("de-numbered-over", "⏎↑⏎99⏎");
        SCREENS.put("de-serial", "⏎⏎6");
        SCREENS.put("de-marks", "⏎⏎4⏎12");
        SCREENS.put("de-fill", "⏎⏎6⏎1+");
        SCREENS.put("de-agreed-again", "⏎⏎1⏎");
        SCREENS.put("de-serial-over", "⏎⏎9⏎");
        SCREENS.put("de-conflict", "⏎⏎4⏎33312⏎");
        SCREENS.put("de-gap", "⏎⏎8⏎+2⏎");
        SCREENS.put("de-close-refused", "⏎⏎c");
        SCREENS.put("de-void", "⏎⏎h");
        SCREENS.put("de-help", "⏎⏎?");
        SCREENS.put("de-marks-help", "⏎⏎6⏎?");
        SCREENS.put("de-audit", "⏎n");
        SCREENS.put("de-next-pass", "⏎⏎8⏎33333⏎⏎");
        SCREENS.put("de-numbered-check", "⏎↑⏎12⏎");
        SCREENS.put("de-numbered-correct", "⏎↑⏎12⏎⎋");
        SCREENS.put("de-numbered-confirmed", "⏎↑⏎12⏎⏎");
        SCREENS.put("de-drop-ask", "⏎⏎6⏎12⎋");
        SCREENS.put("de-drop-kept", "⏎⏎6⏎12⎋⎋");
        SCREENS.put("de-drop-yes", "⏎⏎6⏎12⎋⏎");
        SCREENS.put("de-leave-ask", "⏎⏎6⏎12q");
        SCREENS.put("de-conflicts-many", "⏎⏎" + MANY_CONFLICTS);
        SCREENS.put("de-meeting", "⏎");
        SCREENS.put("de-room", "⏎⏎p");
        SCREENS.put("de-conflicts-many-close", "⏎⏎" + MANY_CONFLICTS + "c");
        // two papers numbered, each keyed twice alike, one of them invalid; closed: the results of the round
        SCREENS.put("de-results", "⏎↑⏎2⏎⏎1⏎+1⏎2⏎k⏎1⏎+1⏎2⏎k⏎c⏎");
    }

    @TestFactory
    List<DynamicTest> doubleEntryAtBothSizesInBothLanguages() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            for (int[] size : new int[][] {{80, 24}, {120, 36}}) {
                for (var screen : SCREENS.entrySet()) {
                    String name = "screens/" + screen.getKey() + "-" + size[0] + "x" + size[1] + "-" + lang + ".txt";
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        // Each its own file: some of these keep a reading.
                        Path db = TestFolders.create("de").resolve("hdnd.db");
                        DoubleEntryFixture.create(db);
                        Messages m = lang.equals("vi") ? Messages.vietnamese() : Messages.english();
                        try (Harness h = new Harness(db, m, size[0], size[1])) {
                            ScreensGoldenTest.press(h, screen.getValue());
                            String text = h.text();
                            assertThat(text).doesNotContain("keys.").doesNotContain("ui.").doesNotContain("de.");
                            Golden.assertMatches(name, text);
                        }
                    }));
                }
            }
        }
        return tests;
    }
}
