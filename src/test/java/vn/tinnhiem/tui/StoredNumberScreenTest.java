package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.i18n.Messages;

/**
 * A count stored beyond what tinnhiem writes (4,294,967,305 ballots issued, which the driver reads as 9) is said in
 * words when the meeting is opened, rather than counted as 9 without a word.
 */
class StoredNumberScreenTest {
    @TempDir
    Path dir;

    @Test
    void anIssuedCountBeyondAnIntIsSaidNotReadAsAnother() throws Exception {
        Path db = dir.resolve("hdnd.db");
        KeyingFixture.create(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            // the open round: no trigger guards it
            s.executeUpdate("UPDATE round SET issued = 4294967305 WHERE state = 'OPEN'");
        }
        try (Harness h = new Harness(db, Messages.vietnamese(), 120, 36)) {
            ScreensGoldenTest.press(h, "⏎");
            String text = h.text().replaceAll("\\s+", " ");
            assertThat(text).contains("vòng 2: số phiếu phát ra lưu trong tệp là 4294967305, vượt ngoài")
                    .doesNotContain("lường trước").doesNotContain("phát ra 9,");
            // Listed on the meeting screen with no count from it; the meeting's other round still opens.
            assertThat(h.app.state()).isInstanceOf(MeetingScreen.class);
            assertThat(h.text()).containsPattern("Vòng 2 +Bỏ phiếu tín nhiệm +KHÔNG ĐỌC ĐƯỢC +ĐANG MỞ");
            ScreensGoldenTest.press(h, "⏎");
            assertThat(h.app.state()).isInstanceOf(MeetingScreen.class);
            assertThat(h.text()).contains("Không đọc lại được dữ liệu trong tệp: vòng 2");
            ScreensGoldenTest.press(h, "↑⏎");
            assertThat(h.app.state()).isInstanceOf(ResultsScreen.class);
            assertThat(h.text()).contains("Vòng 1").contains("ĐÃ KẾT THÚC");
        }
        try (Harness h = new Harness(db, Messages.english(), 80, 24)) {
            ScreensGoldenTest.press(h, "⏎");
            assertThat(h.text().replaceAll("\\s+", " "))
                    .contains("round 2: the number of ballots issued is stored in the file as 4294967305")
                    .as("whole at 80×24, down to its last words").contains("Run tinnhiem verify to see every difference.")
                    .doesNotContain("…");
        }
    }

    /**
     * A mark edited from outside into the open round on screen: q still leaves, to the meeting, where that round is
     * said unreadable and the others still open, rather than keep the chair on the keying screen with q refused.
     */
    @Test
    void editedUnderTheKeyingScreenTheChairCanStillLeave() throws Exception {
        Path db = dir.resolve("hdnd.db");
        KeyingFixture.create(db);
        try (Harness h = new Harness(db, Messages.vietnamese(), 120, 36)) {
            ScreensGoldenTest.press(h, "⏎⏎");
            assertThat(h.text()).contains("Vòng 2");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE ballot_line SET mark = 7 WHERE line = 1 AND ballot_id = "
                        + "(SELECT id FROM ballot WHERE number = 1 AND round_id = 2)");
            }
            ScreensGoldenTest.press(h, "q");
            String text = h.text().replaceAll("\\s+", " ");
            // the meeting still opens: that round is said unreadable, the closed round 1 still shows its results
            assertThat(text).contains("Vòng 2 không đọc lại được (phiếu số 1: một dòng mang mã 7")
                    .contains("KHÔNG ĐỌC ĐƯỢC").contains("Vòng 1");
            ScreensGoldenTest.press(h, "⏎");
            assertThat(h.text().replaceAll("\\s+", " ")).contains("Không đọc lại được dữ liệu trong tệp");
            ScreensGoldenTest.press(h, "↑⏎");
            assertThat(h.text()).contains("Mã kiểm chứng (SHA-256)");
            ScreensGoldenTest.press(h, "qqq");
            assertThat(h.app.quitting()).isTrue();
        }
    }
}
