package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.SheetCell;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.TallySheet;
import vn.tinnhiem.i18n.Messages;

/** The tally-sheet screen driven by keys on the virtual terminal, against a real file. */
class SheetScreenTest {
    @TempDir
    Path dir;

    /** The keys that type a whole sheet into a blank grid, cell after cell. */
    static String keys(TallySheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (SheetCell c : sheet.cells()) {
            sb.append(sheet.value(c)).append('⏎');
        }
        return sb.toString();
    }

    private Harness open(Path db, int w, int h) {
        return new Harness(db, Messages.vietnamese(), w, h);
    }

    @Test
    void aSheetKeyedWithOneTotalOffIsRefusedAtTheCloseThenFixedAndClosed() {
        Path db = dir.resolve("t.db");
        SheetFixture.create(db);
        TallySheet sound = SheetFixture.sound(12);
        TallySheet off = sound.with(new SheetCell(2, 2), 5);
        try (Harness h = open(db, 120, 36)) {
            ScreensGoldenTest.press(h, "⏎⏎" + keys(off));
            assertThat(h.text()).contains("Tổng kiểm tra của bảng đang nhập: 1 chưa đúng")
                    .contains("• Trần Thị Bích Ngọc (dòng 2): chênh +1, các mức + dòng không hợp lệ = 46, phiếu hợp lệ 45");
            ScreensGoldenTest.press(h, "s⏎");
            assertThat(h.text()).contains("Đã lưu lần nhập 1; lần này được tính. 1 tổng kiểm tra chưa đúng.");
            Round round = h.store.rounds(1).get(1);
            assertThat(h.store.sheets().entries(round.id())).containsExactly(new SheetEntry(1, off));
            ScreensGoldenTest.press(h, "c");
            assertThat(h.text()).contains("Chưa đóng được vòng 2: tổng kiểm tra chưa đúng")
                    .contains("1 tổng kiểm tra chưa đúng, đầu tiên: Trần Thị Bích Ngọc (dòng 2): chênh +1, các mức");
            // Fix the cell: the grid holds the saved sheet, official 2's low count is the 11th cell after the totals.
            ScreensGoldenTest.press(h, "⎋" + "⏎".repeat(4 + 4 + 2) + "4s⏎");
            assertThat(h.text()).contains("Đã lưu lần nhập 2; lần này được tính. Các tổng kiểm tra đều đúng.");
            ScreensGoldenTest.press(h, "c");
            assertThat(h.text()).contains("Đóng vòng 2 với 47 phiếu thu về theo bảng tổng hợp?");
            ScreensGoldenTest.press(h, "⏎");
            Round closed = h.store.round(round.id());
            assertThat(closed.isOpen()).isFalse();
            assertThat(closed.collected()).isEqualTo(47);
            assertThat(h.text()).contains("Nguyễn Văn Thống").contains("30").contains("63,83%");
            assertThat(h.store.auditLog().stream().filter(e -> e.kind() == AuditKind.SHEET_RECORDED
                    && e.roundId() == round.id())).hasSize(2);
        }
    }

    @Test
    void theSecondReaderStartsBlankAndAThirdReadingSettlesTheConflict() {
        Path db = dir.resolve("t.db");
        SheetFixture.create(db);
        try (Harness h = open(db, 80, 24)) {
            ScreensGoldenTest.press(h, "⏎↑⏎");
            assertThat(h.text()).contains("Hai lần nhập khác nhau ở 2 ô").contains("Khác nhau: Thu về; Lê Hoàng Phúc (dòng 3) · Tín")
                    .doesNotContain("47").doesNotContain(" 46");
            ScreensGoldenTest.press(h, "c");
            assertThat(h.text()).contains("Hai lần nhập khác nhau ở 2 ô: đọc lại bảng");
            ScreensGoldenTest.press(h, keys(SheetFixture.sound(12)) + "s⏎");
            assertThat(h.text()).contains("Đã lưu lần đọc lại 3; lần này được tính. Các tổng kiểm tra đều đúng.");
            ScreensGoldenTest.press(h, "s");
            assertThat(h.text()).contains("Bảng tổng hợp đã khớp và các tổng kiểm tra đều đúng: không nhập thêm");
            ScreensGoldenTest.press(h, "c⏎");
            assertThat(h.store.round(h.store.rounds(1).get(0).id()).collected()).isEqualTo(47);
        }
    }

