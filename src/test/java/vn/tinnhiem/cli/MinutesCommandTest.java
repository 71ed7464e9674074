package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/** {@code tinnhiem minutes}: the minutes of one closed round on standard output or into a new file. */
class MinutesCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:05:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    Path db;
    long closedId;
    long openId;

    @BeforeEach
    void prepare() {
        db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy Bình Định",
                    "Hội trường Tỉnh ủy", "25/11/2026", 30, 29,
                    List.of(new CommitteeMember("Hồ Thị Diễm", "Trưởng ban")))).id();
            var officials = store.addOfficials(m, List.of(new OfficialDraft("Võ Văn Cường", "Bí thư Tỉnh ủy"),
                    new OfficialDraft("Nguyễn Thị Thu Hồng", "Phó Bí thư")));
            closedId = store.openRound(m, RoundKind.RATING, officials, 29).id();
            for (int i = 0; i < 4; i++) {
                store.recordBallot(closedId, BallotDraft.empty(2).mark(Mark.level(1 + i % 3)).mark(Mark.level(3)));
            }
            store.closeRound(closedId, 4);
            openId = store.openRound(m, RoundKind.VOTE, officials.subList(1, 2), 29).id();
        }
    }

    /**
     * A mark changed after the close: the minutes would print the changed counts beside the fingerprint of the close,
     * the one on the signed paper. They are refused, in words, and verify named.
     */
    @Test
    void aRoundChangedSinceItsCloseHasNoMinutes() throws Exception {
        Tamper.withoutTriggers(db, "UPDATE ballot_line SET mark = 2 WHERE line = 1 AND ballot_id = "
                + "(SELECT id FROM ballot WHERE number = 1 AND round_id = " + closedId + ")");
        for (String format : new String[] {"text", "html", "csv"}) {
            CliRun r = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", String.valueOf(closedId),
                    "--format", format);
            assertEquals(1, r.code(), r::toString);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).contains("dữ liệu của vòng 1 không còn khớp mã kiểm chứng lưu lúc kết thúc")
                    .contains("tinnhiem verify");
        }
    }

    /**
     * The same edit, or a line renumbered so that the marks after it move up an official: report would print the
     * changed counts, which a committee could take for the result the fingerprint on the paper stands for.
     * Refused, in words, in both languages; the open round of the same file is not concerned.
     */
    @Test
    void reportRefusesARoundChangedSinceItsClose() throws Exception {
        CliRun before = CliRun.run(dir, "report", "--db", db.toString());
        assertEquals(0, before.code(), before::toString);
        Tamper.withoutTriggers(db, "UPDATE ballot_line SET line = 3 WHERE line = 1 AND ballot_id = "
                + "(SELECT id FROM ballot WHERE number = 1 AND round_id = " + closedId + ")");
        CliRun r = CliRun.run(dir, "report", "--db", db.toString());
        assertEquals(1, r.code(), r::toString);
        assertThat(r.err()).contains("Tệp đã bị sửa ngoài tinnhiem: dữ liệu của vòng 1 không còn khớp mã kiểm chứng"
                        + " lưu lúc kết thúc").contains("nên không in kết quả của nó")
                .contains("kết quả từng vòng khác: tinnhiem report --round MÃ") // the way to the rounds that hold
                .doesNotContain("Không đọc lại được"); // the data read back fine: they are not what was signed
        CliRun en = CliRun.run(dir, "--lang", "en", "report", "--db", db.toString(), "--round",
                String.valueOf(closedId));
        assertEquals(1, en.code(), en::toString);
        assertThat(en.err()).contains("no longer matches the fingerprint stored at its close")
                .contains("so its results are not printed");
        CliRun open = CliRun.run(dir, "report", "--db", db.toString(), "--round", String.valueOf(openId));
        assertEquals(0, open.code(), open::toString);
    }

    /**
     * The rehearsal mark, which the fingerprint does not cover, set on a real round from outside: its minutes would be
     * stamped "not the real result" beside the genuine fingerprint. Refused, as the mark cleared on a rehearsal is.
     */
    @Test
    void aRealRoundMarkedARehearsalFromOutsideHasNoMinutes() throws Exception {
        Tamper.withoutTriggers(db, "UPDATE round SET rehearsal = 1 WHERE id = " + closedId);
        CliRun r = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", String.valueOf(closedId));
        assertEquals(1, r.code(), r::toString);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("dấu “diễn tập” của vòng 1 trong tệp không như nhật ký ghi lúc mở vòng");
        // The report would leave the round out as a rehearsal: refused in the same words.
        CliRun report = CliRun.run(dir, "report", "--db", db.toString());
        assertEquals(1, report.code(), report::toString);
        assertThat(report.err()).contains("dấu “diễn tập” của vòng 1 trong tệp không như nhật ký ghi lúc mở vòng");
    }

    /** The copy of the meeting kept at the close edited into nonsense: said in words, not "unexpected". */
    @Test
    void anUnreadableMeetingCopyIsSaidInWords() throws Exception {
        Tamper.withoutTriggers(db, "UPDATE round SET meeting_at_close = 'x' WHERE id = " + closedId);
        CliRun r = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", String.valueOf(closedId));
        assertEquals(1, r.code(), r::toString);
        assertThat(r.err()).contains("bản sao thông tin hội nghị lưu lúc kết thúc vòng không đọc được")
                .doesNotContain("lường trước");
    }

    @Test
    void htmlOnStandardOutputByDefault() {
        CliRun r = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", String.valueOf(closedId));
        assertEquals(0, r.code(), r::toString);
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("BIÊN BẢN KIỂM PHIẾU", "Võ Văn Cường",
                "Hồ Thị Diễm", "15 giờ 05, ngày 25/11/2026").endsWith("</html>\n");
        assertThat(r.out()).as("the round's fingerprint, grouped").containsPattern("([0-9a-f]{4} ){7}[0-9a-f]{4}<br>");
        assertEquals("", r.err());
    }

    @Test
    void csvAndTextInEnglish() {
        CliRun csv = CliRun.run(dir, "--lang", "en", "minutes", "--db", db.toString(), "--round",
                String.valueOf(closedId), "--format", "csv");
        assertEquals(0, csv.code(), csv::toString);
        assertThat(csv.out()).startsWith("\uFEFFMeeting id,Meeting,").contains("\r\n1,Hội nghị Ban Chấp hành");
        CliRun text = CliRun.run(dir, "--lang", "en", "minutes", "--db", db.toString(), "--round",
                String.valueOf(closedId), "--format", "text");
        assertThat(text.out()).contains("COUNTING MINUTES", "Nguyễn Thị Thu Hồng", "100.00%");
    }

    @Test
    void intoANewOwnerOnlyFileRecordedInTheAuditLog() throws Exception {
        Path out = dir.resolve("bien-ban.html");
        CliRun r = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", String.valueOf(closedId), "--out",
                out.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.out());
        assertThat(r.err()).contains("Đã ghi biên bản vào " + out.toAbsolutePath());
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("BIÊN BẢN KIỂM PHIẾU");
        if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        }
        try (JdbiStore store = Database.open(db, CLOCK)) {
            assertThat(store.auditLog()).anyMatch(e -> e.kind() == AuditKind.EXPORT_WRITTEN
                    && e.detail().contains("bien-ban.html"));
        }
        CliRun again = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", String.valueOf(closedId),
                "--out", out.toString());
        assertEquals(1, again.code(), again::toString);
        assertThat(again.err()).contains("đã có: không ghi đè");
    }

    /** While the screen holds the file, the refusal says what works meanwhile; nothing is written. */
    @Test
    void intoAFileWhileAnotherCopyWritesTheFileSaysWhatWorks() throws Exception {
        Path out = dir.resolve("bien-ban.html");
        try (JdbiStore open = Database.open(db, CLOCK)) {
            CliRun r = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", String.valueOf(closedId),
                    "--out", out.toString());
            assertEquals(1, r.code(), r::toString);
            assertThat(r.err()).contains("đang mở trong một bản tinnhiem khác, nên chưa ghi được biên bản ra " + out)
                    .contains("bỏ --out để in biên bản ra màn hình").contains("nhấn x ở màn hình kết quả")
                    .doesNotContain("Xem kết quả, biên bản hoặc kiểm tra");
            assertThat(out).doesNotExist();
            CliRun en = CliRun.run(dir, "--lang", "en", "minutes", "--db", db.toString(), "--round",
                    String.valueOf(closedId), "--out", out.toString());
            assertThat(en.err()).contains("leave out --out to print the minutes on the screen");
            CliRun printed = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", String.valueOf(closedId));
            assertEquals(0, printed.code(), printed::toString);
            assertThat(printed.out()).contains("BIÊN BẢN KIỂM PHIẾU");
        }
    }

    @Test
    void refusals() {
        CliRun open = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", String.valueOf(openId));
        assertEquals(1, open.code(), open::toString);
        assertThat(open.err()).contains("Vòng 2 còn mở: chỉ lập biên bản cho vòng đã kết thúc.");
        assertEquals("", open.out());
        CliRun missing = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", "99");
        assertEquals(2, missing.code(), missing::toString);
        assertThat(missing.err()).contains("Không có vòng bỏ phiếu mã 99");
        CliRun format = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", "1", "--format", "pdf");
        assertEquals(2, format.code(), format::toString);
        assertThat(format.err()).contains("--format chỉ nhận html, csv hoặc text, không nhận “pdf”.");
        CliRun noRound = CliRun.run(dir, "minutes", "--db", db.toString());
        assertEquals(2, noRound.code(), noRound::toString);
        Path none = dir.resolve("khong-co.db");
        CliRun noFile = CliRun.run(dir, "minutes", "--db", none.toString(), "--round", "1");
        assertEquals(1, noFile.code(), noFile::toString);
        assertThat(none).doesNotExist();
    }
}
