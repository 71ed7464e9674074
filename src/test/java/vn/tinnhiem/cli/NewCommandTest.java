package vn.tinnhiem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

class NewCommandTest {
    /** The sample roster shipped under data/, read from the project folder surefire runs in. */
    static final Path SAMPLE = Path.of("data", "danh-sach-mau.csv");
    static final Path SAMPLE_DEPARTMENT = Path.of("data", "danh-sach-mau-so-tu-phap.csv");

    @TempDir
    Path dir;

    @Test
    void createsAMeetingWithTheSampleRosterInOrder() {
        Path db = dir.resolve("hop.db");
        CliRun r = CliRun.run(dir, "new", "--db", db.toString(), "--title", "Kỳ họp thứ mười hai",
                "--summoned", "64", "--present", "60", "--roster", SAMPLE.toString(),
                "--body", "Hội đồng nhân dân tỉnh", "--place", "Hội trường tỉnh", "--date", "5/12/2025");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Đã tạo hội nghị số 1: “Kỳ họp thứ mười hai”, 12 người được lấy phiếu"),
                r::toString);
        assertEquals("", r.err(), "no quorum warning with 60 of 64 present");
        try (JdbiStore store = Database.open(db, Clock.systemDefaultZone())) {
            Meeting meeting = store.meeting(1);
            assertEquals("Hội đồng nhân dân tỉnh", meeting.details().body());
            assertEquals("Hội trường tỉnh", meeting.details().place());
            assertEquals("05/12/2025", meeting.details().date());
            assertEquals(64, meeting.details().summoned());
            assertEquals(60, meeting.details().present());
            List<Official> roster = store.roster(1);
            assertEquals(12, roster.size());
            assertEquals("Nguyễn Văn An", roster.get(0).fullName());
            assertEquals("Chủ tịch Hội đồng nhân dân tỉnh", roster.get(0).position());
            assertEquals("Ủy viên Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính", roster.get(9).position());
            assertEquals("Hồ Ngọc Dũng", roster.get(11).fullName());
        }
    }

    @Test
    void setsTheRulesTheCommitteeAndTheWholeBallotReadingLikeTheForm() {
        Path db = dir.resolve("dang.db");
        CliRun r = CliRun.run(dir, "new", "--db", db.toString(), "--title", "Hội nghị Tỉnh ủy", "--summoned", "50",
                "--present", "48", "--roster", SAMPLE.toString(), "--rules", "qd96-tw",
                "--committee", "Phạm Thị Thu Hà:Trưởng ban", "--committee", "Trần Văn Hữu:Thành viên",
                "--committee", "Lê Thị Mai", "--invalid-lines", "ballot");
        assertEquals(0, r.code(), r::toString);
        try (JdbiStore store = Database.open(db, Clock.systemDefaultZone())) {
            var d = store.meeting(1).details();
            assertEquals(vn.tinnhiem.domain.RulePreset.QD96_TW, d.rules().preset());
            assertTrue(d.rules().wholeBallotOnBadLine());
            assertEquals(List.of(new vn.tinnhiem.domain.CommitteeMember("Phạm Thị Thu Hà", "Trưởng ban"),
                    new vn.tinnhiem.domain.CommitteeMember("Trần Văn Hữu", "Thành viên"),
                    new vn.tinnhiem.domain.CommitteeMember("Lê Thị Mai", "")), d.committee());
        }
    }

    @Test
    void anUnknownPresetOrReadingIsRefusedBeforeAnythingIsWritten() {
        Path db = dir.resolve("x.db");
        CliRun r = CliRun.run(dir, "new", "--db", db.toString(), "--title", "Hội nghị", "--summoned", "5",
                "--present", "5", "--roster", SAMPLE.toString(), "--rules", "nq99", "--invalid-lines", "half",
                "--committee", ":Trưởng ban");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--rules: không có quy định “nq99”"), r::toString);
        assertTrue(r.err().contains("--committee:"), r::toString);
        assertFalse(Files.exists(db), "nothing written");
    }

    @Test
    void theDepartmentSampleImportsToo() {
        Path db = dir.resolve("so.db");
        CliRun r = CliRun.run(dir, "--lang", "en", "new", "--db", db.toString(), "--title", "Sở Tư pháp",
                "--summoned", "5", "--present", "5", "--roster", SAMPLE_DEPARTMENT.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Created meeting 1: \"Sở Tư pháp\", 4 official(s) to be rated"), r::toString);
    }

    @Test
    void warnsOnStandardErrorWhenFewerThanTwoThirdsArePresentButStillCreates() {
        Path db = dir.resolve("hop.db");
        CliRun r = CliRun.run(dir, "new", "--db", db.toString(), "--title", "Hội nghị", "--summoned", "64",
                "--present", "42", "--roster", SAMPLE.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.err().contains("có mặt 42 trên 64 người được triệu tập, chưa đủ hai phần ba (cần ít nhất 43)"),
                r::toString);
        assertTrue(r.out().contains("Đã tạo hội nghị số 1"), r::toString);
    }

    @Test
    void aBadRosterListsEveryBadLineAndCreatesNothing() throws IOException {
        Path csv = dir.resolve("sai.csv");
        Files.writeString(csv, String.join("\n",
                "STT,Họ và tên,Chức vụ",
                "1,Nguyễn Văn An,Chủ tịch",
                "2,,Phó Chủ tịch",
                "3,Trần Thị Bích Ngọc,Phó Chủ tịch,thừa",
                "4,Lê Văn Cường,",
                "5,Nguyễn Văn An,Ủy viên",
                "x,Phạm Thị Dung,Ủy viên",
                ""), StandardCharsets.UTF_8);
        Path db = dir.resolve("hop.db");
        CliRun r = CliRun.run(dir, "new", "--db", db.toString(), "--title", "Hội nghị", "--summoned", "10",
                "--present", "9", "--roster", csv.toString());
        assertEquals(1, r.code(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().contains("có 5 lỗi nên chưa nhập ai và chưa tạo hội nghị"), r::toString);
        assertTrue(r.err().contains("  Dòng 3: Họ và tên: Không được để trống."), r::toString);
        assertTrue(r.err().contains("  Dòng 4: Cần 3 cột, dòng này có 4."), r::toString);
        assertTrue(r.err().contains("  Dòng 5: Chức vụ: Không được để trống."), r::toString);
        assertTrue(r.err().contains("  Dòng 6: “Nguyễn Văn An” đã có ở dòng 2."), r::toString);
        assertTrue(r.err().contains("  Dòng 7: STT “x” không phải số nguyên dương."), r::toString);
        assertFalse(Files.exists(db), "no data file is created for a refused roster");
    }

    @Test
    void aBadRosterAddsNoMeetingToAnExistingFile() throws IOException {
        Path db = dir.resolve("hop.db");
        assertEquals(0, CliRun.run(dir, "new", "--db", db.toString(), "--title", "Hội nghị 1", "--summoned", "3",
                "--present", "3", "--roster", SAMPLE.toString()).code());
        Path csv = dir.resolve("windows-1258.csv");
        Files.write(csv, new byte[] {'H', 'o', ',', 'C', '\n', (byte) 0xD0, (byte) 0xE0, ',', 'x', '\n'});
        CliRun r = CliRun.run(dir, "new", "--db", db.toString(), "--title", "Hội nghị 2", "--summoned", "3",
                "--present", "3", "--roster", csv.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("Tệp không phải UTF-8"), r::toString);
        try (JdbiStore store = Database.open(db, Clock.systemDefaultZone())) {
            assertEquals(1, store.meetings().size());
        }
    }

    @Test
    void everyBadFieldIsListedAtOnce() {
        Path db = dir.resolve("hop.db");
        CliRun r = CliRun.run(dir, "new", "--db", db.toString(), "--title", "  ", "--summoned", "-3",
                "--present", "2a", "--date", "31/02/2025", "--roster", SAMPLE.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--title: Không được để trống."), r::toString);
        assertTrue(r.err().contains("--summoned: Không được là số âm."), r::toString);
        assertTrue(r.err().contains("--present: “2a” không phải là số"), r::toString);
        assertTrue(r.err().contains("--date: “31/02/2025” không phải"), r::toString);
        assertFalse(Files.exists(db));
    }

    @Test
    void presentAboveSummonedIsRefusedByTheMeetingRules() {
        Path db = dir.resolve("hop.db");
        CliRun r = CliRun.run(dir, "--lang", "en", "new", "--db", db.toString(), "--title", "T", "--summoned",
                "3", "--present", "5", "--roster", SAMPLE.toString());
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("Members present (5) exceed members summoned (3)."), r::toString);
        assertFalse(Files.exists(db));
    }

    @Test
    void missingRequiredOptionsAreNamed() {
        CliRun r = CliRun.run(dir, "new", "--title", "T");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("Còn thiếu: "), r::toString);
        assertTrue(r.err().contains("--summoned"), r::toString);
        assertTrue(r.err().contains("--roster"), r::toString);
    }

    @Test
    void anOptionFollowedByAnotherOptionLacksItsValue() {
        CliRun r = CliRun.run(dir, "new", "--title", "--summoned", "3");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("Thiếu giá trị sau --title."), r::toString);
    }

    @Test
    void aMissingRosterFileIsRefusedAndNothingIsCreated() {
        Path db = dir.resolve("hop.db");
        CliRun r = CliRun.run(dir, "new", "--db", db.toString(), "--title", "T", "--summoned", "3",
                "--present", "3", "--roster", dir.resolve("khong-co.csv").toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("Không có tệp"), r::toString);
        assertFalse(Files.exists(db));
    }

    @Test
    void withoutADateTheMeetingIsDatedToday() {
        Path db = dir.resolve("hop.db");
        String today = vn.tinnhiem.domain.DateText.format(java.time.LocalDate.now());
        assertEquals(0, CliRun.run(dir, "new", "--db", db.toString(), "--title", "T", "--summoned", "3",
                "--present", "3", "--roster", SAMPLE.toString()).code());
        try (JdbiStore store = Database.open(db, Clock.systemDefaultZone())) {
            assertEquals(today, store.meeting(1).details().date());
        }
    }

    @Test
    void theDefaultDataFileIsUnderTheDataFolder() {
        CliRun r = CliRun.run(dir, "new", "--title", "T", "--summoned", "3", "--present", "3", "--roster",
                SAMPLE.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.exists(dir.resolve("tinnhiem.db")), r::toString);
    }

    @Test
    void aFileThatIsNotTinnhiemsIsReportedWithExitOne() throws IOException {
        Path db = dir.resolve("khac.db");
        Files.writeString(db, "not a database");
        CliRun r = CliRun.run(dir, "new", "--db", db.toString(), "--title", "T", "--summoned", "3",
                "--present", "3", "--roster", SAMPLE.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("không phải dữ liệu tinnhiem"), r::toString);
        assertEquals("not a database", Files.readString(db));
    }
}
