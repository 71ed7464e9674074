package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * A ballot line changed with another program while the chair keys (sqlite3 beside the screen): the next ballot is
 * not acknowledged and stays on screen, the warning stays up whatever is typed, recording, voiding and closing are
 * refused, the chair's figures are said to be from before the edit, and the room sees no figure at all.
 */
class ChangedOutsideScreenTest {
    @TempDir
    Path dir;

    /** A meeting of three officials and its round open, 48 ballots issued; the round's id. */
    private static long openRound(Path db) {
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp", "", "", "25/11/2026", 50, 48,
                    List.of())).id();
            var officials = store.addOfficials(meeting, List.of(new OfficialDraft("Nguyễn Văn Ấn", "Bí thư"),
                    new OfficialDraft("Lê Thị Ửng", "Phó Bí thư"), new OfficialDraft("Trần Ỷ", "Ủy viên")));
            return store.openRound(meeting, RoundKind.RATING, officials, 48).id();
        }
    }

    @Test
    void aSecondNameGivenWhileKeyingIsSaidAndNothingMoreIsRecorded() throws Exception {
        Path db = dir.resolve("hop.db");
        long roundId = openRound(db);
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter();
            h.type("123").enter();
            assertThat(h.text()).contains("Đã ghi phiếu số 1");
            // A hard link: what a program writes through it goes to a log of its own, which this copy never reads.
            java.nio.file.Files.createLink(dir.resolve("ban-sao.db"), db);
            Thread.sleep(250); // the store counts the file's names at most every 200 ms
            h.type("2");
            assertThat(h.text()).as("said after the frame of a typed mark")
                    .contains("một chương trình khác đã đặt thêm cho tệp một tên (liên kết cứng)");
            h.type("22").enter();
            EntryScreen s = (EntryScreen) h.app.state();
            assertThat(s.changedOutside()).isTrue();
            assertThat(s.draft().isComplete()).as("the ballot stays to be seen").isTrue();
            assertThat(h.store.ballots(roundId)).hasSize(1);
            h.type("h");
            assertThat(((EntryScreen) h.app.state()).prompt()).isNull();
            assertThat(h.text()).contains("Chưa ghi gì: trong khi tinnhiem đang mở tệp dữ liệu, một chương trình khác")
                    .contains("Tệp đã bị sửa ngoài tinnhiem: các con số dưới đây có thể không đúng");
        }
    }

    @Test
    void anEditWhileKeyingStopsTheCountOnScreenAndInTheRoom() throws Exception {
        Path db = dir.resolve("hop.db");
        long roundId = openRound(db);
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter();
            h.type("123").enter().type("111").enter();
            assertThat(h.text()).contains("Đã ghi phiếu số 2");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE ballot_line SET mark = 3 WHERE line = 1 AND ballot_id = (SELECT id FROM ballot"
                        + " WHERE number = 2)");
            }
            h.type("222").enter();
            EntryScreen s = (EntryScreen) h.app.state();
            assertThat(s.changedOutside()).isTrue();
            assertThat(s.draft().isComplete()).as("the ballot stays to be seen").isTrue();
            assertThat(s.ballots()).hasSize(2);
            assertThat(h.store.ballots(roundId)).hasSize(2);
            assertThat(h.text()).contains("Chưa ghi gì: một chương trình khác đã sửa tệp dữ liệu")
                    .contains("Tệp đã bị sửa ngoài tinnhiem: các con số dưới đây có thể không đúng");

            // Typing on does not hide the warning; recording, voiding and closing are refused without a dialog.
            h.key(com.googlecode.lanterna.input.KeyType.Backspace);
            assertThat(h.text()).contains("Chưa ghi gì: một chương trình khác");
            for (String key : List.of("h", "c")) {
                h.type(key);
                assertThat(((EntryScreen) h.app.state()).prompt()).isNull();
                assertThat(h.text()).contains("Chưa ghi gì: một chương trình khác");
            }
            h.type("2").enter();
            assertThat(h.store.ballots(roundId)).hasSize(2);

            // Leaving asks to drop the typed ballot, without offering to record it first.
            h.type("q");
            assertThat(h.text().replaceAll("\\s+", " ")).contains("Tệp đã bị sửa ngoài tinnhiem nên không ghi được phiếu")
                    .doesNotContain("Enter để ghi nó trước");
            h.esc();
            // The room: no figures, the edit said.
            h.type("p");
            assertThat(h.app.state()).isInstanceOf(RoomScreen.class);
            assertThat(h.text()).contains("đã bị một chương trình khác sửa trong khi đang nhập phiếu")
                    .doesNotContain("%");
        }
    }

    /**
     * The edit seen at the next key, before any write is tried, and still said after leaving the round and coming
     * back: the room's view never shows the changed file's figures.
     */
    @Test
    void theEditIsSeenAtTheNextKeyAndStaysSaidAfterComingBack() throws Exception {
        Path db = twoOfficialsOpenRound();
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter();
            h.type("12").enter().type("11").enter();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE round SET issued = 40");
            }
            h.type("p");
            assertThat(h.app.state()).isInstanceOf(RoomScreen.class);
            assertThat(h.text()).contains("đã bị một chương trình khác sửa trong khi đang nhập phiếu")
                    .doesNotContain("%");
            h.esc();
            h.type("2");
            h.type("q");
            assertThat(h.text().replaceAll("\\s+", " ")).contains("không ghi được phiếu")
                    .doesNotContain("Enter để ghi nó trước");
            h.enter(); // dropped: back to the meeting
            assertThat(h.app.state()).isInstanceOf(MeetingScreen.class);
            h.enter(); // the round again
            EntryScreen s = (EntryScreen) h.app.state();
            assertThat(s.changedOutside()).isTrue();
            assertThat(h.text()).contains("Chưa ghi gì: một chương trình khác")
                    .contains("Tệp đã bị sửa ngoài tinnhiem: các con số dưới đây có thể không đúng");
            h.type("p");
            assertThat(h.text()).doesNotContain("%");
        }
    }

    /**
     * A mark, which only changes the screen, is not held up by the question whether the file was changed (asked
     * after its frame): it is on the draft, and the warning is up as soon as that key's frame is out.
     */
    @Test
    void aMarkTypedAfterAnEditIsKeptAndTheEditSaidAtOnce() throws Exception {
        Path db = twoOfficialsOpenRound();
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter();
            h.type("12").enter();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE round SET issued = 40");
            }
            h.type("3");
            EntryScreen s = (EntryScreen) h.app.state();
            assertThat(s.changedOutside()).isTrue();
            assertThat(s.draft().cursor()).as("the mark typed is kept").isEqualTo(1);
            assertThat(h.text()).contains("Chưa ghi gì: một chương trình khác");
        }
    }

    /** A file with one meeting of two officials and its rating round open, 48 ballots issued. */
    private Path twoOfficialsOpenRound() {
        Path db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp", "", "", "25/11/2026", 50, 48,
                    List.of())).id();
            var officials = store.addOfficials(meeting, List.of(new OfficialDraft("Nguyễn Văn Ấn", "Bí thư"),
                    new OfficialDraft("Lê Thị Ửng", "Phó Bí thư")));
            store.openRound(meeting, RoundKind.RATING, officials, 48);
        }
        return db;
    }
}
