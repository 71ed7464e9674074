package vn.tinnhiem.tui;

import java.nio.file.Path;
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
 * A meeting as a chair would have it mid-count, written through the real store: a committee, twelve officials with
 * long names and positions, round 1 closed with ten ballots, round 2 (a vote of confidence) open with three.
 */
final class KeyingFixture {
    static final String[][] ROSTER = {
        {"Nguyễn Văn Thống", "Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh"},
        {"Trần Thị Bích Ngọc", "Phó Chủ tịch Thường trực Hội đồng nhân dân tỉnh"},
        {"Lê Hoàng Phúc", "Chủ tịch Ủy ban nhân dân tỉnh"},
        {"Phạm Thị Thu Hồng", "Phó Chủ tịch Ủy ban nhân dân tỉnh"},
        {"Hoàng Minh Đức", "Phó Chủ tịch Ủy ban nhân dân tỉnh"},
        {"Vũ Thị Lan Anh", "Trưởng ban Kinh tế - Ngân sách"},
        {"Đặng Quốc Hưng", "Trưởng ban Pháp chế"},
        {"Bùi Thị Ngữ", "Trưởng ban Văn hóa - Xã hội"},
        {"Đỗ Văn Ấn", "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh"},
        {"Hồ Thị Ửng", "Giám đốc Sở Tư pháp"},
        {"Ngô Đình Khải", "Giám đốc Sở Tài chính"},
        {"Dương Thị Yến", "Giám đốc Sở Nội vụ"}};

    private KeyingFixture() {
    }

    static long create(Path db) {
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Kỳ họp thứ 12 Hội đồng nhân dân tỉnh khóa XVIII",
                    "Hội đồng nhân dân tỉnh Quảng Trị", "Hội trường Trung tâm Hội nghị tỉnh", "25/11/2026", 50, 48,
                    List.of(new CommitteeMember("Phạm Thị Thu Hà", "Trưởng ban"),
                            new CommitteeMember("Trần Văn Hữu", "Thành viên"),
                            new CommitteeMember("Lê Thị Mai", "Thành viên")))).id();
            List<OfficialDraft> drafts = new java.util.ArrayList<>();
            for (String[] o : ROSTER) {
                drafts.add(new OfficialDraft(o[0], o[1]));
            }
            List<Official> officials = store.addOfficials(m, drafts);
            long rating = store.openRound(m, RoundKind.RATING, officials, 48).id();
            for (int b = 0; b < 10; b++) {
                BallotDraft d = BallotDraft.empty(officials.size());
                for (int i = 0; i < officials.size(); i++) {
                    d = d.mark(Mark.level(1 + (b + i) % 3));
                }
                store.recordBallot(rating, b == 9 ? BallotDraft.empty(officials.size()).invalidate() : d);
            }
            store.closeRound(rating, 10);
            long vote = store.openRound(m, RoundKind.VOTE, officials.subList(0, 4), 48).id();
            for (int b = 0; b < 3; b++) {
                BallotDraft d = BallotDraft.empty(4);
                for (int i = 0; i < 4; i++) {
                    d = d.mark(Mark.level(1 + (b + i) % 2));
                }
                store.recordBallot(vote, d);
            }
            return m;
        }
    }
}
