package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
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
 * Every screen, its help and its dialogs, as whole-screen snapshots at 80×24 and 120×36, in Vietnamese and English,
 * under {@code golden/screens/}. A screen that cuts a word without an ellipsis, overlaps its columns or lets a
 * screen show through a dialog shows up as a diff to read. Keys: ⏎ Enter, ↑ up, ↓ down, ← left, ⇥ Tab, ⎋ Esc, ¹ F1.
 */
class ScreensGoldenTest {
    static final Map<String, String> SCREENS = new LinkedHashMap<>();

    static {
        SCREENS.put("start", "");
        SCREENS.put("start-help", "¹");
        SCREENS.put("meeting", "⏎");
        SCREENS.put("meeting-help", "⏎?");
        SCREENS.put("meeting-form", "⏎s");
        SCREENS.put("meeting-form-discard", "⏎sx⎋");
        SCREENS.put("meeting-form-custom-rules", "⏎s" + "↓".repeat(16) + "←");
        SCREENS.put("roster", "⏎d");
        SCREENS.put("roster-add-duplicate", "⏎dtHồ Thị Ửng⏎Giám đốc⏎");
        SCREENS.put("roster-import-as", "⏎dnmoi.csv⏎");
        SCREENS.put("open-round", "⏎v");
        SCREENS.put("entry", "⏎↓⏎12");
        SCREENS.put("entry-fill", "⏎↓⏎1+2");
        SCREENS.put("entry-help", "⏎↓⏎?");
        SCREENS.put("entry-lookup", "⏎↓⏎t2⏎");
        SCREENS.put("entry-void-confirm", "⏎↓⏎h⇥đọc nhầm tên⏎");
        SCREENS.put("entry-discard", "⏎↓⏎1⎋");
        SCREENS.put("entry-close-wrong", "⏎↓⏎c5⏎");
        SCREENS.put("entry-close-confirm", "⏎↓⏎c3⏎");
        SCREENS.put("results", "⏎↑⏎");
        SCREENS.put("results-help", "⏎↑⏎?");
        SCREENS.put("audit", "⏎n");
        SCREENS.put("audit-help", "⏎n¹");
        SCREENS.put("roster-help", "⏎d?");
        SCREENS.put("open-round-help", "⏎v?");
        SCREENS.put("meeting-form-help", "⏎s¹");
        // Last: they open rounds in the file every screen above shares (a rehearsal; then a rehearsal hidden from
        // the room, whose longer state keeps the state column in one place down the list).
        SCREENS.put("meeting-rehearsal", "⏎vd⏎q");
        SCREENS.put("meeting-rehearsal-hidden", "⏎vda⏎q");
    }

    static void press(Harness h, String keys) {
        for (char c : keys.toCharArray()) {
            switch (c) {
                case '⏎' -> h.enter();
                case '↓' -> h.key(KeyType.ArrowDown);
                case '↑' -> h.key(KeyType.ArrowUp);
                case '←' -> h.key(KeyType.ArrowLeft);
                case '⇥' -> h.key(KeyType.Tab);
                case '⎋' -> h.esc();
                case '¹' -> h.key(KeyType.F1);
                default -> h.type(String.valueOf(c));
            }
        }
    }

    @TestFactory
    List<DynamicTest> everyScreenAtBothSizesInBothLanguages() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            for (int[] size : new int[][] {{80, 24}, {120, 36}}) {
                Path dir = TestFolders.create("screens");
                Path db = dir.resolve("hdnd.db");
                KeyingFixture.create(db);
                for (var screen : SCREENS.entrySet()) {
                    String name = "screens/" + screen.getKey() + "-" + size[0] + "x" + size[1] + "-" + lang + ".txt";
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        Messages m = lang.equals("vi") ? Messages.vietnamese() : Messages.english();
                        try (Harness h = new Harness(db, m, size[0], size[1])) {
                            press(h, screen.getValue());
                            String text = h.text();
                            assertThat(text).doesNotContain("keys.").doesNotContain("ui.");
                            Golden.assertMatches(name, text);
                        }
                    }));
                }
            }
        }
        return tests;
    }
}
