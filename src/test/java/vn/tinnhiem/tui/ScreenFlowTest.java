package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole core flow, driven by keystrokes on the virtual terminal, asserting on the screen's text. */
class ScreenFlowTest {
    @TempDir
    Path dir;

    private Harness createMeeting(Harness h, String summoned, String present) {
        h.type("m").type("Kỳ họp thứ 12 HĐND tỉnh").enter().type("HĐND tỉnh Quảng Trị").enter()
                .type("Hội trường tỉnh").enter().enter().type(summoned).enter().type(present).enter()
                .type("Phạm Thị Thu Hồng");
        return h.key(KeyType.F2);
    }

    private Path roster(String content) throws Exception {
        Path csv = dir.resolve("danh-sach.csv");
        Files.writeString(csv, content);
        return csv;
    }

    private void importRoster(Harness h, Path csv) {
        h.type("n");
        for (int i = 0; i < 40; i++) {
            h.key(KeyType.Backspace);
        }
        h.type(csv.toString()).enter();
    }

    @Test
    void startScreenInvitesToCreateTheFirstMeeting() {
        try (Harness h = Harness.vietnamese(dir.resolve("t.db"))) {
            assertThat(h.text()).contains("Tệp dữ liệu này chưa có hội nghị nào").contains("m Hội nghị mới");
        }
    }

    @Test
    void meetingFormWarnsBelowTwoThirdsAndSavesVietnameseText() {
        try (Harness h = Harness.vietnamese(dir.resolve("t.db"))) {
            h.type("m").type("Hội nghị").enter().enter().enter().enter().type("60").enter().type("39");
            assertThat(h.text()).contains("dưới 2/3 số được triệu tập (cần ít nhất 40)");
            h.key(KeyType.Backspace).key(KeyType.Backspace).type("40");
            assertThat(h.text()).doesNotContain("dưới 2/3");
            h.key(KeyType.F2);
            assertThat(h.text()).contains("Đã lưu hội nghị “Hội nghị”").contains("có mặt 40 / triệu tập 60");
        }
    }

    @Test
    void meetingFormRefusesBadNumbersWithAMessage() {
        try (Harness h = Harness.vietnamese(dir.resolve("t.db"))) {
            h.type("m").type("Hội nghị").enter().enter().enter().enter().key(KeyType.F2);
            assertThat(h.text()).contains("Số được triệu tập: Hãy nhập một số.");
            h.type("10").enter().type("11").key(KeyType.F2);
            assertThat(h.text()).contains("Số có mặt (11) lớn hơn số được triệu tập (10)");
        }
    }

    @Test
    void aNameHalfTypedIsNotDroppedByOneEsc() {
        try (Harness h = Harness.vietnamese(dir.resolve("t.db"))) {
            createMeeting(h, "50", "48").type("d");
            h.type("t").type("Nguyễn Văn");
            h.esc();
            assertThat(h.text()).contains("Những gì đã gõ chưa được lưu: bấm Esc lần nữa để bỏ.");
            assertThat(((RosterScreen) h.app.state()).prompt()).isNotNull();
            h.type(" Ân").esc().esc();
            assertThat(((RosterScreen) h.app.state()).prompt()).as("a key typed between: asked again, then dropped")
                    .isNull();
            h.type("t").esc();
            assertThat(((RosterScreen) h.app.state()).prompt()).as("nothing typed: one Esc closes").isNull();
        }
    }

    @Test
    void rosterIsTypedEditedMovedAndRemoved() {
        try (Harness h = Harness.vietnamese(dir.resolve("t.db"))) {
            createMeeting(h, "50", "48").type("d");
            h.type("t").type("Nguyễn Văn Ân").enter().type("Chủ tịch HĐND tỉnh").enter();
            h.type("t").type("Trần Thị Ngữ").enter().type("Phó Chủ tịch HĐND tỉnh").enter();
            assertThat(h.text()).contains("Đã thêm Trần Thị Ngữ.");
            h.type("l");
            assertThat(h.text()).containsPattern("1 +Trần Thị Ngữ").containsPattern("2 +Nguyễn Văn Ân");
            h.enter();
            for (int i = 0; i < 20; i++) {
                h.key(KeyType.Backspace);
            }
            h.type("Trần Thị Ngữ Yến").enter().enter();
            assertThat(h.text()).contains("Đã sửa Trần Thị Ngữ Yến.");
            h.type("x").enter();
            assertThat(h.text()).doesNotContain("Trần Thị Ngữ Yến").containsPattern("1 +Nguyễn Văn Ân");
        }
    }

    @Test
    void importWithErrorsImportsNothingAndListsEveryBadLine() throws Exception {
        Path csv = roster("STT,Họ và tên,Chức vụ\n1,Nguyễn Văn An,Bí thư\n2,,Phó Bí thư\n3,Lê Văn Cường\n"
                + "4,Nguyễn Văn An,Ủy viên\n");
        try (Harness h = Harness.vietnamese(dir.resolve("t.db"))) {
            createMeeting(h, "50", "48").type("d");
            importRoster(h, csv);
            String screen = h.text();
            assertThat(screen).contains("Tệp có 3 dòng lỗi: chưa nhập ai")
                    .contains("Dòng 3: Họ và tên: Không được để trống.")
                    .contains("Dòng 4: Cần 3 cột, dòng này có 2.")
                    .contains("Dòng 5: “Nguyễn Văn An” đã có ở dòng 2.");
            h.esc();
            assertThat(h.text()).contains("Danh sách trống");
        }
    }

