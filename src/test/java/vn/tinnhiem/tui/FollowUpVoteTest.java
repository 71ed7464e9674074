package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RulePreset;
import vn.tinnhiem.domain.Rules;
import vn.tinnhiem.store.Database;

/** `b` follows the round's rule set, and opens one vote of confidence per official at most. */
class FollowUpVoteTest {
    @TempDir
    Path dir;

    /** A closed rating of two officials, one ballot per string of marks, all collected. */
    private Path ratingUnder(RulePreset preset, int summoned, int collected, String... ballots) {
        Path db = dir.resolve(preset.name() + ".db");
        try (var store = Database.open(db, Harness.CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Kỳ họp cũ", "", "", "25/11/2013", summoned, summoned,
                    List.of(), Rules.preset(preset, false))).id();
            var officials = store.addOfficials(m, List.of(new OfficialDraft("Hà Văn Cũ", "Chủ tịch"),
                    new OfficialDraft("Lò Thị Xưa", "Phó Chủ tịch")));
            long r = store.openRound(m, RoundKind.RATING, officials, collected).id();
            for (String b : ballots) {
                BallotDraft d = BallotDraft.empty(2);
                for (char c : b.toCharArray()) {
                    d = d.mark(Mark.level(c - '0'));
                }
                store.recordBallot(r, d);
            }
            store.closeRound(r, collected);
        }
        return db;
    }

    @Test
    void underNq35ExactlyTwoThirdsIsNotFlaggedForAVoteAndMoreIs() {
        // 6 members summoned; Cũ: 5 low (more than two thirds); Xưa: 4 low (exactly two thirds).
        Path db = ratingUnder(RulePreset.NQ35_2012, 6, 6, "33", "33", "33", "33", "31", "11");
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter();
            assertThat(h.text()).contains("Tỷ lệ tính trên 6 (tổng số người được triệu tập)")
                    .containsPattern("Hà Văn Cũ .*> 2/3 TN thấp").containsPattern("Lò Thị Xưa .*> 1/2 TN thấp")
                    .contains("> 2/3 TN thấp: trên hai phần ba tổng số người được triệu tập đánh giá “tín nhiệm thấp”: "
                            + "Quốc hội, Hội đồng nhân dân")
                    .contains("> 1/2 TN thấp: trên một nửa tổng số người được triệu tập đánh giá “tín nhiệm thấp”: "
                            + "có thể xin từ chức.");
            h.type("b");
            assertThat(h.text()).contains("Bỏ phiếu tín nhiệm 1 người theo kết quả lấy phiếu")
                    .contains("Hà Văn Cũ").doesNotContain("Lò Thị Xưa");
            h.enter(); // ballots issued: the members present, as filled in
            assertThat(h.text()).contains("Vòng 2 · Bỏ phiếu tín nhiệm · ĐANG MỞ");
            h.type("q").key(com.googlecode.lanterna.input.KeyType.ArrowUp).enter(); // the rating's results again
            assertThat(h.text()).contains("Vòng 1 · Lấy phiếu tín nhiệm · ĐÃ KẾT THÚC");
            h.type("b");
            assertThat(h.text()).contains("Đã có vòng bỏ phiếu tín nhiệm cho: Hà Văn Cũ")
                    .contains("Vòng 1 · Lấy phiếu tín nhiệm · ĐÃ KẾT THÚC");
        }
    }

    @Test
    void underNq85TwoThirdsOrMoreFaceTheVoteAndOverHalfDoesNot() {
        Path db = ratingUnder(RulePreset.NQ85_2014, 6, 6, "33", "33", "33", "33", "31", "11");
        try (Harness h = new Harness(db, vn.tinnhiem.i18n.Messages.english(), 120, 36)) {
            h.enter().enter();
            assertThat(h.text()).containsPattern("Hà Văn Cũ .*≥ 2/3 Low").containsPattern("Lò Thị Xưa .*≥ 2/3 Low");
            // the consequence whole, over as many lines as it takes
            assertThat(h.text().replaceAll("\\s+", " ")).contains("two thirds or more of the members summoned rate "
                    + "\"low confidence\": the National Assembly or People's Council holds a vote of confidence.");
            h.type("b");
            assertThat(h.text()).contains("Vote of confidence on 2 official(s) flagged by the rating");
        }
    }

    @Test
    void underThePartyRulesNoVoteFollowsARating() {
        Path db = ratingUnder(RulePreset.QD96_TW, 6, 6, "33", "33", "33", "33", "31", "11");
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter().type("b");
            assertThat(h.text()).contains("Theo Quy định 96-QĐ/TW, sau lấy phiếu tín nhiệm không có bỏ phiếu tín nhiệm")
                    .contains("ĐÃ KẾT THÚC");
        }
    }
}
