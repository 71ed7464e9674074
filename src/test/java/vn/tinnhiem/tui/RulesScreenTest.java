package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.PercentBase;
import vn.tinnhiem.domain.RulePreset;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.Rules;
import vn.tinnhiem.store.Database;

/** Rule presets chosen on the meeting form, shown on results; a vote of confidence opened from a rating. */
class RulesScreenTest {
    @TempDir
    Path dir;

    private Harness meetingForm(Path db) {
        Harness h = Harness.vietnamese(db);
        h.type("m").type("Hội nghị Tỉnh ủy").enter().enter().enter().enter().type("50").enter().type("48");
        for (int i = 0; i < 11; i++) {
            h.key(KeyType.Tab);
        }
        return h;
    }

    @Test
    void legacyPresetIsChosenWithTheArrowsAndShownOnTheMeeting() {
        try (Harness h = meetingForm(dir.resolve("t.db"))) {
            assertThat(h.text()).contains("Quy định kiểm phiếu").contains("◀ Nghị quyết 96/2023/QH15 ▶");
            h.key(KeyType.ArrowRight).key(KeyType.ArrowRight);
            assertThat(h.text()).contains("◀ Nghị quyết 85/2014/QH13 (nhập lại hồ sơ cũ) ▶");
            h.key(KeyType.F2);
            assertThat(h.text()).contains("Quy định                  Nghị quyết 85/2014/QH13 (nhập lại hồ sơ cũ); "
                    + "tỷ lệ tính trên tổng số người được triệu tập");
        }
    }

    @Test
    void customRulesAreTypedCheckedAndSaved() {
        try (Harness h = meetingForm(dir.resolve("t.db"))) {
            h.key(KeyType.ArrowLeft);
            assertThat(h.text()).contains("◀ Quy định riêng của hội nghị ▶").contains("Các mức (cách nhau bằng ;)");
            h.key(KeyType.Tab).key(KeyType.ArrowRight); // whole ballot invalid on a bad line
            h.key(KeyType.Tab).type("Tốt; Khá; Kém").key(KeyType.Tab).type("4").key(KeyType.F2);
            assertThat(h.text()).contains("Mức “thấp” (số thứ tự): Mức “thấp” phải là số từ 1 đến 3.");
            h.key(KeyType.Backspace).type("3").key(KeyType.F2);
            assertThat(h.text()).contains("Quy định riêng của hội nghị; tỷ lệ tính trên tổng số phiếu thu về; dòng")
                    .contains("làm cả phiếu không hợp lệ.")
                    .contains("Các mức: Tốt; Khá; Kém; mức thấp: “Kém”; ngưỡng >1/2 và ≥2/3.");
        }
    }

    @Test
    void aClosedRatingOpensAVoteOfConfidenceForThoseOverHalfLow() {
        Path db = dir.resolve("t.db");
        long roundId;
        try (var store = Database.open(db, Harness.CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Kỳ họp HĐND", "", "", "25/11/2026", 5, 5, List.of(),
                    Rules.preset(RulePreset.NQ96_2023, false))).id();
            var officials = store.addOfficials(m, List.of(new OfficialDraft("Ngô Thị Ánh Tuyết", "Phó Chủ tịch"),
                    new OfficialDraft("Lý Văn Bổn", "Ủy viên"), new OfficialDraft("Tạ Quốc Khởi", "Chánh Văn phòng")));
            roundId = store.openRound(m, RoundKind.RATING, officials, 5).id();
            // Tuyết: 3 of 5 low (over one half, under two thirds); Bổn: 4 of 5 low (two thirds or more).
            String[] ballots = {"331", "331", "331", "131", "112"};
            for (String b : ballots) {
                var d = vn.tinnhiem.domain.BallotDraft.empty(3);
                for (char c : b.toCharArray()) {
                    d = d.mark(vn.tinnhiem.domain.Mark.level(c - '0'));
                }
                store.recordBallot(roundId, d);
            }
            store.closeRound(roundId, 5);
            store.updateOfficial(officials.get(0).id(), new OfficialDraft("Ngô Thị Ánh Tuyết", "Đã đổi chức vụ"));
        }
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter();
            assertThat(h.text()).contains("ĐÃ KẾT THÚC").containsPattern("Ngô Thị Ánh Tuyết .*60,00% .*> 1/2 TN thấp")
                    .containsPattern("Lý Văn Bổn .*80,00% .*≥ 2/3 TN thấp")
                    .contains("Quy định: Nghị quyết 96/2023/QH15; tỷ lệ tính trên tổng số phiếu thu về");
            h.type("b");
            assertThat(h.text()).contains("Bỏ phiếu tín nhiệm 1 người theo kết quả lấy phiếu")
                    .contains("◀ Bỏ phiếu tín nhiệm (2 mức) ▶").contains("Ngô Thị Ánh Tuyết")
                    .contains("Phó Chủ tịch").doesNotContain("Lý Văn Bổn");
            h.enter();
            assertThat(h.text()).contains("Vòng 2 · Bỏ phiếu tín nhiệm · ĐANG MỞ").contains("Phát ra 5")
                    .contains("1 = Tín nhiệm · 2 = Không tín nhiệm");
            h.type("2").enter().type("2").enter().type("2").enter().type("1").enter().type("1").enter();
            h.type("c").type("5").enter().enter();
            assertThat(h.text()).containsPattern("Ngô Thị Ánh Tuyết +Phó Chủ tịch .*3 +60,00% .*> 1/2 Không TN");
        }
    }

    @Test
    void closingUnderTheLegacyRulesFixesTheBaseAtTheMembersSummoned() {
        Path db = dir.resolve("t.db");
        try (var store = Database.open(db, Harness.CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Kỳ họp cũ", "", "", "25/11/2014", 8, 6, List.of(),
                    Rules.preset(RulePreset.NQ85_2014, false))).id();
            var officials = store.addOfficials(m, List.of(new OfficialDraft("Hà Văn Cũ", "Chủ tịch")));
            long r = store.openRound(m, RoundKind.RATING, officials, 6).id();
            for (int i = 0; i < 6; i++) {
                store.recordBallot(r, vn.tinnhiem.domain.BallotDraft.empty(1).mark(vn.tinnhiem.domain.Mark.level(3)));
            }
            var closed = store.closeRound(r, 6);
            assertThat(closed.base()).isEqualTo(8);
            assertThat(closed.form().base()).isEqualTo(PercentBase.MEMBERS_SUMMONED);
        }
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter();
            assertThat(h.text()).contains("Tỷ lệ tính trên 8 (tổng số người được triệu tập)")
                    .containsPattern("Hà Văn Cũ .* 6 +75,00% .*≥ 2/3 TN thấp");
        }
    }
}