    @Test
    void openingARoundSaysEachSettingChangedAndAsksAgainForMoreBallotsThanMembersPresent() throws Exception {
        Path csv = roster("\uFEFFSTT;Họ và tên;Chức vụ\n1;Nguyễn Văn Hưởng;Chủ tịch UBND tỉnh\n");
        try (Harness h = Harness.vietnamese(dir.resolve("t.db"))) {
            createMeeting(h, "50", "48").type("d");
            importRoster(h, csv);
            h.type("q").type("v").key(KeyType.ArrowDown);
            // A count typed over the one put in replaces it; a letter typed there is a key of the screen, said.
            h.type("6");
            assertThat(((OpenRoundScreen) h.app.state()).issued().text()).isEqualTo("6");
            h.type("0d");
            OpenRoundScreen s = (OpenRoundScreen) h.app.state();
            assertThat(s.issued().text()).isEqualTo("60");
            assertThat(s.settings().rehearsal()).isTrue();
            assertThat(h.text()).contains("Đã chọn: vòng diễn tập");
            h.type("d");
            assertThat(h.text()).contains("Đã bỏ chọn vòng diễn tập: vòng này là vòng thật.");
            h.type("a");
            assertThat(h.text()).contains("Đã chọn: ẩn kết quả với phòng họp");
            h.type("a").type("k");
            assertThat(h.text()).contains("Cách kiểm của vòng: Nhập hai lần theo số phiếu.");
            h.type("k").type("k").type("k");
            assertThat(((OpenRoundScreen) h.app.state()).settings()).isEqualTo(vn.tinnhiem.domain.RoundSettings.NORMAL);
            // 60 issued, 48 present: asked once, opened at the second Enter on the same count.
            h.enter();
            assertThat(h.text().replaceAll("\\s+", " "))
                    .contains("Số phiếu phát ra (60) nhiều hơn số đại biểu có mặt (48).");
            assertThat(h.app.state()).isInstanceOf(OpenRoundScreen.class);
            h.key(KeyType.Backspace).type("8").enter();
            assertThat(h.text().replaceAll("\\s+", " ")).as("68 is another count: asked again")
                    .contains("Số phiếu phát ra (68) nhiều hơn");
            h.enter();
            assertThat(h.text()).contains("Đã mở vòng 1").contains("Phát ra 68 · Đã nhập 0");
        }
    }

    @Test
    void wholeFlowFromMeetingToResultsWithTheHandComputedCase() throws Exception {
        Path csv = roster("\uFEFFSTT;Họ và tên;Chức vụ\n1;Nguyễn Văn Hưởng;Chủ tịch UBND tỉnh\n"
                + "2;Lê Thị Mỹ Dung;Phó Chủ tịch UBND tỉnh\n");
        Path db = dir.resolve("t.db");
        try (Harness h = Harness.vietnamese(db)) {
            createMeeting(h, "62", "60").type("d");
            importRoster(h, csv);
            assertThat(h.text()).contains("Đã nhập 2 người").contains("Lê Thị Mỹ Dung");
            h.type("q").type("v");
            assertThat(h.text()).contains("Lấy phiếu tín nhiệm (3 mức)").contains("Trên phiếu: 2/2 người");
            h.enter();
            assertThat(h.text()).contains("Đã mở vòng 1").contains("Phát ra 60 · Đã nhập 0");
            // 60 ballots: the first official gets 22 high, 6 confidence, 31 low and one blank line.
            for (int i = 0; i < 22; i++) {
                h.type("11").enter();
            }
            for (int i = 0; i < 6; i++) {
                h.type("21").enter();
            }
            for (int i = 0; i < 31; i++) {
                h.type("32").enter();
            }
            h.type("0");
            assertThat(h.text()).contains("Phiếu số 60: 0_");
            h.type("9").enter();
            assertThat(h.text()).contains("Đã ghi phiếu số 60. Đã nhập 60/60 phiếu.");
            h.type("11").enter();
            assertThat(h.text()).contains("Đã nhập đủ 60 phiếu phát ra");
            h.esc();
            assertThat(h.text()).contains("Phiếu số 61 đang gõ dở, chưa ghi").contains("Đã gõ: 11");
            h.enter();
            h.type("c").type("61").enter();
            assertThat(h.text()).contains("Số phiếu thu về (61) lớn hơn số phiếu phát ra (60)")
                    .contains("Số phiếu thu về  61"); // the prompt stays open, with the number in it
            h.key(KeyType.Backspace).type("0").enter();
            assertThat(h.text()).contains("Kết thúc vòng 1 với 60 phiếu thu về (phát ra 60, đã nhập 60)?");
            h.enter();
            String results = h.text();
            assertThat(results).contains("Đã kết thúc vòng 1").contains("ĐÃ KẾT THÚC")
                    .contains("Phát ra 60 · Thu về 60 · Hợp lệ 60 · Không hợp lệ 0")
                    .containsPattern("Nguyễn Văn Hưởng .* 22 +36,67% +6 +10,00% +31 +51,67% +1 +1,67% +> 1/2 TN thấp")
                    .containsPattern("Lê Thị Mỹ Dung .* 28 +46,67% +31 +51,67% +0 +0,00% +1 +1,67%\n")
                    .contains("trên một nửa tổng số phiếu thu về đánh giá “tín nhiệm thấp”: có thể xin từ chức");
        }
    }

