package vn.tinnhiem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * A meeting prepared with {@code tinnhiem new}, ballots recorded through the store, then reported. The first
 * official's line is the hand-computed case of the issue: 60 ballots collected, 22 / 6 / 31 and one blank line,
 * so 36,67% / 10,00% / 51,67% and more than half "tín nhiệm thấp".
 */
class ReportCommandTest {
    @TempDir
    Path dir;

    Path db;
    long ratingId;
    long voteId;

    @BeforeEach
    void prepare() throws IOException {
        Path csv = dir.resolve("danh-sach.csv");
        Files.writeString(csv, String.join("\r\n",
                "\uFEFFSTT,Họ và tên,Chức vụ",
                "1,Nguyễn Văn An,Chủ tịch Hội đồng nhân dân tỉnh",
                "2,Trần Thị Bích Ngọc,\"Phó Chủ tịch, Ủy viên Thường trực\"",
                "3,Đặng Hữu Lực,Trưởng Ban Pháp chế",
                ""), StandardCharsets.UTF_8);
        db = dir.resolve("hop.db");
        CliRun created = CliRun.run(dir, "new", "--db", db.toString(), "--title", "Kỳ họp thứ mười hai",
                "--body", "Hội đồng nhân dân tỉnh", "--place", "Hội trường tỉnh", "--date", "05/12/2025",
                "--summoned", "64", "--present", "62", "--roster", csv.toString());
        assertEquals(0, created.code(), created::toString);
        Clock clock = Clock.fixed(Instant.parse("2025-12-05T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        try (JdbiStore store = Database.open(db, clock)) {
            List<Official> roster = store.roster(1);
            Round rating = store.openRound(1, RoundKind.RATING, roster, 62);
            ratingId = rating.id();
            for (int i = 0; i < 60; i++) {
                Mark first = i < 22 ? Mark.level(1) : i < 28 ? Mark.level(2) : i < 59 ? Mark.level(3) : Mark.BLANK;
                Mark second = i < 40 ? Mark.level(1) : i < 55 ? Mark.level(2) : i < 58 ? Mark.level(3)
                        : Mark.SEVERAL;
                Mark third = i < 10 ? Mark.level(1) : i < 20 ? Mark.level(2) : Mark.level(3);
                store.recordBallot(ratingId, ballot(first, second, third));
            }
            store.recordBallot(ratingId, ballot(Mark.level(1), Mark.level(1), Mark.level(1)));
            store.voidBallot(ratingId, 61, "Nhập nhầm");
            store.closeRound(ratingId, 60);

            Round vote = store.openRound(1, RoundKind.VOTE, List.of(roster.get(0), roster.get(2)), 60);
            voteId = vote.id();
            for (int i = 0; i < 5; i++) {
                store.recordBallot(voteId, ballot(i < 4 ? Mark.level(2) : Mark.level(1), Mark.level(1)));
            }
            store.recordBallot(voteId, BallotDraft.empty(2).invalidate());
        }
    }

    private static BallotDraft ballot(Mark... marks) {
        BallotDraft d = BallotDraft.empty(marks.length);
        for (Mark m : marks) {
            d = d.mark(m);
        }
        return d;
    }

    @Test
    void textInVietnameseShowsSharesOfBallotsCollectedWithADecimalComma() throws IOException {
        CliRun r = CliRun.run(dir, "report", "--db", db.toString(), "--format", "text");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err());
        String an = r.out().lines().filter(l -> l.contains("Nguyễn Văn An")).findFirst().orElseThrow();
        assertTrue(an.matches(".*22  36,67%\\s+6  10,00%\\s+31  51,67%\\s+1\\s+1,67%\\s+Trên một nửa tín nhiệm thấp"),
                an);
        assertTrue(r.out().contains("Phiếu phát ra: 62 · Thu về: 60 · Hợp lệ: 60 · Không hợp lệ: 0 · Đã huỷ: 1"),
                r::toString);
        assertTrue(r.out().contains("Tỷ lệ tính trên 60 (tổng số phiếu thu về)."), r::toString);
        assertTrue(r.out().contains("Từ hai phần ba trở lên tín nhiệm thấp"), r::toString);
        assertTrue(r.out().contains("Vòng đang mở: tỷ lệ tạm tính trên 6 phiếu đã nhập"), r::toString);
        // the open vote round's shares are provisional: no flag on them
        assertFalse(r.out().contains("Trên một nửa không tín nhiệm"), r::toString);
        Golden.assertMatches("report-vi.txt", r.out());
    }

