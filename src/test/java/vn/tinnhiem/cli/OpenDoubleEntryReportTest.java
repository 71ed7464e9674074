package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * {@code report} and {@code verify} on a double-entry round still being keyed say what is known: the ballots the
 * committee numbered and how many of them are agreed so far, instead of a dash for the ballots collected.
 */
class OpenDoubleEntryReportTest {
    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void openDoubleEntryRound() {
        db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, TwoOfficials.CLOCK)) {
            TwoOfficials two = TwoOfficials.in(store);
            long meeting = two.meeting();
            var roster = two.roster();
            long round = store.openRound(meeting, RoundKind.RATING, roster, 9,
                    RoundSettings.NORMAL.withCounting(Counting.DOUBLE_ENTRY)).id();
            var r = store.readings();
            r.record(round, 1, 7, DoubleEntryVerifyTest.marks(1, 2));
            r.record(round, 2, 7, DoubleEntryVerifyTest.marks(2, 2));
            r.record(round, 3, 7, BallotDraft.empty(2).invalidate());
            r.record(round, 1, 7, DoubleEntryVerifyTest.marks(1, 2));
            r.record(round, 2, 7, DoubleEntryVerifyTest.marks(2, 3)); // a slip: in conflict
            store.openRound(meeting, RoundKind.RATING, roster, 9,
                    RoundSettings.NORMAL.withCounting(Counting.DOUBLE_ENTRY)); // not numbered yet
        }
    }

    @Test
    void reportSaysWhatIsKnownOfAnOpenDoubleEntryRound() {
        CliRun vi = CliRun.run(dir, "report", "--db", db.toString());
        assertThat(vi.code()).as(vi.toString()).isZero();
        assertThat(vi.out()).contains("Phiếu phát ra: 9 · Thu về: chưa có · Hợp lệ: 1 · Không hợp lệ: 0\n"
                        + "Đã đánh số: 7 phiếu · Đã tính (khớp hoặc đã đọc lại): 1/7 · Nhập một lần: 1"
                        + " · Lệch, chờ đọc lại: 1 · Chưa nhập: 4\n"
                        + "Vòng đang mở: tỷ lệ tạm tính trên 1 phiếu đã khớp hoặc đã đọc lại trong 7 phiếu đã đánh số,")
                .contains("Ban kiểm phiếu chưa đánh số phiếu: chưa có lần nhập nào.");
        CliRun en = CliRun.run(dir, "--lang", "en", "report", "--db", db.toString(), "--round", "1");
        assertThat(en.out()).contains("Numbered: 7 ballots · counted so far (agreed or read again): 1/7")
                .contains("percentages are of the 1 ballot agreed or read again out of the 7 numbered");
    }

    @Test
    void verifySaysTheCountNumberedAndTheBallotsCountedSoFarInsteadOfADash() {
        CliRun vi = CliRun.run(dir, "verify", "--db", db.toString());
        assertThat(vi.code()).as(vi.toString()).isZero();
        assertThat(vi.out()).contains("ĐANG MỞ · 1 phiếu (hợp lệ 1, không hợp lệ 0; đã đánh số 7, đã tính 1/7): ĐÚNG")
                .contains("ĐANG MỞ · 0 phiếu (hợp lệ 0, không hợp lệ 0; chưa đánh số phiếu): ĐÚNG")
                .doesNotContain("—");
        CliRun en = CliRun.run(dir, "--lang", "en", "verify", "--db", db.toString());
        assertThat(en.out()).contains("OPEN · 1 ballot (valid 1, invalid 0; numbered 7, counted so far 1/7): OK")
                .contains("(valid 0, invalid 0; ballots not numbered yet): OK");
    }
}
