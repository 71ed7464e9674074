package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundState;
import vn.tinnhiem.store.Backups;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/** Closing a round through the screen backs the file up; a backup that fails never fails the close. */
class CloseBackupTest {
    @TempDir
    Path dir;

    private long prepare(Path db) {
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp", "", "", "25/11/2026", 10, 10,
                    List.of())).id();
            var officials = store.addOfficials(meeting, List.of(new OfficialDraft("Nguyễn Văn Ấn", "Bí thư"),
                    new OfficialDraft("Lê Thị Ửng", "Phó Bí thư")));
            return store.openRound(meeting, RoundKind.RATING, officials, 10).id();
        }
    }

    private static void recordTwoAndClose(Harness h) {
        h.enter().enter().type("12").enter().type("33").enter();
        h.type("c").type("2").enter();
        assertThat(h.text()).contains("Kết thúc vòng 1 với 2 phiếu thu về (phát ra 10, đã nhập 2)?");
        h.enter();
    }

    @Test
    void closingARoundLeavesABackupThatHoldsTheClosedRound() throws Exception {
        Path db = dir.resolve("hop.db");
        long roundId = prepare(db);
        try (Harness h = Harness.vietnamese(db)) {
            recordTwoAndClose(h);
            assertThat(h.text()).contains("Đã kết thúc vòng 1. Kết quả dưới đây");
        }
        List<Backups.Backup> backups = Backups.of(db, Harness.CLOCK).list();
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).name()).isEqualTo("hop-20261125-150000.db");
        Path copy = Files.copy(backups.get(0).path(), dir.resolve("copy.db"));
        try (JdbiStore store = Database.open(copy, Harness.CLOCK)) {
            assertThat(store.round(roundId).state()).isEqualTo(RoundState.CLOSED);
            assertThat(store.ballots(roundId)).hasSize(2);
        }
    }

    @Test
    void aBackupThatCannotBeWrittenLeavesTheRoundClosedWithANotice() throws Exception {
        Path db = dir.resolve("hop.db");
        long roundId = prepare(db);
        Files.writeString(dir.resolve("backups"), "a file where the backup folder should be");
        try (Harness h = Harness.vietnamese(db)) {
            recordTwoAndClose(h);
            assertThat(h.app.state()).isInstanceOf(ResultsScreen.class);
            assertThat(h.text()).contains("Đã kết thúc vòng 1; kết quả đã ghi. Lưu ý: chưa sao lưu được tệp");
            assertThat(h.store.round(roundId).state()).isEqualTo(RoundState.CLOSED);
        }
    }
}