    @Test
    void textInEnglishUsesADecimalPoint() throws IOException {
        CliRun r = CliRun.run(dir, "--lang", "en", "report", "--db", db.toString(), "--format", "text");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("36.67%"), r::toString);
        assertTrue(r.out().contains("Over half low confidence"), r::toString);
        assertTrue(r.out().contains("Round still open: percentages are of the 6 ballots entered so far"),
                r::toString);
        Golden.assertMatches("report-en.txt", r.out());
    }

    @Test
    void textIsTheDefaultFormat() {
        CliRun text = CliRun.run(dir, "report", "--db", db.toString(), "--format", "text");
        CliRun plain = CliRun.run(dir, "report", "--db", db.toString());
        assertEquals(text.out(), plain.out());
    }

    @Test
    void csvHasOneRowPerOfficialAndRoundWithDotDecimals() throws IOException {
        CliRun r = CliRun.run(dir, "report", "--db", db.toString(), "--format", "csv");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(1 + 3 + 2, lines.size(), r::toString);
        assertTrue(lines.get(0).startsWith("meeting_id,meeting_title,round_id,"), lines.get(0));
        assertFalse(r.out().startsWith("\uFEFF"));
        assertEquals("1,Kỳ họp thứ mười hai,1,1,rating,closed,62,60,60,60,0,1,60,1,1,Nguyễn Văn An,"
                + "Chủ tịch Hội đồng nhân dân tỉnh,22,36.67,6,10.00,31,51.67,,,1,1.67,low_over_half,nq96_2023,"
                + "ballots_collected,high_confidence,22,36.67,confidence,6,10.00,low_confidence,31,51.67,,,,,,",
                lines.get(1));
        assertEquals("1,Kỳ họp thứ mười hai,1,1,rating,closed,62,60,60,60,0,1,60,2,2,Trần Thị Bích Ngọc,"
                + "\"Phó Chủ tịch, Ủy viên Thường trực\",40,66.67,15,25.00,3,5.00,,,2,3.33,,nq96_2023,"
                + "ballots_collected,high_confidence,40,66.67,confidence,15,25.00,low_confidence,3,5.00,,,,,,",
                lines.get(2));
        assertTrue(lines.get(3).contains(",10,16.67,10,16.67,40,66.67,,,0,0.00,low_two_thirds,"), lines.get(3));
        assertEquals("1,Kỳ họp thứ mười hai,2,2,vote,open,60,,6,5,1,0,6,1,1,Nguyễn Văn An,"
                + "Chủ tịch Hội đồng nhân dân tỉnh,,,1,16.67,,,4,66.67,0,0.00,,nq96_2023,"
                + "ballots_collected,confidence,1,16.67,no_confidence,4,66.67,,,,,,,,,", lines.get(4));
        Golden.assertMatches("report.csv", r.out());
    }

    @Test
    void oneRoundById() {
        CliRun r = CliRun.run(dir, "report", "--db", db.toString(), "--round", String.valueOf(voteId),
                "--format", "csv");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r::toString);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",vote,open,")), r::toString);
    }

    @Test
    void optionsMayStandBeforeTheCommand() {
        CliRun r = CliRun.run(dir, "--db", db.toString(), "--lang", "en", "report", "--round",
                String.valueOf(ratingId));
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Round 1 (id 1): Confidence rating · closed"), r::toString);
        assertFalse(r.out().contains("Vote of confidence"), r::toString);
    }

    @Test
    void anUnknownRoundIsAUsageError() {
        CliRun r = CliRun.run(dir, "report", "--db", db.toString(), "--round", "99");
        assertEquals(2, r.code(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().contains("Không có vòng bỏ phiếu mã 99 trong tệp"), r::toString);
    }

    @Test
    void aRoundIdMustBeAWholeNumber() {
        CliRun neg = CliRun.run(dir, "report", "--db", db.toString(), "--round", "-1");
        assertEquals(2, neg.code(), neg::toString);
        assertTrue(neg.err().contains("--round: Không được là số âm."), neg::toString);
        CliRun text = CliRun.run(dir, "--lang", "en", "report", "--db", db.toString(), "--round", "một");
        assertEquals(2, text.code(), text::toString);
        assertTrue(text.err().contains("--round: \"một\" is not a number"), text::toString);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun r = CliRun.run(dir, "report", "--db", db.toString(), "--format", "xml");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--format chỉ nhận csv hoặc text, không nhận “xml”."), r::toString);
    }

    @Test
    void aMissingFileIsRefusedAndNotCreated() {
        Path missing = dir.resolve("khong-co").resolve("hop.db");
        CliRun r = CliRun.run(dir, "report", "--db", missing.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("Không có tệp " + missing), r::toString);
        assertFalse(Files.exists(missing));
        assertFalse(Files.exists(missing.getParent()), "not even its folder");
    }

    @Test
    void aFileWithNoMeetingSaysSo() {
        Path empty = dir.resolve("trong.db");
        Database.open(empty, Clock.systemDefaultZone()).close();
        CliRun text = CliRun.run(dir, "report", "--db", empty.toString());
        assertEquals(0, text.code(), text::toString);
        assertEquals("Tệp chưa có hội nghị nào.\n", text.out());
        CliRun csv = CliRun.run(dir, "report", "--db", empty.toString(), "--format", "csv");
        assertEquals(1, csv.out().lines().count(), "the header only");
    }
}
