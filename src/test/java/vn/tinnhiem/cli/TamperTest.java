package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.LogHead;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.report.Minutes;
import vn.tinnhiem.report.MinutesSource;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;
import vn.tinnhiem.store.StoreReads;

/**
 * The file attacked with plain SQL, as someone with the {@code sqlite3} tool would (dropping the triggers that
 * refuse the edit, and putting them back): a closed round (id 1) and an open one (id 2) in one meeting. Every
 * edit must make {@code verify} exit 1 and name what changed; the untouched file exits 0.
 */
class TamperTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    Path db;
    String fingerprint;
    LogHead closeHead;

    @BeforeEach
    void prepare() {
        db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp thứ 12", "HĐND tỉnh", "Hội trường A",
                    "25/11/2026", 10, 9, List.of(new CommitteeMember("Phạm Thị Hồng", "Trưởng ban"),
                    new CommitteeMember("Lê Văn Cường", "Thành viên")))).id();
            var roster = store.addOfficials(meeting, List.of(new OfficialDraft("Nguyễn Văn An", "Chủ tịch"),
                    new OfficialDraft("Trần Thị Bình", "Phó Chủ tịch"), new OfficialDraft("Đỗ Minh Châu", "Ủy viên")));
            Round closed = store.openRound(meeting, RoundKind.RATING, roster, 9);
            for (int i = 0; i < 8; i++) {
                store.recordBallot(closed.id(), draft(Mark.level(1 + i % 3), Mark.level(3 - i % 3), Mark.level(1)));
            }
            store.voidBallot(closed.id(), 8, "nhập nhầm");
            store.recordBallot(closed.id(), BallotDraft.empty(3).invalidate());
            store.closeRound(closed.id(), 8);
            fingerprint = store.fingerprint(closed.id());
            closeHead = store.closeHead(closed.id());
            Round open = store.openRound(meeting, RoundKind.RATING, roster.subList(0, 2), 9);
            store.recordBallot(open.id(), draft(Mark.level(2), Mark.level(1)));
            store.recordBallot(open.id(), draft(Mark.level(3), Mark.level(3)));
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

    /** Drops the triggers named, runs the edit, and puts the triggers back as they were. */
    private void behindTheBack(List<String> triggers, String... edit) throws Exception {
        List<String> saved = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String t : triggers) {
                try (ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = '" + t + "'")) {
                    saved.add(rs.getString(1));
                }
                s.execute("DROP TRIGGER " + t);
            }
            for (String st : edit) {
                s.execute(st);
            }
            for (String st : saved) {
                s.execute(st);
            }
        }
    }

    private static final List<String> CLOSED_GUARDS = List.of("round_closed_no_update", "round_closed_no_delete",
            "round_official_closed_no_delete", "ballot_closed_no_delete", "ballot_line_closed_no_delete");

    private CliRun verify(String... more) {
        List<String> args = new ArrayList<>(List.of("verify", "--db", db.toString(), "--lang", "en"));
        args.addAll(List.of(more));
        return CliRun.run(dir, args.toArray(String[]::new));
    }

    private void assertFails(String... named) {
        CliRun run = verify();
        assertEquals(1, run.code(), run::toString);
        assertThat(run.out()).contains(named).contains("Result: ");
    }

    private static String deleteRound(long id) {
        return "DELETE FROM ballot_line WHERE ballot_id IN (SELECT id FROM ballot WHERE round_id = " + id + ");"
                + "DELETE FROM ballot WHERE round_id = " + id + ";"
                + "DELETE FROM round_official WHERE round_id = " + id + ";"
                + "DELETE FROM round WHERE id = " + id;
    }

    private Minutes minutes() {
        try (StoreReads store = Database.openReadOnly(db)) {
            return MinutesSource.load(store, 1, CLOCK);
        }
    }

    @Test
    void theUntouchedFilePassesWithThePaperFigures() {
        CliRun run = verify("--expect", vn.tinnhiem.domain.Fingerprint.grouped(fingerprint), "--head",
                closeHead.typed());
        assertEquals(0, run.code(), run::toString);
        assertThat(run.out()).contains("Audit log against the file's data: OK")
                .contains("Log head noted on paper: entry " + closeHead.shown() + ": matches.")
                .doesNotContain("✗");
    }

    @Test
    void aWholeClosedRoundDeleted() throws Exception {
        behindTheBack(CLOSED_GUARDS, deleteRound(1).split(";"));
        assertFails("round 1 (id 1) of meeting 1, opened at entry", "is no longer in the file: it was deleted");
    }

    @Test
    void aWholeOpenRoundDeleted() throws Exception {
        sql(deleteRound(2).split(";"));
        assertFails("round 2 (id 2) of meeting 1, opened at entry", "is no longer in the file: it was deleted");
    }

    @Test
    void theWholeMeetingDeleted() throws Exception {
        List<String> edit = new ArrayList<>(List.of(deleteRound(1).split(";")));
        edit.addAll(List.of(deleteRound(2).split(";")));
        edit.addAll(List.of("DELETE FROM official", "DELETE FROM committee_member", "DELETE FROM meeting"));
        behindTheBack(CLOSED_GUARDS, edit.toArray(String[]::new));
        assertFails("meeting 1 (\"Kỳ họp thứ 12\", created at entry 1 of the log) is no longer in the file",
                "round 1 (id 1) of meeting 1", "round 2 (id 2) of meeting 1");
    }

    @Test
    void aClosedRoundReopenedThenVoidedAndClosedAgainInTheApp() throws Exception {
        behindTheBack(CLOSED_GUARDS, "UPDATE round SET state = 'OPEN', collected = NULL, base = NULL, "
                + "fingerprint = NULL, meeting_at_close = NULL, closed_at = NULL WHERE id = 1");
        try (JdbiStore store = Database.open(db, CLOCK)) {
            store.voidBallot(1, 2, "đọc nhầm");
            store.closeRound(1, 7);
        }
        assertFails("the log closes the round again at entry", "comes after the round closed at entry",
                "the round was reopened outside tinnhiem");
    }

    @Test
    void aClosedRoundReopenedAndLeftOpen() throws Exception {
        behindTheBack(CLOSED_GUARDS, "UPDATE round SET state = 'OPEN', collected = NULL, base = NULL, "
                + "fingerprint = NULL, meeting_at_close = NULL, closed_at = NULL WHERE id = 1");
        assertFails("the log closed the round at entry", "but in the file it is open");
    }

    @Test
    void theWholeLogDeleted() throws Exception {
        behindTheBack(List.of("audit_event_no_delete"), "DELETE FROM audit_event");
        assertFails("the audit log is empty while 1 round(s) carry a fingerprint",
                "the round carries a fingerprint but the log holds no entry of it");
    }

    @Test
    void theWholeLogDeletedWithABallotChanged() throws Exception {
        behindTheBack(List.of("audit_event_no_delete", "ballot_line_closed_no_update"), "DELETE FROM audit_event",
                "UPDATE ballot_line SET mark = 3 WHERE line = 1 AND ballot_id = "
                        + "(SELECT id FROM ballot WHERE round_id = 1 AND number = 1)");
        assertFails("the audit log is empty while 1 round(s) carry a fingerprint", 
                "differs from the one computed from the data now");
    }

    @Test
    void aPrintedNameRenamedInTheOpenRound() throws Exception {
        sql("UPDATE round_official SET full_name = 'Nguyễn Văn Ân' WHERE round_id = 2 AND line = 1");
        assertFails("round 2 (id 2) of meeting 1: when the round opened the log recorded otherwise for the names "
                + "printed on the ballot: \"Nguyễn Văn An|Trần Thị Bình\", now \"Nguyễn Văn Ân|Trần Thị Bình\"");
    }

    @Test
    void twoOfficialsSwappedInTheOpenRound() throws Exception {
        sql("UPDATE round_official SET full_name = 'Trần Thị Bình', position = 'Phó Chủ tịch' "
                        + "WHERE round_id = 2 AND line = 1",
                "UPDATE round_official SET full_name = 'Nguyễn Văn An', position = 'Chủ tịch' "
                        + "WHERE round_id = 2 AND line = 2");
        assertFails("when the round opened the log recorded otherwise for the names printed on the ballot, the "
                + "positions printed on the ballot: \"the names printed on the ballot: Nguyễn Văn An|Trần Thị Bình; "
                + "the positions printed on the ballot: Chủ tịch|Phó Chủ tịch\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "renamed|UPDATE official SET full_name = 'Nguyễn Văn Ân' WHERE seq = 1|official 1 was edited outside tinnhiem: the log (entry 2) recorded \"Nguyễn Văn An\", now \"Nguyễn Văn Ân\"",
        "position|UPDATE official SET position = 'Bí thư' WHERE seq = 3|official 3 was edited outside tinnhiem: the log (entry 2) recorded \"Ủy viên\", now \"Bí thư\"",
        "added|INSERT INTO official (meeting_id, seq, full_name, position) VALUES (1, 4, 'Người Lạ', 'Ủy viên')|(\"Người Lạ\") is in the file but the log never recorded adding them",
        "moved|UPDATE official SET seq = 10 + seq WHERE seq IN (1, 2)|\"Nguyễn Văn An\" (official 1) was moved outside tinnhiem: the log (entry 2) recorded place 1, now 11",
    })
    void theRosterEditedBehindTheBack(String what, String edit, String named) throws Exception {
        sql(edit);
        assertFails("the roster of meeting 1: ", named);
    }

    @Test
    void anOfficialAddedInTheAppThenDeletedBehindTheBack() throws Exception {
        try (JdbiStore store = Database.open(db, CLOCK)) {
            store.addOfficial(1, new OfficialDraft("Vũ Thị Dung", "Ủy viên"));
        }
        assertEquals(0, verify().code(), () -> verify().toString());
        sql("DELETE FROM official WHERE full_name = 'Vũ Thị Dung'");
        assertFails("the roster of meeting 1: official 4 (\"Vũ Thị Dung\", entry ");
    }

    @Test
    void theOpenRoundsRulesChangedUnderTheSamePreset() throws Exception {
        sql("UPDATE round SET form = replace(form, 'severe=≥2/3', 'severe=≥3/4') WHERE id = 2");
        assertFails("when the round opened the log recorded otherwise for the ballot form and its rules: ");
    }

    @Test
    void editedMembersAndATitleWithASemicolonAreSaidUnescaped() throws Exception {
        sql("UPDATE committee_member SET name = 'Phạm Thị Hương' WHERE seq = 1",
                "UPDATE meeting SET title = 'Kỳ họp thứ 12; phiên bế mạc'");
        CliRun run = verify();
        assertEquals(1, run.code(), run::toString);
        // The title as typed, not as the log escapes it ("\\s" for ';'); the members' list between '|' as before.
        assertThat(run.out()).contains("Phạm Thị Hồng|Lê Văn Cường").contains("Phạm Thị Hương|Lê Văn Cường")
                .contains("Kỳ họp thứ 12; phiên bế mạc").doesNotContain("\\s");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "title|UPDATE meeting SET title = 'Kỳ họp thứ 13'|the meeting's title",
        "body|UPDATE meeting SET body = 'HĐND huyện'|the organising body",
        "place|UPDATE meeting SET place = 'Phòng họp B'|the place",
        "date|UPDATE meeting SET held_on = '26/11/2026'|the meeting's date",
        "summoned|UPDATE meeting SET summoned = 12|members summoned",
        "present|UPDATE meeting SET present = 8|members present",
        "committee|UPDATE committee_member SET name = 'Phạm Thị Hương' WHERE seq = 1|the counting committee's members",
        "committee role|UPDATE committee_member SET role = 'Thư ký' WHERE seq = 2|their roles in the committee",
        "committee removed|DELETE FROM committee_member WHERE seq = 2|counting committee members (how many)",
    })
    void meetingDetailsEditedAfterTheClose(String what, String edit, String field) throws Exception {
        Minutes before = minutes();
        sql(edit);
        assertFails("the details of meeting 1 were edited outside tinnhiem (" + field);
        Minutes after = minutes();
        assertEquals(before.meeting(), after.meeting(), "the closed round's minutes must not change");
    }

    @Test
    void roundTimesEditedAfterTheClose() throws Exception {
        Minutes before = minutes();
        behindTheBack(CLOSED_GUARDS, "UPDATE round SET opened_at = '2026-11-25T07:00:00+07:00', "
                + "closed_at = '2026-11-25T10:00:00+07:00' WHERE id = 1");
        assertFails("the times of round 1 (id 1) were edited after its close");
        assertEquals(before.opened(), minutes().opened());
        assertEquals(before.closed(), minutes().closed());
    }

    @Test
    void theFrozenMeetingDetailsEdited() throws Exception {
        behindTheBack(CLOSED_GUARDS, "UPDATE round SET meeting_at_close = replace(meeting_at_close, "
                + "'title=Kỳ họp thứ 12', 'title=Kỳ họp thứ 13') WHERE id = 1");
        assertFails("round 1 (id 1) of meeting 1: the fingerprint stored at closing");
    }

    @Test
    void theMeetingEditedInTheAppIsLoggedAndLeavesTheClosedMinutesAlone() {
        Minutes before = minutes();
        try (JdbiStore store = Database.open(db, CLOCK)) {
            var m = store.meeting(1);
            store.updateMeeting(1, new MeetingDetails("Kỳ họp thứ 13", m.details().body(), "Phòng họp B",
                    m.details().date(), 12, 11, m.details().committee(), m.details().rules()));
        }
        CliRun run = verify();
        assertEquals(0, run.code(), run::toString);
        Minutes after = minutes();
        assertEquals(before.meeting(), after.meeting());
        assertEquals("Kỳ họp thứ 12", after.meeting().title());
    }

    @Test
    void theLogsEndCutOffWithTheBallotsItRecorded() throws Exception {
        LogHead head;
        try (StoreReads store = Database.openReadOnly(db)) {
            head = store.logHead();
        }
        behindTheBack(List.of("audit_event_no_delete"),
                "DELETE FROM ballot_line WHERE ballot_id = (SELECT id FROM ballot WHERE round_id = 2 AND number = 2)",
                "DELETE FROM ballot WHERE round_id = 2 AND number = 2",
                "DELETE FROM audit_event WHERE seq = " + head.seq());
        // Consistent again: without an outside anchor nothing can tell.
        assertEquals(0, verify().code());
        CliRun run = verify("--head", head.typed());
        assertEquals(1, run.code(), run::toString);
        assertThat(run.out()).contains("the paper notes the log head at entry " + head.seq()
                + ", but the log holds only " + (head.seq() - 1) + " entries: its end was cut off");
    }

    @Test
    void theMinutesPrintTheLogHeadAtTheCloseBesideTheFingerprint() throws Exception {
        sql("UPDATE meeting SET title = 'Sửa sau'");
        for (String format : List.of("text", "html")) {
            CliRun run = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", "1", "--format", format,
                    "--lang", "en");
            assertEquals(0, run.code(), run::toString);
            assertThat(run.out()).contains("Audit log head at the round").contains("close: entry " + closeHead.shown() + ".")
                    .contains("Kỳ họp thứ 12").doesNotContain("Sửa sau");
        }
    }

    /**
     * The paper's fingerprint is the one stored at round 1's close, whose data then changed (a mark changed, or one
     * no level has): verify says so of that round, both ways, rather than "matches" for the first and "no round has
     * it" for the second.
     */
    @Test
    void aFingerprintNotedOnPaperOfARoundChangedSince() throws Exception {
        List<String> guard = List.of("ballot_line_closed_no_update");
        String line = " WHERE line = 1 AND ballot_id = (SELECT id FROM ballot WHERE round_id = 1 AND number = 1)";
        behindTheBack(guard, "UPDATE ballot_line SET mark = 2" + line);
        String paper = vn.tinnhiem.domain.Fingerprint.grouped(fingerprint);
        CliRun changed = verify("--expect", paper);
        assertEquals(1, changed.code(), changed::toString);
        assertThat(changed.out()).contains("Fingerprint noted on paper " + paper + ": it is the one stored at the "
                + "close of round 1, but that round’s data NO LONGER match it").doesNotContain("matches the one");
        behindTheBack(guard, "UPDATE ballot_line SET mark = 7" + line);
        CliRun unreadable = verify("--expect", paper);
        assertEquals(1, unreadable.code(), unreadable::toString);
        assertThat(unreadable.out()).contains("it is the one stored at the close of round 1, but")
                .doesNotContain("no round in the file has it");
        CliRun vi = CliRun.run(dir, "verify", "--db", db.toString(), "--expect", paper);
        assertThat(vi.out()).contains("là mã lưu lúc kết thúc của vòng 1, nhưng dữ liệu của vòng ấy nay KHÔNG còn khớp");
    }

    @Test
    void aFingerprintNotedOnPaperThatNoRoundHas() {
        String other = "0".repeat(64);
        CliRun run = verify("--expect", other);
        assertEquals(1, run.code(), run::toString);
        assertThat(run.out()).contains("fingerprint noted on paper 0000 0000");
        run = verify("--head", closeHead.seq() + ":" + "0".repeat(12));
        assertEquals(1, run.code(), run::toString);
        assertThat(run.out()).contains("the log was rewritten");
    }

    @Test
    void badPaperFiguresAreRefusedClearly() {
        CliRun run = verify("--expect", "xyz");
        assertEquals(2, run.code(), run::toString);
        assertThat(run.err()).contains("\"xyz\" is not a fingerprint");
        run = verify("--head", "abc");
        assertThat(run.err()).contains("\"abc\" is not a log head");
    }
}
