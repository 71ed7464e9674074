package vn.tinnhiem.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.DateText;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Store;

/**
 * A fictional meeting for trying tinnhiem: a People's Council of an imaginary province with 45 officials, a
 * rating closed with one official rated low by more than half, and the vote of confidence that follows, partly
 * counted. Every name is made up; the marks come from a fixed seed, so the demo is the same every time.
 */
public final class DemoData {
    /** The official the rating flags (0-based), rated low on {@link #LOW_BALLOTS} of 48 ballots. */
    static final int FLAGGED = 6;
    static final int LOW_BALLOTS = 27;
    static final int ISSUED = 48;
    static final int VOTE_ENTERED = 20;

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thanh", "Quốc", "Hữu", "Ngọc", "Thu", "Đức",
        "Hoài", "Xuân", "Bích", "Thị Thanh", "Văn Quang"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu",
        "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phúc", "Quân",
        "Quỳnh", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tú", "Tuấn", "Uyên", "Vân", "Việt", "Vinh",
        "Xuân", "Yến", "Khoa", "Lâm", "Oanh", "Phương", "Thành", "Toàn", "Hòa"};
    private static final String[] POSITION = {
        "Chủ tịch Hội đồng nhân dân tỉnh",
        "Phó Chủ tịch Hội đồng nhân dân tỉnh",
        "Trưởng Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh",
        "Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh",
        "Trưởng Ban Pháp chế Hội đồng nhân dân tỉnh",
        "Chủ tịch Ủy ban nhân dân tỉnh",
        "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Giám đốc Sở Tài chính",
        "Giám đốc Sở Kế hoạch và Đầu tư",
        "Giám đốc Sở Giáo dục và Đào tạo",
        "Giám đốc Sở Y tế",
        "Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
        "Giám đốc Sở Tài nguyên và Môi trường",
        "Chánh Văn phòng Ủy ban nhân dân tỉnh",
        "Chánh Thanh tra tỉnh",
        // From the 16th on, the other posts a provincial council rates: a post held by one person appears once (the
        // first fifteen repeated gave three Chairs of the council), a deputy's as often as there are deputies.
        "Phó Chủ tịch Hội đồng nhân dân tỉnh",
        "Ủy viên Thường trực Hội đồng nhân dân tỉnh",
        "Phó Trưởng Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh",
        "Phó Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh",
        "Phó Trưởng Ban Pháp chế Hội đồng nhân dân tỉnh",
        "Trưởng Ban Dân tộc Hội đồng nhân dân tỉnh",
        "Phó Trưởng Ban Dân tộc Hội đồng nhân dân tỉnh",
        "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh",
        "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Giám đốc Công an tỉnh",
        "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh",
        "Giám đốc Sở Nội vụ",
        "Giám đốc Sở Tư pháp",
        "Giám đốc Sở Công Thương",
        "Giám đốc Sở Xây dựng",
        "Giám đốc Sở Giao thông vận tải",
        "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
        "Giám đốc Sở Khoa học và Công nghệ",
        "Giám đốc Sở Thông tin và Truyền thông",
        "Giám đốc Sở Lao động - Thương binh và Xã hội",
        "Giám đốc Sở Ngoại vụ",
        "Giám đốc Sở Du lịch",
        "Trưởng Ban Dân tộc tỉnh",
        "Chánh án Tòa án nhân dân tỉnh",
        "Viện trưởng Viện kiểm sát nhân dân tỉnh",
        "Phó Trưởng Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh",
        "Phó Trưởng Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh",
        "Phó Trưởng Ban Pháp chế Hội đồng nhân dân tỉnh",
        "Phó Trưởng Ban Dân tộc Hội đồng nhân dân tỉnh"};

    private DemoData() {
    }

    /** The 45 fictional officials, in the order of rank a roster would give. */
    public static List<OfficialDraft> officials() {
        List<OfficialDraft> out = new ArrayList<>();
        for (int i = 0; i < GIVEN.length; i++) {
            String name = FAMILY[(i * 7) % FAMILY.length] + " " + MIDDLE[(i * 5) % MIDDLE.length] + " " + GIVEN[i];
            out.add(new OfficialDraft(name, POSITION[i % POSITION.length]));
        }
        return out;
    }

    /** Writes the demo meeting into an empty store; returns it. */
    public static Meeting create(Store store, Clock clock) {
        MeetingDetails details = new MeetingDetails("Kỳ họp thứ 9 HĐND tỉnh Sông Lam (trình diễn)",
                "Hội đồng nhân dân tỉnh Sông Lam", "Hội trường tầng 3, trụ sở HĐND tỉnh",
                DateText.format(LocalDate.now(clock)), 52, ISSUED,
                List.of(new CommitteeMember("Đinh Thị Mỹ Linh", "Trưởng ban"),
                        new CommitteeMember("Tạ Quang Huy", "Thành viên"),
                        new CommitteeMember("Mai Anh Thư", "Thành viên")));
        Meeting meeting = store.createMeeting(details);
        List<Official> roster = store.addOfficials(meeting.id(), officials());
        Random marks = new Random(2026);

        Round rating = store.openRound(meeting.id(), RoundKind.RATING, roster, ISSUED);
        for (int b = 1; b <= ISSUED; b++) {
            BallotDraft d = BallotDraft.empty(roster.size());
            if (b == 17) {
                d = d.invalidate(); // a form without the committee's seal
            } else {
                for (int i = 0; i < roster.size(); i++) {
                    d = d.mark(i == FLAGGED ? (b <= LOW_BALLOTS + 1 ? Mark.level(3) : Mark.level(2))
                            : rated(marks.nextInt(100)));
                }
            }
            store.recordBallot(rating.id(), d);
        }
        store.closeRound(rating.id(), ISSUED);

        Round vote = store.openRound(meeting.id(), RoundKind.VOTE, List.of(roster.get(FLAGGED)), ISSUED);
        for (int b = 1; b <= VOTE_ENTERED; b++) {
            store.recordBallot(vote.id(), BallotDraft.empty(1).mark(Mark.level(b % 3 == 0 ? 2 : 1)));
        }
        return store.meeting(meeting.id());
    }

    private static Mark rated(int roll) {
        if (roll < 58) {
            return Mark.level(1);
        }
        if (roll < 90) {
            return Mark.level(2);
        }
        if (roll < 98) {
            return Mark.level(3);
        }
        return roll == 98 ? new Mark.Blank() : new Mark.Several();
    }
}
