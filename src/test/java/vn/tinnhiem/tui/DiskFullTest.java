package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;
import vn.tinnhiem.store.StoreFaults;

/**
 * The disk fills up mid-count (the file cannot grow by one more page: SQLite's max_page_count lowered on the
 * screen's own connection, which fails exactly as a full disk does; a read-only folder cannot be used here because
 * the tests run as root, whom chmod does not stop). The ballot being entered is not acknowledged, the chair is
 * told, the ballot stays on the screen, and everything acknowledged before is in the file, whole, after reopening.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    private static long prepare(Path db) {
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp", "", "", "25/11/2026", 500, 480,
                    List.of())).id();
            var officials = store.addOfficials(meeting, List.of(new OfficialDraft("Nguyễn Văn Ấn", "Bí thư"),
                    new OfficialDraft("Lê Thị Ửng", "Phó Bí thư"), new OfficialDraft("Trần Ỷ", "Ủy viên")));
            return store.openRound(meeting, RoundKind.RATING, officials, 5000).id();
        }
    }

    private static EntryScreen entry(Harness h) {
        assertThat(h.app.state()).isInstanceOf(EntryScreen.class);
        return (EntryScreen) h.app.state();
    }

    @Test
    void aBallotThatCannotBeWrittenIsNotAcknowledgedStaysOnScreenAndWhatWasCommittedSurvives() {
        Path db = dir.resolve("hop.db");
        long roundId = prepare(db);
        List<Integer> acknowledged = new ArrayList<>();
        String[] ballots = {"123", "312", "210", "999", "k"};
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter();
            entry(h);
            StoreFaults.diskFull(h.store);
            EntryScreen refused = null;
            for (int i = 0; i < 4000 && refused == null; i++) {
                h.type(ballots[i % ballots.length]).enter();
                EntryScreen s = entry(h);
                if (s.notice().error()) {
                    refused = s;
                } else {
                    assertThat(s.notice().message().key()).startsWith("ui.entry.recorded");
                    acknowledged.add((Integer) s.notice().message().args().get(0));
                }
            }
            assertThat(refused).as("the file stopped growing within 4000 ballots").isNotNull();
            assertThat(acknowledged).as("some ballots fitted in the pages already there").isNotEmpty();

            // Not acknowledged, the chair is told, the ballot is still there to be recorded again.
            assertThat(refused.notice().message().key()).isEqualTo("ui.entry.notRecordedFull");
            assertThat(h.text()).contains("Phiếu CHƯA được ghi: ổ đĩa đầy. Các phiếu đã ghi vẫn nguyên.");
            BallotDraft kept = refused.draft();
            assertThat(kept.isEmpty()).isFalse();
            assertThat(kept.isComplete() || kept.wholeInvalid()).isTrue();
            int next = acknowledged.size() + 1;
            assertThat(refused.nextNumber()).isEqualTo(next);
            assertThat(refused.ballots()).hasSize(acknowledged.size());
            assertThat(refused.tally().entered()).isEqualTo(acknowledged.size());
            assertThat(h.store.ballots(roundId)).hasSize(acknowledged.size());

            // Enter again while the disk is still full: still refused, nothing half-written.
            h.enter();
            assertThat(entry(h).notice().error()).isTrue();
            assertThat(entry(h).draft()).isEqualTo(kept);
            assertThat(h.store.ballots(roundId)).hasSize(acknowledged.size());

            // Space is freed: the same ballot is recorded, under the next number, once.
            StoreFaults.diskFreed(h.store);
            h.enter();
            assertThat(h.text()).contains("Đã ghi phiếu số " + next);
            acknowledged.add(next);
            assertThat(entry(h).draft().isEmpty()).isTrue();
        }
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) { // quick_check passes at open
            List<Ballot> found = store.ballots(roundId);
            assertThat(found).extracting(Ballot::number).containsExactlyElementsOf(acknowledged);
            for (Ballot b : found) {
                assertThat(b.marks()).hasSize(b.status() == BallotStatus.VALID ? 3 : 0);
            }
        }
    }
}