    @Test
    void twiceTheGridIsBlankAgainForTheSecondReader() {
        Path db = dir.resolve("t.db");
        SheetFixture.create(db);
        try (Harness h = open(db, 120, 36)) {
            Round r = h.store.openRound(1, vn.tinnhiem.domain.RoundKind.RATING, h.store.roster(1), 48,
                    vn.tinnhiem.domain.RoundSettings.NORMAL.withCounting(vn.tinnhiem.domain.Counting.TALLY_SHEET_TWICE));
            ScreensGoldenTest.press(h, "⏎⏎");
            assertThat(h.text()).contains("Vòng " + r.number() + " · ");
            ScreensGoldenTest.press(h, keys(SheetFixture.sound(12)) + "s");
            assertThat(h.text()).contains("Sau khi lưu, bảng trống lại cho người đọc thứ hai.");
            ScreensGoldenTest.press(h, "⏎");
            assertThat(h.text()).contains("Đã lưu lần nhập 1. Người đọc thứ hai nhập lại bảng từ đầu")
                    .doesNotContain("47").doesNotContain("  30 ");
            ScreensGoldenTest.press(h, "c");
            assertThat(h.text()).contains("Chưa có lần nhập thứ hai");
            ScreensGoldenTest.press(h, keys(SheetFixture.sound(12)) + "s⏎");
            String agreed = h.text();
            assertThat(agreed).contains("Hai lần nhập khớp nhau: bảng được tính. Các tổng kiểm tra đều đúng.")
                    .contains("Tổng kiểm tra của bảng đang nhập: đều đúng").doesNotContain("chưa đúng")
                    .containsPattern("Thu về +47");
            assertThat(agreed.lines().filter(l -> l.contains("Nguyễn Văn Thống")).findFirst().orElseThrow())
                    .contains("  30 ").contains("  10 ");
            ScreensGoldenTest.press(h, "9");
            assertThat(h.text()).contains("Bảng tổng hợp đã khớp và các tổng kiểm tra đều đúng: không nhập thêm")
                    .containsPattern("Thu về +47");
        }
    }

    @Test
    void fiftyOfficialsScrollAt80x24() {
        Path db = dir.resolve("t.db");
        SheetFixture.create(db);
        try (Harness h = open(db, 80, 24)) {
            ScreensGoldenTest.press(h, "↓⏎⏎");
            assertThat(h.text()).contains("Ủy viên số 1 ").doesNotContain("Ủy viên số 50");
            ScreensGoldenTest.press(h, "⏎⏎⏎⏎" + "↓".repeat(60) + "7");
            String screen = h.text();
            assertThat(screen).contains("Ủy viên số 50").contains("38–50/50").doesNotContain("Ủy viên số 1 ");
            assertThat(screen.lines().filter(l -> l.contains("Ủy viên số 50")).findFirst().orElseThrow())
                    .contains(" 7 ");
        }
    }

    @Test
    void leavingWithNumbersNotSavedAsksFirst() {
        Path db = dir.resolve("t.db");
        SheetFixture.create(db);
        try (Harness h = open(db, 80, 24)) {
            ScreensGoldenTest.press(h, "⏎⏎12q");
            assertThat(h.text()).contains("Bỏ các số đang nhập (lần 1)?");
            ScreensGoldenTest.press(h, "⎋");
            assertThat(h.text()).contains("Phát ra        12");
            ScreensGoldenTest.press(h, "q⏎");
            assertThat(h.text()).contains("Các vòng bỏ phiếu");
            assertThat(h.store.sheets().entries(h.store.rounds(1).get(1).id())).isEmpty();
        }
    }

}
