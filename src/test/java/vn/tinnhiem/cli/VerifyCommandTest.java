package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/** {@code tinnhiem verify} on a clean file, and on files changed behind tinnhiem's back with plain SQL. */
class VerifyCommandTest {
    @TempDir
    Path dir;

    Path db;
    String fingerprint;

    @BeforeEach
    void prepare() {
        db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, TwoOfficials.CLOCK)) {
            TwoOfficials two = TwoOfficials.in(store);
            long meeting = two.meeting();
            var roster = two.roster();
            Round closed = store.openRound(meeting, RoundKind.RATING, roster, 9);
            for (int i = 0; i < 9; i++) {
                store.recordBallot(closed.id(), draft(Mark.level(1 + i % 3), Mark.level(3 - i % 3)));
            }
            store.voidBallot(closed.id(), 9, "nhập nhầm");
            store.recordBallot(closed.id(), BallotDraft.empty(2).invalidate());
            store.closeRound(closed.id(), 9);
            fingerprint = store.fingerprint(closed.id());
            Round open = store.openRound(meeting, RoundKind.VOTE, roster.subList(0, 1), 9);
            store.recordBallot(open.id(), BallotDraft.empty(1).mark(Mark.level(2)));
        }
    }

    private static BallotDraft draft(Mark... marks) {
        BallotDraft d = BallotDraft.empty(marks.length);
        for (Mark m : marks) {
            d = d.mark(m);
        }
        return d;
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        }
    }

    private static String sha(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    @Test
    void aFileWithASecondNameIsSaidSoThroughEitherName() throws Exception {
        CliRun plain = CliRun.run(dir, "verify", "--db", db.toString());
        assertThat(plain.out()).doesNotContain("liên kết cứng");
        Path link = dir.resolve("ban-sao.db");
        Files.createLink(link, db);
        for (Path p : java.util.List.of(db, link)) {
            CliRun run = CliRun.run(dir, "verify", "--db", p.toString());
            assertEquals(0, run.code(), run::toString); // a risk said, not a difference found
            assertThat(run.out()).contains("Lưu ý: tệp có 2 tên trên đĩa (liên kết cứng). Một chương trình ghi qua"
                    + " tên khác giữ thay đổi trong tệp -wal của tên đó");
        }
        CliRun en = CliRun.run(dir, "verify", "--db", link.toString(), "--lang", "en");
        assertThat(en.out()).contains("Note: the file has 2 names on disk (hard links).");
    }

    @Test
    void aCleanFilePassesAndIsNotWrittenTo() throws Exception {
        String before = sha(db);
        CliRun run = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(0, run.code(), run::toString);
        assertThat(run.out()).contains("Kiểm tra tệp " + db)
                .contains("Hội nghị 1: “Kỳ họp thứ 12”")
                .contains("  Vòng 1 (mã 1) · Lấy phiếu tín nhiệm · ĐÃ KẾT THÚC · 10 phiếu (hợp lệ 8, không hợp lệ 1, "
                        + "đã huỷ 1; thu về 9): ĐÚNG")
                .contains("    mã kiểm chứng lưu lúc kết thúc: " + Fingerprint.grouped(fingerprint))
                .contains("  Vòng 2 (mã 2) · Bỏ phiếu tín nhiệm · ĐANG MỞ · 1 phiếu")
                .contains("Nhật ký: 17 mục, chuỗi băm: ĐÚNG")
                .contains("Kết quả: mọi vòng khớp với phiếu gốc (hoặc bảng tổng hợp) của nó, nhật ký nguyên vẹn.")
                .doesNotContain("✗");
        assertEquals("", run.err());
        assertEquals(before, sha(db));
        // Reading a WAL file leaves no -wal or -shm behind either.
        assertFalse(Files.exists(dir.resolve("hop.db-wal")));
        assertFalse(Files.exists(dir.resolve("hop.db-shm")));
    }

    @Test
    void aBallotLineChangedAfterTheCloseFailsNamingTheRound() throws Exception {
        sql("DROP TRIGGER ballot_line_closed_no_update",
                "UPDATE ballot_line SET mark = 3 WHERE line = 1 AND ballot_id = "
                        + "(SELECT id FROM ballot WHERE round_id = 1 AND number = 1)");
        CliRun run = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(1, run.code(), run::toString);
        assertThat(run.out())
                .containsPattern("  Vòng 1 \\(mã 1\\) · .*: SAI LỆCH")
                .contains("    ✗ vòng 1 (mã 1) của hội nghị 1: mã kiểm chứng lưu lúc kết thúc ("
                        + Fingerprint.grouped(fingerprint) + ") khác mã tính lại")
                .contains("✗ vòng 1 (mã 1) của hội nghị 1: phiếu số 1, dòng 1 (Nguyễn Văn An): nhật ký ghi "
                        + "“Tín nhiệm cao”, nay là “Tín nhiệm thấp”")
                .containsPattern("  Vòng 2 \\(mã 2\\) · .*: ĐÚNG")
                .contains("Nhật ký so với dữ liệu trong tệp: SAI LỆCH (1 chỗ ở các vòng trên)")
                .doesNotContain("Nhật ký so với dữ liệu trong tệp: ĐÚNG")
                .contains("Kết quả: 3 chỗ sai lệch");
    }

    @Test
    void anAlteredAuditEntryFails() throws Exception {
        sql("DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET at = '2026-11-25T08:00:00+07:00' WHERE seq = 5");
        CliRun run = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(1, run.code(), run::toString);
        assertThat(run.out()).contains("Nhật ký: 17 mục, chuỗi băm: SAI LỆCH")
                .contains("  ✗ mục 5 (BALLOT_RECORDED) của nhật ký đã bị sửa: mã băm không khớp nội dung")
                .contains("✗ ràng buộc “audit_event_no_update” giữ bảng audit_event khỏi bị sửa không còn trong tệp")
                .contains("Kết quả: 2 chỗ sai lệch");
    }

    @Test
    void aRemovedAuditEntryFails() throws Exception {
        sql("DROP TRIGGER audit_event_no_delete", "DELETE FROM audit_event WHERE seq = 17");
        sql("DELETE FROM ballot_line WHERE ballot_id = (SELECT id FROM ballot WHERE round_id = 2)",
                "DELETE FROM ballot WHERE round_id = 2");
        CliRun run = CliRun.run(dir, "verify", "--db", db.toString(), "--lang", "en");
        // The trigger dropped to do it gives it away.
        assertEquals(1, run.code(), run::toString);
        assertThat(run.out()).contains("✗ the trigger “audit_event_no_delete” that keeps table audit_event from being "
                + "changed is no longer in the file").contains("hash chain: OK");
        // Put back as it was, the last entry removed together with what it recorded leaves a shorter, consistent
        // file: only the fingerprints noted in the room could tell.
        sql("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event\n"
                + "BEGIN SELECT RAISE(ABORT, 'tinnhiem: the audit log is append-only'); END");
        run = CliRun.run(dir, "verify", "--db", db.toString(), "--lang", "en");
        assertEquals(0, run.code(), run::toString);
        // Removing one in the middle cannot go unnoticed:
        sql("DROP TRIGGER audit_event_no_delete", "DELETE FROM audit_event WHERE seq = 2");
        run = CliRun.run(dir, "verify", "--db", db.toString(), "--lang", "en");
        assertEquals(1, run.code(), run::toString);
        assertThat(run.out()).contains("Audit log: 15 entries, hash chain: DIFFERS")
                .contains("entry 3 of the audit log stands where entry 2 should");
    }

    @Test
    void aMarkNoLevelHasMakesTheRoundUnreadableAndNamesIt() throws Exception {
        sql("DROP TRIGGER ballot_line_closed_no_update", "UPDATE ballot_line SET mark = 7 WHERE "
                + "ballot_id = (SELECT id FROM ballot WHERE round_id = 1 AND number = 2) AND line = 2");
        CliRun run = CliRun.run(dir, "verify", "--db", db.toString(), "--lang", "en");
        assertEquals(1, run.code(), run::toString);
        assertThat(run.out()).contains("  Round 1 (id 1) · Confidence rating · CLOSED: DIFFERS")
                .contains("✗ round 1 (id 1) of meeting 1: the ballots cannot be read back: ballot 2: a line holds code 7, "
                        + "which is not a level of a 3-level form")
                // the round that did not read was not compared with the log: no plain "OK" for it
                .contains("Audit log against the file's data: OK in the rounds that read; 1 round(s) did not read"
                        + " (see above) and were not compared with the log")
                .doesNotContain("Audit log against the file's data: OK\n");
    }

    @Test
    void aMissingFileIsRefusedAndNotCreated() {
        Path missing = dir.resolve("khong-co.db");
        CliRun run = CliRun.run(dir, "verify", "--db", missing.toString());
        assertEquals(1, run.code(), run::toString);
        assertThat(run.err()).contains("Không có tệp " + missing);
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFileTheScreenHoldsIsReadBesideItWithoutBlockingIt() {
        try (JdbiStore held = Database.open(db, Clock.systemDefaultZone())) {
            CliRun run = CliRun.run(dir, "verify", "--db", db.toString());
            assertEquals(0, run.code(), run::toString);
            assertThat(run.out()).contains("Kết quả: mọi vòng khớp với phiếu gốc (hoặc bảng tổng hợp) của nó, nhật ký nguyên vẹn.");
            held.recordBallot(2, BallotDraft.empty(1).mark(Mark.level(1)));
            assertEquals(0, CliRun.run(dir, "verify", "--db", db.toString()).code());
        }
    }

    @Test
    void aFileOfAnOlderSchemaIsRefusedNotUpgraded() throws Exception {
        sql("PRAGMA user_version = 2");
        String before = sha(db);
        CliRun run = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(1, run.code(), run::toString);
        assertThat(run.err()).containsPattern("lược đồ cũ \\(2; bản này dùng \\d+\\)"); // not the latest number
        assertEquals(before, sha(db));
    }
}
