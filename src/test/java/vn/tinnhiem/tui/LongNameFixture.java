package vn.tinnhiem.tui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * A meeting whose roster has a 40-letter name among short ones, written through the real store: a closed rating
 * of ten ballots in which two officials are flagged (one over half low, one two thirds low), and a second rating
 * open with one ballot.
 */
final class LongNameFixture {
    static final String LONG = "Công Tôn Nữ Thị Phương Thảo Bảo Ngọc Anh";
    static final String[][] ROSTER = {
        {"Nguyễn Văn Thống", "Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh"},
        {LONG, "Phó Chủ tịch Thường trực Hội đồng nhân dân tỉnh"},
        {"Lê Hoàng Phúc", "Chủ tịch Ủy ban nhân dân tỉnh"},
        {"Phạm Thị Thu Hồng", "Phó Chủ tịch Ủy ban nhân dân tỉnh"},
        {"Hoàng Minh Đức", "Phó Chủ tịch Ủy ban nhân dân tỉnh"},
        {"Vũ Thị Lan Anh", "Trưởng ban Kinh tế - Ngân sách"}};

    private LongNameFixture() {
    }

    static void create(Path db) {
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Kỳ họp thứ 12 Hội đồng nhân dân tỉnh khóa XVIII",
                    "Hội đồng nhân dân tỉnh Quảng Trị", "Hội trường Trung tâm Hội nghị tỉnh", "25/11/2026", 50, 48,
                    List.of(new CommitteeMember("Phạm Thị Thu Hà", "Trưởng ban")))).id();
            List<OfficialDraft> drafts = new ArrayList<>();
            for (String[] o : ROSTER) {
                drafts.add(new OfficialDraft(o[0], o[1]));
            }
            List<Official> officials = store.addOfficials(m, drafts);
            long rating = store.openRound(m, RoundKind.RATING, officials, 48).id();
            for (int b = 0; b < 10; b++) {
                BallotDraft d = BallotDraft.empty(officials.size());
                for (int i = 0; i < officials.size(); i++) {
                    int level = i == 1 ? (b < 6 ? 3 : 1) : i == 2 ? (b < 7 ? 3 : 2) : 1 + (b + i) % 2;
                    d = d.mark(Mark.level(level));
                }
                store.recordBallot(rating, d);
            }
            store.closeRound(rating, 10);
            long next = store.openRound(m, RoundKind.RATING, officials, 48).id();
            BallotDraft d = BallotDraft.empty(officials.size());
            for (int i = 0; i < officials.size(); i++) {
                d = d.mark(Mark.level(1));
            }
            store.recordBallot(next, d);
        }
    }
}
