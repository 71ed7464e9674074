package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;
import vn.tinnhiem.store.StoreFaults;

/**
 * A mark changed in the file behind the ballot screen: the close recounts, finds it, and the round stays open. The
 * change is made on the screen's own connection: made on any other, the store refuses every write from the next key
 * on (see {@link ChangedOutsideScreenTest}), before the close gets to recount.
 */
class CloseRecountScreenTest {
    @TempDir
    Path dir;

    @Test
    void aCloseWhoseRecountDiffersFromTheScreenIsRefusedWithTheDifference() throws Exception {
        Path db = dir.resolve("hop.db");
        long roundId;
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp", "", "", "25/11/2026", 10, 10,
                    List.of())).id();
            var officials = store.addOfficials(meeting, List.of(new OfficialDraft("Nguyễn Văn Ấn", "Bí thư"),
                    new OfficialDraft("Lê Thị Ửng", "Phó Bí thư")));
            roundId = store.openRound(meeting, RoundKind.RATING, officials, 10).id();
        }
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter().type("12").enter().type("33").enter();
            StoreFaults.editOnItsOwnConnection(h.store, "UPDATE ballot_line SET mark = 1 WHERE line = 2 AND ballot_id = "
                    + "(SELECT id FROM ballot WHERE round_id = " + roundId + " AND number = 1)");
            h.type("c").type("2").enter();
            assertThat(h.text()).contains("Kết thúc vòng 1 với 2 phiếu thu về (phát ra");
            h.enter();
            assertThat(h.app.state()).isInstanceOf(EntryScreen.class);
            assertThat(h.text()).contains("Chưa đóng vòng: đếm lại khác lúc nhập ở 2 chỗ, đầu tiên người số 2, mức 1: "
                    + "lúc nhập 0, đếm lại 1.");
            assertThat(h.store.round(roundId).isOpen()).isTrue();
        }
    }
}
