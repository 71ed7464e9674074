package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.ReadingDetail;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.TallySheet;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * The audit log opened from the meeting screen never shows a later reader what an earlier one keyed: a tally sheet
 * keyed twice hides its numbers until a sheet counts, a double-entry serial its marks until it is agreed or
 * resolved. The stored log is untouched (its chain stays intact).
 */
class BlindAuditScreenTest {
    @TempDir
    Path dir;

    /** A sheet whose numbers stand out on the screen: 77 issued, 76 collected, 73 valid, 3 invalid. */
    private static TallySheet marked() {
        List<LineCount> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lines.add(new LineCount(new long[] {41, 21, 10}, 1));
        }
        return new TallySheet(77, 76, 73, 3, lines);
    }

    private static List<AuditEvent> shown(Harness h, AuditKind kind) {
        return ((AuditScreen) h.app.state()).events().stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void theFirstReadersSheetIsHiddenInTheLogUntilTheSecondHasKeyed() {
        Path db = dir.resolve("t.db");
        SheetFixture.create(db);
        long round;
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            var officials = store.rounds(1).get(0).officials();
            round = store.openRound(1, RoundKind.RATING, officials, 77,
                    RoundSettings.NORMAL.withCounting(Counting.TALLY_SHEET_TWICE)).id();
            store.sheets().record(round, marked());
        }
        try (Harness h = new Harness(db, Messages.vietnamese(), 120, 36)) {
            h.enter().type("n");
            h.key(com.googlecode.lanterna.input.KeyType.End);
            List<AuditEvent> sheets = shown(h, AuditKind.SHEET_RECORDED);
            // Round 1's two readers differ (nothing counts yet): hidden too; round 3 keyed once so far.
            assertThat(sheets).hasSize(3).allSatisfy(e -> assertThat(e.detail()).doesNotContain("sheet=")
                    .endsWith("(số liệu ẩn tới khi lần nhập sau xong)"));
            assertThat(sheets.get(2).detail()).startsWith("round=3;pass=1;");
            assertThat(h.text()).contains("round=3;pass=1;(số liệu ẩn tới khi lần nhập sau xong)")
                    .doesNotContain("sheet=").doesNotContain("41").contains("chuỗi băm: nguyên vẹn");
        }
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            store.sheets().record(round, marked());
        }
        try (Harness h = new Harness(db, Messages.english(), 120, 36)) {
            h.enter().type("n");
            List<AuditEvent> sheets = shown(h, AuditKind.SHEET_RECORDED);
            assertThat(sheets.get(0).detail()).endsWith("(numbers hidden until the next keying is done)");
            assertThat(sheets.get(2).detail()).startsWith("round=3;pass=1;sheet=").contains("77");
            assertThat(sheets.get(3).detail()).startsWith("round=3;pass=2;sheet=");
        }
    }

    @Test
    void aSerialsMarksAreHiddenInTheLogUntilItsReadingsAgreeOrAreSettled() {
        Path db = dir.resolve("d.db");
        DoubleEntryFixture.create(db);
        try (Harness h = new Harness(db, Messages.english(), 120, 36)) {
            h.enter().type("n");
            List<AuditEvent> readings = shown(h, AuditKind.READING_RECORDED);
            assertThat(readings).hasSize(10);
            for (AuditEvent e : readings) {
                int serial = ReadingDetail.serial(e.detail());
                if (serial == 3 || serial == 4) { // in conflict, entered once
                    assertThat(e.detail()).doesNotContain("marks").doesNotContain("status")
                            .endsWith("(numbers hidden until the next keying is done)");
                } else {
                    assertThat(e.detail()).contains("status=");
                }
            }
            assertThat(h.text()).doesNotContain("3,3,3,3,3");
        }
    }
}
