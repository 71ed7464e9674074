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
 * A closed round opened from the meeting screen shows its counts beside the fingerprint of its close, the one on
 * the signed paper: when the file was edited since, the screen says so under them for as long as it is up, and the
 * room's view shows none of the changed figures.
 */
class ResultsFingerprintScreenTest {
    @TempDir
    Path dir;

    @Test
    void aClosedRoundEditedSinceItsCloseIsSaidAboveItsCounts() throws Exception {
        Path db = dir.resolve("hdnd.db");
        KeyingFixture.create(db);
        try (Harness h = new Harness(db, Messages.vietnamese(), 120, 36)) {
            showSignedResults(h);
        }
        editBallotOne(db);
        try (Harness h = new Harness(db, Messages.vietnamese(), 120, 36)) {
            ScreensGoldenTest.press(h, "⏎↑⏎");
            assertThat(h.text()).contains("Dữ liệu của vòng 1 không còn khớp mã kiểm chứng lưu lúc kết thúc");
            ScreensGoldenTest.press(h, "↓↓↑");
            assertThat(h.text()).as("after scrolling").contains("Dữ liệu của vòng 1 không còn khớp mã kiểm chứng");
            assertThat(h.text()).contains("Mã kiểm chứng lưu lúc kết thúc, KHÔNG khớp dữ liệu nay:");
            assertThat(h.text().lines().findFirst().orElseThrow()).endsWith("ĐÃ KẾT THÚC · DỮ LIỆU ĐÃ BỊ SỬA");
            // who is flagged comes from the changed figures: no vote of confidence is opened from them
            ScreensGoldenTest.press(h, "b");
            assertThat(h.text().replaceAll("\\s+", " "))
                    .contains("không mở vòng bỏ phiếu tín nhiệm theo các số đã bị sửa")
                    .doesNotContain("Vòng bỏ phiếu tín nhiệm mới");
            ScreensGoldenTest.press(h, "↓");
            assertThat(h.text()).as("the warning back after a refusal").contains("không còn khớp mã kiểm chứng");
            ScreensGoldenTest.press(h, "p");
            String room = h.text();
            assertThat(room).contains("Dữ liệu của vòng 1 đã bị sửa ngoài tinnhiem sau khi kết thúc")
                    .doesNotContain("Mã kiểm chứng").doesNotContain("Hợp lệ").doesNotContain("%")
                    .doesNotContain(KeyingFixture.ROSTER[0][0]);
        }
        try (Harness h = new Harness(db, Messages.english(), 80, 24)) {
            ScreensGoldenTest.press(h, "⏎↑⏎");
            assertThat(h.text().replaceAll("\\s+", " ")).contains("The data of round 1 no longer matches the");
            ScreensGoldenTest.press(h, "x");
            assertThat(h.text().replaceAll("\\s+", " ")).as("whole at 80 columns")
                    .contains("no minutes are exported. Run tinnhiem verify to see what differs.");
        }
    }

    /**
     * The results already on screen when the file is edited: x finds the figures no longer signed, and from then on
     * the screen is the edited one (b refused, the fingerprint said not to match, the room without figures).
     */
    @Test
    void resultsOnScreenWhenTheFileIsEditedTurnEditedAtTheMinutes() throws Exception {
        Path db = dir.resolve("hdnd.db");
        KeyingFixture.create(db);
        try (Harness h = new Harness(db, Messages.vietnamese(), 120, 36)) {
            showSignedResults(h);
            editBallotOne(db);
            ScreensGoldenTest.press(h, "x");
            assertThat(((ResultsScreen) h.app.state()).edited()).isTrue();
            assertThat(h.text().replaceAll("\\s+", " ")).contains("không xuất biên bản")
                    .doesNotContain("Không đọc lại được").contains("KHÔNG khớp dữ liệu nay");
            assertThat(dir.resolve("exports")).doesNotExist();
            ScreensGoldenTest.press(h, "b");
            assertThat(h.text().replaceAll("\\s+", " "))
                    .contains("không mở vòng bỏ phiếu tín nhiệm theo các số đã bị sửa");
            ScreensGoldenTest.press(h, "p");
            assertThat(h.text()).contains("đã bị sửa ngoài tinnhiem sau khi kết thúc").doesNotContain("%");
        }
    }

    /** The first ballot of the closed round 1 changed with another program (its trigger dropped first). */
    private static void editBallotOne(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER ballot_line_closed_no_update");
            s.executeUpdate("UPDATE ballot_line SET mark = 3 WHERE line = 1 AND ballot_id = "
                    + "(SELECT id FROM ballot WHERE number = 1 AND round_id = 1)");
        }
    }

    /** The meeting, then its closed round 1: results as signed, the fingerprint shown and said to match. */
    private static void showSignedResults(Harness h) {
        ScreensGoldenTest.press(h, "⏎↑⏎");
        assertThat(h.text()).contains("Mã kiểm chứng").doesNotContain("không còn khớp mã kiểm chứng");
    }
}
