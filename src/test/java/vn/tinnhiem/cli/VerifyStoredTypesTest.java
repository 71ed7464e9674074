package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * An edit from outside that stores a value as another type than tinnhiem writes reads back as if nothing had
 * changed ('1x' reads as 1, a line renumbered 1.5 reads in its place): verify names the table and the column.
 */
class VerifyStoredTypesTest {
    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void prepare() {
        db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, TwoOfficials.CLOCK)) {
            TwoOfficials m = TwoOfficials.in(store);
            store.addOfficials(m.meeting(), java.util.List.of(new OfficialDraft("Lê Văn Cường", "Ủy viên")));
            Round round = store.openRound(m.meeting(), RoundKind.RATING, store.roster(m.meeting()), 9);
            for (int i = 0; i < 6; i++) {
                store.recordBallot(round.id(), BallotDraft.empty(3).mark(Mark.level(1 + i % 3))
                        .mark(Mark.level(3 - i % 3)).mark(Mark.level(2)));
            }
            store.closeRound(round.id(), 6);
        }
    }

    @Test
    void aLineRenumberedToAFractionIsNamed() throws Exception {
        Tamper.withoutTriggers(db,
                "UPDATE ballot_line SET line = 1.5 WHERE line = 2 AND ballot_id = (SELECT id FROM ballot WHERE number = 4)");
        CliRun r = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(1, r.code(), r::toString);
        assertThat(r.out()).contains("✗ bảng ballot_line, cột line: 1 giá trị không phải số nguyên");
    }

    /**
     * 4,294,967,305 ballots issued read back as 9 (the number tinnhiem wrote, 2^32 lower), so the round, its
     * fingerprint and its report all agreed with it: verify names the value stored, in both languages, and report
     * refuses to read it as another number.
     */
    @Test
    void aNumberBeyondWhatTinnhiemReadsIsNamed() throws Exception {
        try (JdbiStore store = Database.open(db, TwoOfficials.CLOCK)) {
            long meeting = store.meetings().get(0).id();
            Round second = store.openRound(meeting, RoundKind.VOTE, store.roster(meeting).subList(0, 1), 7);
            store.recordBallot(second.id(), BallotDraft.empty(1).mark(Mark.level(1)));
        }
        Tamper.withoutTriggers(db, "UPDATE round SET issued = 4294967305 WHERE issued = 9");
        CliRun r = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(1, r.code(), r::toString);
        // the round beside it is still checked
        assertThat(r.out()).contains("Vòng 2 (mã 2) · Bỏ phiếu tín nhiệm · ĐANG MỞ · 1 phiếu")
                .contains("✗ vòng 1: số phiếu phát ra lưu trong tệp là 4294967305");
        assertThat(r.out()).contains("✗ bảng round, cột issued: 1 giá trị vượt ngoài mọi số tinnhiem ghi ở đó")
                .doesNotContain("cột id:").doesNotContain("cột seq:")
                .contains("số phiếu phát ra lưu trong tệp là 4294967305");
        CliRun en = CliRun.run(dir, "--lang", "en", "verify", "--db", db.toString());
        assertThat(en.out()).contains("✗ table round, column issued: 1 value(s) beyond any number tinnhiem writes");
        CliRun report = CliRun.run(dir, "report", "--db", db.toString());
        assertEquals(1, report.code(), report::toString);
        assertThat(report.err()).contains("số phiếu phát ra lưu trong tệp là 4294967305, vượt ngoài")
                .doesNotContain("lường trước");
        assertThat(report.out()).doesNotContain("Phiếu phát ra: 9");
    }

    /** A mark stored as a fraction (1.5, within the schema's 0 to 9) is refused as unreadable, in words. */
    @Test
    void aMarkStoredAsAFractionIsUnreadable() throws Exception {
        Tamper.withoutTriggers(db,
                "UPDATE ballot_line SET mark = 1.5 WHERE line = 1 AND ballot_id = (SELECT id FROM ballot WHERE number = 1)");
        CliRun v = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(1, v.code(), v::toString);
        assertThat(v.out()).contains("một dòng mang mã 1.5");
        CliRun r = CliRun.run(dir, "report", "--db", db.toString());
        assertEquals(1, r.code(), r::toString);
        assertThat(r.err()).contains("một dòng mang mã 1.5").doesNotContain("lường trước");
    }

    /** The triggers that keep the record: one dropped, one replaced by one that lets everything through, one added. */
    @Test
    void triggersDroppedReplacedOrAddedAreNamed() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER ballot_line_closed_no_update");
            s.execute("DROP TRIGGER audit_event_no_delete");
            s.execute("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN SELECT 1; END");
            s.execute("CREATE TRIGGER quietly AFTER INSERT ON ballot BEGIN SELECT 1; END");
        }
        CliRun r = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(1, r.code(), r::toString);
        assertThat(r.out()).contains("Cấu trúc tệp và kiểu giá trị: SAI LỆCH")
                .contains("✗ ràng buộc “ballot_line_closed_no_update” giữ bảng ballot_line khỏi bị sửa không còn trong tệp")
                .contains("✗ ràng buộc “audit_event_no_delete” giữ bảng audit_event khỏi bị sửa đã bị thay ngoài tinnhiem")
                .contains("✗ ràng buộc “quietly” trên bảng ballot không phải của tinnhiem")
                .contains("Kết quả: 3 chỗ sai lệch");
    }

    /**
     * A log entry's meeting set to text: the entry names no meeting (not a meeting 0 "deleted from the file"), and
     * its hash no longer matches even when the text begins with the number it had ('1x').
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"abc", "1x"})
    void aLogEntrysMeetingSetToTextNamesNoMeeting(String text) throws Exception {
        Tamper.withoutTriggers(db, "UPDATE audit_event SET meeting_id = '" + text + "' WHERE seq = 1");
        CliRun r = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(1, r.code(), r::toString);
        assertThat(r.out()).doesNotContain("hội nghị 0")
                .contains("✗ hội nghị 1 có trong tệp nhưng nhật ký không ghi việc tạo hội nghị này")
                .contains("✗ mục 1 (MEETING_CREATED) của nhật ký đã bị sửa: mã băm không khớp nội dung")
                .contains("✗ bảng audit_event, cột meeting_id: 1 giá trị không phải số nguyên");
    }

    @Test
    void anIntactFileSaysNothingOfTypes() {
        CliRun r = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(0, r.code(), r::toString);
        assertThat(r.out()).doesNotContain("Cấu trúc tệp");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "UPDATE audit_event SET meeting_id = '1x' WHERE seq = 1|audit_event, cột meeting_id: 1 giá trị không phải số nguyên",
        "UPDATE ballot SET number = '3x' WHERE number = 3|ballot, cột number: 1 giá trị không phải số nguyên",
        "UPDATE official SET seq = '2x' WHERE seq = 2|official, cột seq: 1 giá trị không phải số nguyên",
        "UPDATE round SET issued = '9x' WHERE id = 1|round, cột issued: 1 giá trị không phải số nguyên",
        "UPDATE audit_event SET detail = CAST(detail AS BLOB) WHERE seq = 5|audit_event, cột detail: 1 giá trị không phải chữ"})
    void aValueStoredAsAnotherTypeIsNamed(String edit, String said) throws Exception {
        Tamper.withoutTriggers(db, edit);
        CliRun r = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(1, r.code(), r::toString);
        // every trigger dropped first (Tamper): named together on one line
        assertThat(r.out()).contains("Cấu trúc tệp và kiểu giá trị: SAI LỆCH").contains("✗ bảng " + said)
                .containsPattern("✗ [0-9]{2} ràng buộc giữ các bảng khỏi bị sửa không còn trong tệp \\(đã bị xoá ngoài "
                        + "tinnhiem\\): audit_event_in_order, ")
                .contains("Kết quả:");
        CliRun en = CliRun.run(dir, "--lang", "en", "verify", "--db", db.toString());
        assertThat(en.out()).contains("The file's structure and value types: DIFFERS");
    }
}
