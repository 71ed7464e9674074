package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.SheetCell;
import vn.tinnhiem.domain.TallySheet;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * A round counted from its tally sheet, keyed twice and closed, then attacked with plain SQL after dropping the
 * triggers that refuse it: {@code verify} must exit 1 and name the sheet; untouched, it exits 0. {@code report}
 * prints the sheet's numbers.
 */
class SheetTamperTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final TallySheet SHEET = new TallySheet(9, 8, 7, 1, List.of(
            new LineCount(new long[] {4, 2, 1}, 0), new LineCount(new long[] {1, 1, 5}, 0)));

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void prepare() {
        db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp thứ 12", "HĐND tỉnh", "Hội trường A",
                    "25/11/2026", 10, 9, List.of(new CommitteeMember("Phạm Thị Hồng", "Trưởng ban")))).id();
            var roster = store.addOfficials(meeting, List.of(new OfficialDraft("Nguyễn Văn An", "Chủ tịch"),
                    new OfficialDraft("Trần Thị Bình", "Phó Chủ tịch")));
            Round r = store.openRound(meeting, RoundKind.RATING, roster, 9,
                    RoundSettings.NORMAL.withCounting(Counting.TALLY_SHEET_TWICE));
            store.sheets().record(r.id(), SHEET.with(new SheetCell(1, 0), 5));
            store.sheets().record(r.id(), SHEET);
            store.sheets().record(r.id(), SHEET);
            store.closeRound(r.id(), 8);
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private CliRun verify() {
        return CliRun.run(dir, "verify", "--db", db.toString(), "--lang", "en");
    }

    @Test
    void theUntouchedFileVerifiesAndReportPrintsTheSheetsNumbers() {
        CliRun run = verify();
        assertEquals(0, run.code(), run.out() + run.err());
        assertThat(run.out()).contains("Round 1 (id 1) · Confidence rating · CLOSED · from the tally sheet (valid 7, "
                + "invalid 1; collected 8): OK").contains("Audit log against the file's data: OK");
        CliRun report = CliRun.run(dir, "report", "--db", db.toString(), "--lang", "en");
        assertEquals(0, report.code(), report.err());
        assertThat(report.out()).contains("Nguyễn Văn An").contains("Trần Thị Bình").contains("62.50")
                .contains("Counted: Tally sheets entered twice\nBallots issued: 9 · collected: 8 · valid: 7 · invalid: 1\n")
                .doesNotContain("voided");
    }

    @Test
    void aSheetNumberAlteredAfterTheCloseMakesVerifyFail() throws Exception {
        sql("DROP TRIGGER sheet_line_closed_no_update",
                "UPDATE sheet_line SET count = 5 WHERE line = 1 AND level = 1 AND entry_id = "
                        + "(SELECT id FROM sheet_entry WHERE pass = 3)",
                "UPDATE sheet_line SET count = 0 WHERE line = 1 AND level = 2 AND entry_id = "
                        + "(SELECT id FROM sheet_entry WHERE pass = 3)");
        CliRun run = verify();
        assertEquals(1, run.code(), run.out());
        assertThat(run.out()).contains("Sheet keying 3 differs from the log at Nguyễn Văn An (line 1) · High: log 4 → "
                + "file 5").contains("Sheet keying 3 differs from the log at Nguyễn Văn An (line 1) · Confidence: log 2"
                + " → file 0").doesNotContain("|").contains("fingerprint")
                .contains("The sheet that counts no longer holds a control total: Nguyễn Văn An (line 1): off by -1, "
                        + "levels + invalid lines = 6, valid ballots 7")
                .contains("Audit log against the file's data: DIFFERS (2 in the rounds above)")
                .doesNotContain("Audit log against the file's data: OK");
    }

    @Test
    void aSheetEntryDeletedAfterTheCloseMakesVerifyFail() throws Exception {
        sql("DROP TRIGGER sheet_line_closed_no_delete", "DROP TRIGGER sheet_entry_closed_no_delete",
                "DELETE FROM sheet_line WHERE entry_id = (SELECT id FROM sheet_entry WHERE pass = 1)",
                "DELETE FROM sheet_entry WHERE pass = 1");
        CliRun run = verify();
        assertEquals(1, run.code(), run.out());
        assertThat(run.out()).contains("Sheet keying 1 is in the log but no longer in the file")
                .contains("Audit log against the file's data: DIFFERS (1 in the rounds above)");
    }
}
