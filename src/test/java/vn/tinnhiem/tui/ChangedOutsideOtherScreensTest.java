package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.SheetCell;
import vn.tinnhiem.domain.TallySheet;
import vn.tinnhiem.i18n.Messages;

/**
 * The rounds keyed twice by serial and those counted from tally sheets, when another program changes the file under
 * their screen: the reading or the sheet is not kept, the warning stays up whatever is typed next, and the room's
 * view shows the edit said and no figure, as on the keying screen.
 */
class ChangedOutsideOtherScreensTest {
    @TempDir
    Path dir;

    private static void edit(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE round SET issued = issued - 1 WHERE state = 'OPEN'");
        }
    }

    @Test
    void aReadingIsNotKeptAfterAnOutsideEdit() throws Exception {
        Path db = dir.resolve("de.db");
        long round = DoubleEntryFixture.create(db);
        try (Harness h = new Harness(db, Messages.vietnamese(), 120, 36)) {
            ScreensGoldenTest.press(h, "⏎⏎");
            assertThat(h.app.state()).isInstanceOf(DoubleEntryScreen.class);
            int kept = h.store.readings().readings(round).size();
            edit(db);
            ScreensGoldenTest.press(h, "6⏎+1⏎");
            DoubleEntryScreen s = (DoubleEntryScreen) h.app.state();
            assertThat(s.changedOutside()).isTrue();
            assertThat(h.store.readings().readings(round)).hasSize(kept);
            assertThat(h.text()).contains("Chưa ghi gì: một chương trình khác đã sửa tệp dữ liệu")
                    .contains("Tệp đã bị sửa ngoài tinnhiem: các con số dưới đây có thể không đúng");
            ScreensGoldenTest.press(h, "⎋");
            assertThat(h.text()).contains("Chưa ghi gì: một chương trình khác đã sửa tệp dữ liệu");
            assertThat(s.roomModel().edited()).isTrue();
        }
    }

    @Test
    void aSheetIsNotSavedAfterAnOutsideEdit() throws Exception {
        Path db = dir.resolve("sheet.db");
        SheetFixture.create(db);
        TallySheet sound = SheetFixture.sound(12);
        StringBuilder keys = new StringBuilder();
        for (SheetCell c : sound.cells()) {
            keys.append(sound.value(c)).append('⏎');
        }
        try (Harness h = new Harness(db, Messages.english(), 80, 24)) {
            ScreensGoldenTest.press(h, "⏎⏎" + keys);
            assertThat(h.app.state()).isInstanceOf(SheetScreen.class);
            edit(db);
            ScreensGoldenTest.press(h, "s⏎");
            SheetScreen s = (SheetScreen) h.app.state();
            assertThat(s.changedOutside()).isTrue();
            long roundId = h.store.rounds(1).get(1).id();
            assertThat(h.store.sheets().entries(roundId)).isEmpty();
            assertThat(h.text().replaceAll("\\s+", " ")).contains("Nothing written: another program changed the data");
            ScreensGoldenTest.press(h, "↓");
            assertThat(h.text().replaceAll("\\s+", " ")).contains("Nothing written: another program changed the data");
            assertThat(s.roomModel().edited()).isTrue();
        }
    }
}