    @Test
    void invalidBallotsBackspaceEscapeAndVoidUpdateTheLiveTally() throws Exception {
        Path csv = roster("Họ và tên,Chức vụ\nNguyễn Văn Hưởng,Chủ tịch\nLê Thị Mỹ Dung,Phó Chủ tịch\n");
        try (Harness h = Harness.vietnamese(dir.resolve("t.db"))) {
            createMeeting(h, "10", "10").type("d");
            importRoster(h, csv);
            h.type("q").type("v").key(KeyType.ArrowRight).enter();
            assertThat(h.text()).contains("Bỏ phiếu tín nhiệm").contains("1 = Tín nhiệm · 2 = Không tín nhiệm");
            h.type("3");
            assertThat(h.text()).contains("Phím 3 không dùng: phiếu này có mức 1–2");
            h.type("1").key(KeyType.Backspace).type("2");
            assertThat(h.text()).contains("Phiếu số 1: 2_");
            h.esc();
            assertThat(h.text()).contains("Phiếu số 1 đang gõ dở, chưa ghi").contains("Đã gõ: 2");
            h.enter();
            assertThat(h.text()).contains("Đã bỏ phiếu đang nhập (chưa ghi)").contains("Phiếu số 1: __");
            h.type("12").enter().type("k");
            assertThat(h.text()).contains("CẢ PHIẾU KHÔNG HỢP LỆ");
            h.enter();
            assertThat(h.text()).contains("Đã ghi phiếu số 2 (không hợp lệ)")
                    .contains("Đã nhập 2 (hợp lệ 1, không hợp lệ 1)");
            h.type("22").enter();
            h.type("h");
            assertThat(h.text()).contains("Huỷ một phiếu đã ghi");
            h.key(KeyType.Tab).type("đọc nhầm").enter();
            assertThat(h.text()).contains("Huỷ phiếu số 3?").contains("Các dòng theo thứ tự trên phiếu: 22")
                    .contains("Lý do: đọc nhầm").contains("Đã huỷ 0");
            h.enter();
            assertThat(h.text()).contains("Đã huỷ phiếu số 3 (đọc nhầm)").contains("Đã huỷ 1")
                    .containsPattern("Lê Thị Mỹ Dung +Phó Chủ tịch +0 +0,00% +1 +50,00% +0 +0,00%");
            h.type("c").type("3").enter();
            assertThat(h.text()).contains("Mới nhập 2 phiếu, thu về 3: còn thiếu 1 phiếu.");
        }
    }

    @Test
    void quittingAndStartingAgainFindsTheOpenRoundAndItsBallots() throws Exception {
        Path csv = roster("Họ và tên,Chức vụ\nNguyễn Văn Hưởng,Chủ tịch\n");
        Path db = dir.resolve("t.db");
        try (Harness h = Harness.vietnamese(db)) {
            createMeeting(h, "10", "9").type("d");
            importRoster(h, csv);
            h.type("q").type("v").enter().type("1").enter().type("3").enter().type("2");
            h.key(new com.googlecode.lanterna.input.KeyStroke('c', true, false));
            assertThat(h.app.quitting()).isTrue();
        }
        try (Harness h = Harness.vietnamese(db)) {
            assertThat(h.text()).contains("Kỳ họp thứ 12 HĐND tỉnh").contains("1 (1 đang mở)");
            h.enter();
            assertThat(h.text()).contains("phát ra 9, đã nhập 2").contains("ĐANG MỞ");
            h.enter();
            assertThat(h.text()).contains("Đã nhập 2 (hợp lệ 2, không hợp lệ 0)").contains("Phiếu số 3: _");
        }
    }

    @Test
    void englishWithLangEn() {
        try (Harness h = new Harness(dir.resolve("t.db"), vn.tinnhiem.i18n.Messages.english(), 120, 36)) {
            assertThat(h.text()).contains("This data file has no meeting yet").contains("m New meeting");
        }
    }

    @Test
    void tinyTerminalSaysSoAndRecovers() {
        try (Harness h = new Harness(dir.resolve("t.db"), vn.tinnhiem.i18n.Messages.vietnamese(), 20, 5)) {
            assertThat(h.text()).contains("Cửa sổ quá nhỏ");
        }
    }
}
