package vn.tinnhiem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.cli.Golden;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotForm;
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
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.domain.RulePreset;
import vn.tinnhiem.i18n.Messages;

/** The counting minutes of {@link MinutesFixture}'s round, against golden files and by what they must say. */
class MinutesTest {
    private static final Messages VI = Messages.vietnamese();
    private static final Messages EN = Messages.english();

    @TempDir
    Path dir;

    @Test
    void htmlInVietnameseMatchesItsGoldenFile() throws Exception {
        String html = MinutesHtml.render(MinutesFixture.rating(), VI);
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BIÊN BẢN KIỂM PHIẾU",
                        "HỘI ĐỒNG NHÂN DÂN TỈNH KHÁNH HÒA", "LẤY PHIẾU TÍN NHIỆM — VÒNG 2",
                        "14 giờ 05, ngày 25/11/2026", "15 giờ 40, ngày 25/11/2026",
                        "<td class=\"num\">30</td><td class=\"num\">63,83%</td>",
                        "Trưởng Ban Kinh tế &amp; Ngân sách", "Trên một nửa tín nhiệm thấp",
                        "Từ hai phần ba trở lên tín nhiệm thấp", "Phiếu nhập số 13: Đọc nhầm, nhập lại ở phiếu số 14",
                        "Quy định: Nghị quyết 96/2023/QH15; tỷ lệ tính trên tổng số phiếu thu về",
                        "3f9a 07c1 5be2 d4e8 a1c0 9b7f 6e2d 3c4b<br>", "TM. BAN KIỂM PHIẾU", "TRƯỞNG BAN",
                        "@page { size: A4;")
                .doesNotContain("ĐẢNG CỘNG SẢN");
        assertThat(html.indexOf("Phạm Thị Thu Hồng</div></td>")).as("the head signs on the right, last")
                .isGreaterThan(html.indexOf("Đỗ Thị Ngọc Ánh</div>"));
        Golden.assertMatches("minutes-vi.html", html);
    }

    @Test
    void htmlInEnglishMatchesItsGoldenFile() throws Exception {
        String html = MinutesHtml.render(MinutesFixture.rating(), EN);
        assertThat(html).contains("<html lang=\"en\">", "SOCIALIST REPUBLIC OF VIET NAM", "COUNTING MINUTES",
                "63.83%", "Over half low confidence", "FOR THE COUNTING COMMITTEE", "Nguyễn Hữu Thống");
        Golden.assertMatches("minutes-en.html", html);
    }

    @Test
    void htmlNeedsNoNetworkAndNoScript() {
        String html = MinutesHtml.render(MinutesFixture.rating(), VI).toLowerCase();
        assertThat(html).doesNotContain("http:", "https:", "<script", "<link", "@import", "<img", "src=");
        assertThat(html.replace("url(#tn-flagged)", "")).as("fonts from the system only").doesNotContain("url(");
    }

    @Test
    void aPartyBodyHasThePartyHeading() {
        Minutes party = MinutesFixture.rating(RulePreset.QD96_TW, MinutesFixture.FINGERPRINT);
        String html = MinutesHtml.render(party, VI);
        assertThat(html).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Quy định 96-QĐ/TW")
                .doesNotContain("CỘNG HÒA XÃ HỘI", "Độc lập - Tự do");
        assertThat(MinutesText.render(party, VI)).startsWith("ĐẢNG CỘNG SẢN VIỆT NAM\n");
    }

    @Test
    void everythingTypedIsEscaped() {
        Minutes m = MinutesFixture.rating();
        MeetingDetails d = m.meeting().details();
        MeetingDetails hostile = new MeetingDetails("<script>alert('x')</script>", "A & B \"C\"", d.place(),
                d.date(), d.summoned(), d.present(), List.of(new CommitteeMember("<b>Hồ</b>", "Trưởng ban")),
                d.rules());
        Round r = m.result().round();
        List<Official> officials = new ArrayList<>(r.officials());
        officials.set(0, new Official(11, 1, "Nguyễn <i>Thống</i>", "\"><img src=x>"));
        Round round = new Round(r.id(), r.meetingId(), r.number(), r.kind(), officials, r.issued(), r.collected(),
                r.state(), r.form(), r.base());
        Minutes evil = new Minutes(new Meeting(3, hostile), RoundResult.of(round, m.result().tally()), m.voided(),
                m.opened(), m.closed(), m.fingerprint(), m.made());
        String html = MinutesHtml.render(evil, VI);
        assertThat(html).doesNotContain("<script>", "<b>Hồ", "<i>Thống", "<img")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "A &amp; B &quot;C&quot;",
                        "&lt;b&gt;Hồ&lt;/b&gt;", "&quot;&gt;&lt;img src=x&gt;");
    }

    @Test
    void aVoteOfConfidenceHasItsTwoLevelsAndItsFlag() {
        Minutes rating = MinutesFixture.rating();
        Official official = rating.result().round().officials().get(1);
        Round vote = new Round(8, 3, 3, RoundKind.VOTE, List.of(official), 47, 47, RoundState.CLOSED,
                BallotForm.standard(RoundKind.VOTE), 47);
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 1; i <= 47; i++) {
            ballots.add(new Ballot(i, i, BallotStatus.VALID, List.of(Mark.level(i <= 24 ? 2 : 1)), false, null));
        }
        Minutes minutes = new Minutes(rating.meeting(), RoundResult.of(vote, Tally.count(vote.form(), 1, ballots)),
                List.of(), null, null, null, rating.made());
        String html = MinutesHtml.render(minutes, VI);
        assertThat(html).contains("BỎ PHIẾU TÍN NHIỆM — VÒNG 3", "<th colspan=\"2\">Không tín nhiệm</th>",
                "<td class=\"num\">24</td><td class=\"num\">51,06%</td>", "Trên một nửa không tín nhiệm")
                .doesNotContain("Mở vòng lúc", "Tín nhiệm cao", "Phiếu nhập nhầm được huỷ");
        assertThat(MinutesText.render(minutes, VI)).contains("Trên một nửa không tín nhiệm");
    }

    @Test
    void withoutAFingerprintItsSectionIsLeftOut() {
        Minutes none = MinutesFixture.rating(RulePreset.NQ96_2023, null);
        assertThat(MinutesHtml.render(none, VI)).doesNotContain("VI. Mã kiểm chứng").contains("V. Quy định");
        assertThat(MinutesText.render(none, VI)).doesNotContain("Mã kiểm chứng");
        assertThat(MinutesCsv.render(none, VI).lines().skip(1)).allMatch(l -> l.endsWith(","));
    }

    @Test
    void eachBarIsTheSharesOfTheTableEndToEnd() {
        String html = MinutesHtml.render(MinutesFixture.rating(), VI);
        String first = html.lines().filter(l -> l.contains("<td class=\"who\">1. Nguyễn Hữu Thống")).findFirst()
                .orElseThrow();
        assertThat(first).contains("x=\"0%\" y=\"0\" width=\"63.83%\"", "x=\"63.83%\" y=\"0\" width=\"21.28%\"",
                "x=\"85.11%\" y=\"0\" width=\"8.51%\" height=\"100%\" fill=\"url(#tn-flagged)\"",
                "x=\"93.62%\" y=\"0\" width=\"2.13%\"",
                "aria-label=\"Tín nhiệm cao 63,83%, Tín nhiệm 21,28%, Tín nhiệm thấp 8,51%, Dòng không hợp lệ 2,13%\"");
        assertEquals(4, html.lines().filter(l -> l.contains("<svg class=\"bar\"")).count());
    }

    @Test
    void csvOpensInExcelWithVietnameseIntact() throws Exception {
        String csv = MinutesCsv.render(MinutesFixture.rating(), VI);
        assertThat(csv).startsWith("\uFEFFMã hội nghị,Hội nghị,Mã vòng,Vòng,");
        assertThat(csv.split("\r\n", -1)).hasSize(1 + 4 + 1);
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n");
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(1)).startsWith("3,\"Kỳ họp thứ mười hai, HĐND tỉnh Khánh Hòa\",7,2,Lấy phiếu tín nhiệm,48,47,"
                        + "45,2,1,47,tổng số phiếu thu về,1,Nguyễn Hữu Thống,Chủ tịch Hội đồng nhân dân tỉnh,"
                        + "30,\"63,83\",10,\"21,28\",4,\"8,51\",1,\"2,13\",,")
                .endsWith(",3f9a 07c1 5be2 d4e8 a1c0 9b7f 6e2d 3c4b 5a69 7887 96a5 b4c3 d2e1 f001 1223 3445");
        assertThat(rows.get(2)).contains(",\"Phó Chủ tịch, Ủy viên Thường trực\",", ",Trên một nửa tín nhiệm thấp,");
        int columns = fields(rows.get(0)).size();
        assertThat(rows).allMatch(r -> fields(r).size() == columns);
        assertThat(MinutesCsv.render(MinutesFixture.rating(), EN)).contains(",\"Phó Chủ tịch, Ủy viên Thường trực\","
                + "10,21.28,10,21.28,24,51.06,1,2.13,Over half low confidence,");
        Golden.assertMatches("minutes-vi.csv", csv);
    }

    @Test
    void aNameStartingLikeAFormulaIsNeverRunAsOne() {
        assertEquals("'=HYPERLINK(\"x\")", CsvWriter.guard("=HYPERLINK(\"x\")"));
        assertEquals("'-", CsvWriter.guard("-"));
        assertEquals("Nguyễn Hữu Thống", CsvWriter.guard("Nguyễn Hữu Thống"));
    }

    @Test
    void textForTheTerminalMatchesItsGoldenFile() throws Exception {
        String text = MinutesText.render(MinutesFixture.rating(), VI);
        assertThat(text).contains("Lê Văn Ngữ", "Từ hai phần ba trở lên tín nhiệm thấp",
                "TM. BAN KIỂM PHIẾU — TRƯỞNG BAN: Phạm Thị Thu Hồng", "  3f9a 07c1 5be2 d4e8 a1c0 9b7f 6e2d 3c4b\n");
        assertThat(text.lines()).noneMatch(l -> l.endsWith(" "));
        Golden.assertMatches("minutes-vi.txt", text);
    }

    @Test
    void fileNamesSayMeetingRoundAndTimeInAscii() {
        assertEquals("bien-ban-hn3-ky-hop-thu-muoi-hai-hdnd-vong2-20261125-1602",
                MinutesFiles.stem(MinutesFixture.rating(), VI));
        assertEquals("minutes-m3-ky-hop-thu-muoi-hai-hdnd-round2-20261125-1602",
                MinutesFiles.stem(MinutesFixture.rating(), EN));
        assertEquals("dang-bo-tinh-u", MinutesFiles.slug("  Đảng bộ tỉnh / ủ ", 24));
        assertEquals("", MinutesFiles.slug("“…”", 24));
    }

    @Test
    void threeFilesOwnerOnlyNeverOverwritten() throws Exception {
        Path exports = dir.resolve("data").resolve("exports");
        MinutesFiles.Written first = MinutesFiles.write(exports, MinutesFixture.rating(), VI);
        MinutesFiles.Written second = MinutesFiles.write(exports, MinutesFixture.rating(), VI);
        assertThat(first.files()).extracting(p -> p.getFileName().toString()).containsExactly(
                "bien-ban-hn3-ky-hop-thu-muoi-hai-hdnd-vong2-20261125-1602.html",
                "bien-ban-hn3-ky-hop-thu-muoi-hai-hdnd-vong2-20261125-1602.csv",
                "bien-ban-hn3-ky-hop-thu-muoi-hai-hdnd-vong2-20261125-1602.txt");
        assertEquals("bien-ban-hn3-ky-hop-thu-muoi-hai-hdnd-vong2-20261125-1602-2", second.stem());
        assertThat(Files.readAllBytes(first.files().get(1))).startsWith(0xEF, 0xBB, 0xBF);
        assertEquals(MinutesHtml.render(MinutesFixture.rating(), VI),
                Files.readString(first.files().get(0), StandardCharsets.UTF_8));
        if (exports.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            for (Path p : first.files()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), p.toString());
            }
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(exports)));
        }
    }

    @Test
    void theFixtureFingerprintIsAFullSha256() {
        assertEquals(64, MinutesFixture.FINGERPRINT.length());
    }

    /** Splits one CSV line as RFC 4180 reads it. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
