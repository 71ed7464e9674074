package vn.tinnhiem.report;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.RoundState;
import vn.tinnhiem.domain.RulePreset;
import vn.tinnhiem.domain.Rules;
import vn.tinnhiem.domain.Tally;

/**
 * A closed rating round of a provincial People's Council, fixed to the minute: 48 ballots issued, 47 collected
 * (45 valid, 2 invalid), ballot 13 voided at entry. Per official, of the 47 collected:
 * <ol>
 * <li>Nguyễn Hữu Thống: 30 / 10 / 4 and one blank line: 63,83% / 21,28% / 8,51% / 2,13%;</li>
 * <li>Trần Thị Hồng Nhung: 10 / 10 / 24 and one line with two marks: 24 of 47 low is over one half (48 &gt; 47);</li>
 * <li>Lê Văn Ngữ: 5 / 8 / 32: 32 of 47 low is two thirds or more (96 ≥ 94);</li>
 * <li>Đoàn Thị Bích Ngọc: 40 / 5 / 0.</li>
 * </ol>
 */
final class MinutesFixture {
    static final String FINGERPRINT = "3f9a07c15be2d4e8a1c09b7f6e2d3c4b5a69788796a5b4c3d2e1f00112233445";
    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private MinutesFixture() {
    }

    static Minutes rating(RulePreset preset, String fingerprint) {
        MeetingDetails details = new MeetingDetails("Kỳ họp thứ mười hai, HĐND tỉnh Khánh Hòa",
                "Hội đồng nhân dân tỉnh Khánh Hòa", "Hội trường Trung tâm Hội nghị tỉnh", "25/11/2026", 50, 48,
                List.of(new CommitteeMember("Lê Văn Dũng", "Thành viên"),
                        new CommitteeMember("Phạm Thị Thu Hồng", "Trưởng ban"),
                        new CommitteeMember("Đỗ Thị Ngọc Ánh", "Thành viên")),
                Rules.preset(preset, false));
        Meeting meeting = new Meeting(3, details);
        List<Official> officials = List.of(
                new Official(11, 1, "Nguyễn Hữu Thống", "Chủ tịch Hội đồng nhân dân tỉnh"),
                new Official(12, 2, "Trần Thị Hồng Nhung", "Phó Chủ tịch, Ủy viên Thường trực"),
                new Official(13, 3, "Lê Văn Ngữ", "Trưởng Ban Kinh tế & Ngân sách"),
                new Official(14, 4, "Đoàn Thị Bích Ngọc", "Chánh Văn phòng"));
        Round round = new Round(7, 3, 2, RoundKind.RATING, officials, 48, 47, RoundState.CLOSED,
                details.rules().formFor(RoundKind.RATING), 47);
        List<Ballot> ballots = new ArrayList<>();
        int valid = 0;
        for (int number = 1; number <= 48; number++) {
            if (number == 13) {
                ballots.add(new Ballot(number, number, BallotStatus.VALID, marks(0), true,
                        "Đọc nhầm, nhập lại ở phiếu số 14"));
            } else if (valid < 45) {
                ballots.add(new Ballot(number, number, BallotStatus.VALID, marks(valid++), false, null));
            } else {
                ballots.add(new Ballot(number, number, BallotStatus.INVALID, List.of(), false, null));
            }
        }
        Tally tally = Tally.count(round.form(), officials.size(), ballots);
        return new Minutes(meeting, RoundResult.of(round, tally), ballots.stream().filter(Ballot::voided).toList(),
                OffsetDateTime.parse("2026-11-25T14:05:12+07:00"), OffsetDateTime.parse("2026-11-25T15:40+07:00"),
                fingerprint, ZonedDateTime.of(2026, 11, 25, 16, 2, 30, 0, HANOI));
    }

    static Minutes rating() {
        return rating(RulePreset.NQ96_2023, FINGERPRINT);
    }

    private static List<Mark> marks(int i) {
        Mark first = i < 30 ? Mark.level(1) : i < 40 ? Mark.level(2) : i < 44 ? Mark.level(3) : Mark.BLANK;
        Mark second = i < 10 ? Mark.level(1) : i < 20 ? Mark.level(2) : i < 44 ? Mark.level(3) : Mark.SEVERAL;
        Mark third = i < 5 ? Mark.level(1) : i < 13 ? Mark.level(2) : Mark.level(3);
        Mark fourth = i < 40 ? Mark.level(1) : Mark.level(2);
        return List.of(first, second, third, fourth);
    }
}
