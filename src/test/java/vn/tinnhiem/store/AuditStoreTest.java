package vn.tinnhiem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.AuditChain;
import vn.tinnhiem.domain.AuditDetail;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundCheck;
import vn.tinnhiem.domain.RoundKind;

/** Every change leaves an entry in the audit log, in its own transaction; the log is a chain; tampering shows. */
class AuditStoreTest extends StoreTestSupport {
    private Meeting meeting;
    private List<Official> officials;

    @BeforeEach
    void meetingWithRoster() {
        meeting = meeting();
        officials = roster(meeting.id(), 3);
    }

    private List<AuditKind> kinds() {
        return store.auditLog().stream().map(AuditEvent::kind).toList();
    }

    private Round closedRound() {
        Round round = store.openRound(meeting.id(), RoundKind.RATING, officials, 10);
        store.recordBallot(round.id(), draft(3, level(1), level(3), Mark.BLANK));
        store.recordBallot(round.id(), wholeInvalid(3));
        store.recordBallot(round.id(), draft(3, level(2), level(2), level(2)));
        store.voidBallot(round.id(), 3, "đọc nhầm");
        return store.closeRound(round.id(), 2);
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = plainConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void everyChangeIsAnEntryWithTheTimeOfTheStoresClock() {
        store.updateMeeting(meeting.id(), details("Kỳ họp thứ 12 (sửa)"));
        store.updateOfficial(officials.get(0).id(), new OfficialDraft("Nguyễn Văn An", "Chủ tịch"));
        store.moveOfficial(officials.get(1).id(), -1);
        Official extra = store.addOfficial(meeting.id(), new OfficialDraft("Lê Văn Dũng", "Ủy viên"));
        store.removeOfficial(extra.id());
        closedRound();
        store.recordExport(meeting.id(), null, "data/exports/bien-ban.html");
        assertEquals(List.of(AuditKind.MEETING_CREATED, AuditKind.ROSTER_CHANGED, AuditKind.MEETING_EDITED,
                AuditKind.ROSTER_CHANGED, AuditKind.ROSTER_CHANGED, AuditKind.ROSTER_CHANGED,
                AuditKind.ROSTER_CHANGED, AuditKind.ROUND_OPENED, AuditKind.BALLOT_RECORDED,
                AuditKind.BALLOT_RECORDED, AuditKind.BALLOT_RECORDED, AuditKind.BALLOT_VOIDED,
                AuditKind.ROUND_CLOSED, AuditKind.EXPORT_WRITTEN), kinds());
        List<AuditEvent> log = store.auditLog();
        assertThat(log).allSatisfy(e -> {
            assertEquals("2026-03-05T09:30:15+07:00", e.time());
            assertEquals(meeting.id(), e.meetingId());
        });
        assertThat(log.stream().map(AuditEvent::detail)).contains(
                "action=import;count=3;officials=1,2,3;names=Người số 1|Người số 2|Người số 3"
                        + ";positions=Chức vụ 1|Chức vụ 2|Chức vụ 3",
                "action=edit;official=1;name=Nguyễn Văn An;position=Chủ tịch",
                "action=move;official=2;from=2;to=1",
                "action=remove;official=4;name=Lê Văn Dũng",
                "ballot=1;status=VALID;marks=1,3,0", "ballot=2;status=INVALID",
                "ballot=3;reason=đọc nhầm", "file=data/exports/bien-ban.html");
        assertTrue(AuditChain.intact(log));
        assertEquals(store.auditLog(meeting.id()), log);
    }

    @Test
    void theLogOfAMeetingLeavesOtherMeetingsOut() {
        Meeting other = store.createMeeting(details("Hội nghị khác"));
        assertThat(store.auditLog(other.id())).singleElement()
                .satisfies(e -> assertEquals(AuditKind.MEETING_CREATED, e.kind()));
        assertEquals(3, store.auditLog().size());
        assertTrue(AuditChain.intact(store.auditLog()));
    }

    @Test
    void aBallotAndItsEntryAreOneTransaction() throws Exception {
        Round round = store.openRound(meeting.id(), RoundKind.RATING, officials, 10);
        store.recordBallot(round.id(), draft(3, level(1), level(1), level(1)));
        // A trigger of the store's own connection makes the log refuse ballot entries: the ballot itself must not
        // be kept either. (On another connection it would be an edit from outside, refused before anything.)
        store.executeOwn("CREATE TEMP TRIGGER refuse_ballot_entries BEFORE INSERT ON main.audit_event"
                + " WHEN NEW.kind = 'BALLOT_RECORDED' BEGIN SELECT RAISE(ABORT, 'test: no ballot entries'); END");
        assertRefused("error.db.failed", () -> store.recordBallot(round.id(), draft(3, level(2), level(2), level(2))));
        assertEquals(1, store.ballots(round.id()).size());
        store.executeOwn("DROP TRIGGER temp.refuse_ballot_entries");
        store.recordBallot(round.id(), draft(3, level(3), level(3), level(3)));
        assertEquals(List.of(1, 2), store.ballots(round.id()).stream().map(b -> b.number()).toList());
        assertEquals(2, kinds().stream().filter(k -> k == AuditKind.BALLOT_RECORDED).count());
    }

    @Test
    void aRefusalWritesNoEntry() {
        Round round = store.openRound(meeting.id(), RoundKind.RATING, officials, 10);
        store.recordBallot(round.id(), draft(3, level(1), level(1), level(1)));
        int before = store.auditLog().size();
        assertRefused("error.close.missing", () -> store.closeRound(round.id(), 2));
        assertRefused("error.void.noSuchBallot", () -> store.voidBallot(round.id(), 5, "không có"));
        assertRefused("error.official.inUse", () -> store.removeOfficial(officials.get(0).id()));
        assertEquals(before, store.auditLog().size());
        assertNull(store.fingerprint(round.id()));
    }

    @Test
    void closingStoresTheFingerprintOfTheRoundAsItReadsBackAndLogsIt() {
        Round closed = closedRound();
        String fp = store.fingerprint(closed.id());
        assertNotNull(fp);
        assertEquals(Fingerprint.of(store.round(closed.id()), store.ballots(closed.id()),
                store.meetingAtCloseText(closed.id())), fp);
        AuditEvent last = store.auditLog().get(store.auditLog().size() - 1);
        assertEquals(AuditKind.ROUND_CLOSED, last.kind());
        assertEquals(closed.id(), last.roundId());
        assertEquals("round=1;collected=2;base=2;fingerprint=" + fp, last.detail());
        reopen();
        assertEquals(fp, store.fingerprint(closed.id()));
    }

    @Test
    void theLogRefusesUpdatesDeletesAndEntriesOutOfOrder() {
        closedRound();
        for (String sql : List.of("UPDATE audit_event SET detail = 'x' WHERE seq = 3",
                "DELETE FROM audit_event WHERE seq = 3",
                "INSERT INTO audit_event (seq, at, kind, detail, prev_hash, hash) VALUES (99, 't', 'EXPORT_WRITTEN', "
                        + "'', '" + "0".repeat(64) + "', '" + "1".repeat(64) + "')",
                "UPDATE round SET fingerprint = '" + "0".repeat(64) + "'")) {
            SQLException e = assertThrows(SQLException.class, () -> sql(sql), sql);
            assertThat(e.getMessage()).contains("tinnhiem:");
        }
    }

    private RoundCheck check(long roundId) {
        Round round = store.round(roundId);
        List<AuditEvent> events = store.auditLog().stream()
                .filter(e -> e.roundId() != null && e.roundId() == roundId).toList();
        return RoundCheck.of(round, meeting.details(), store.ballots(roundId), store.fingerprint(roundId), events,
                store.meetingAtCloseText(roundId));
    }

    @Test
    void anUntouchedRoundChecksClean() {
        Round closed = closedRound();
        Round open = store.openRound(meeting.id(), RoundKind.VOTE, officials, 10);
        store.recordBallot(open.id(), draft(3, level(1), level(2), Mark.SEVERAL));
        assertEquals(List.of(), check(closed.id()).differences());
        assertEquals(List.of(), check(open.id()).differences());
        assertEquals(List.of(), check(closed.id()).notes());
    }

    @Test
    void aBallotLineChangedBehindTheStoresBackIsFound() throws Exception {
        Round closed = closedRound();
        store.close();
        store = null;
        sql("DROP TRIGGER ballot_line_closed_no_update",
                "UPDATE ballot_line SET mark = 2 WHERE line = 2 AND ballot_id = (SELECT id FROM ballot WHERE number = 1 "
                        + "AND round_id = " + closed.id() + ")");
        store = Database.open(file, CLOCK);
        RoundCheck c = check(closed.id());
        assertThat(c.differences()).extracting(Problem::key)
                .containsExactlyInAnyOrder("error.verify.fingerprint", "error.verify.ballotLine");
        // The line named with its official and both marks in words (ballot=1;status=VALID;marks=1,3,0 -> 1,2,0).
        assertThat(c.differences()).contains(Problem.of("error.verify.ballotLine", 1, 2, "Người số 2",
                Problem.of("ui.level.RATING.3"), Problem.of("ui.level.RATING.2")));
    }

    /**
     * Many changed lines: three named, then how many more; a change of validity, or marks not as tinnhiem writes
     * them, with both texts.
     */
    @Test
    void changedLinesAreNamedAFewThenCountedAndOtherChangesQuoted() {
        String was = "ballot=4;status=VALID;marks=1,2,3,0,9";
        assertThat(AuditDetail.marksChanged(was, "ballot=4;status=VALID;marks=2,2,1,9,0"))
                .containsExactly(new AuditDetail.MarkChange(1, '1', '2'), new AuditDetail.MarkChange(3, '3', '1'),
                        new AuditDetail.MarkChange(4, '0', '9'), new AuditDetail.MarkChange(5, '9', '0'));
        assertThat(AuditDetail.marksChanged(was, "ballot=4;status=INVALID")).isEmpty();
        assertThat(AuditDetail.marksChanged(was, "ballot=4;status=VALID;marks=1,2,3,0")).isEmpty();
        assertThat(AuditDetail.marksChanged(was, "ballot=5;status=VALID;marks=2,2,3,0,9")).isEmpty();
        assertThat(AuditDetail.marksChanged("ballot=4;status=VALID;marks=1,,3,0,9", was)).isEmpty();
        assertThat(AuditDetail.marksChanged(was, was)).isEmpty();
    }

    @Test
    void aBallotOfAnOpenRoundChangedBehindTheStoresBackDiffersFromTheLog() throws Exception {
        Round open = store.openRound(meeting.id(), RoundKind.RATING, officials, 10);
        store.recordBallot(open.id(), draft(3, level(1), level(1), level(1)));
        store.recordBallot(open.id(), draft(3, level(3), level(3), level(3)));
        sql("DELETE FROM ballot_line WHERE ballot_id = (SELECT id FROM ballot WHERE number = 2)",
                "DELETE FROM ballot WHERE number = 2");
        assertEquals(List.of(Problem.of("error.verify.ballotMissing", 2)), check(open.id()).differences());
    }

    @Test
    void anAlteredEntryIsFound() throws Exception {
        closedRound();
        sql("DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET detail = 'ballot=1;status=VALID;marks=1,1,0' WHERE seq = 4");
        assertEquals(List.of(Problem.of("error.verify.chainHash", 4L, "BALLOT_RECORDED")),
                AuditChain.check(store.auditLog()));
    }

    /**
     * An entry edited into naming no ballot ("x") is said as such, once: not as a ballot "-1" missing from the file,
     * nor the entries after it as out of order. The ballot it stood for is said to be missing from the log.
     */
    @Test
    void anEntryEditedIntoNamingNoBallotIsSaidAsSuch() throws Exception {
        Round closed = closedRound();
        AuditEvent first = store.auditLog().stream().filter(e -> e.kind() == AuditKind.BALLOT_RECORDED).findFirst()
                .orElseThrow();
        sql("DROP TRIGGER audit_event_no_update", "UPDATE audit_event SET detail = 'x' WHERE seq = " + first.seq());
        RoundCheck c = check(closed.id());
        assertThat(c.differences()).containsExactly(
                Problem.of("error.verify.lifeNoBallot", first.seq(), "BALLOT_RECORDED", "x"),
                Problem.of("error.verify.ballotNotLogged", 1));
    }

    /** A round's opening entry edited into nothing ('x'): a difference, not an entry of an old version that passes. */
    @Test
    void anOpeningEntryEditedIntoNothingIsADifference() throws Exception {
        Round closed = closedRound();
        AuditEvent opened = store.auditLog().stream().filter(e -> e.kind() == AuditKind.ROUND_OPENED).findFirst()
                .orElseThrow();
        sql("DROP TRIGGER audit_event_no_update", "UPDATE audit_event SET detail = 'x' WHERE seq = " + opened.seq());
        RoundCheck c = check(closed.id());
        assertThat(c.differences()).containsExactly(Problem.of("error.verify.openedUnreadable", opened.seq(), "x"));
        assertThat(c.notes()).isEmpty();
    }

    /** A file written by the version before the log: it upgrades, and its closed round simply has no fingerprint. */
    @Test
    void aFileFromBeforeTheLogUpgradesAndItsOldRoundsCheckWithANote() throws Exception {
        store.close();
        store = null;
        java.nio.file.Files.delete(file);
        try (Connection c = plainConnection(); Statement s = c.createStatement()) {
            for (String script : List.of("V1__ballots.sql", "V2__rules.sql")) {
                try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
                    for (String st : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        s.execute(st);
                    }
                }
            }
            s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            s.execute("PRAGMA user_version = 2");
            s.execute("INSERT INTO meeting (id, title, summoned, present, created_at) VALUES (1, 'Cũ', 10, 9, 't')");
            s.execute("INSERT INTO official (id, meeting_id, seq, full_name, position) VALUES (1, 1, 1, 'A', 'B')");
            s.execute("INSERT INTO round (id, meeting_id, seq, kind, issued, state, opened_at) "
                    + "VALUES (1, 1, 1, 'VOTE', 9, 'OPEN', 't')");
            s.execute("INSERT INTO round_official VALUES (1, 1, 1, 'A', 'B')");
            s.execute("INSERT INTO ballot (id, round_id, number, status) VALUES (1, 1, 1, 'VALID')");
            s.execute("INSERT INTO ballot_line VALUES (1, 1, 2)");
            s.execute("UPDATE round SET state = 'CLOSED', collected = 1, base = 1 WHERE id = 1");
        }
        store = Database.open(file, CLOCK);
        assertEquals(String.valueOf(Migrations.LATEST), store.pragma("user_version"));
        assertNull(store.fingerprint(1));
        assertEquals(List.of(), store.auditLog());
        meeting = store.meeting(1);
        RoundCheck c = check(1);
        assertEquals(List.of(), c.differences());
        assertThat(c.notes()).extracting(Problem::key)
                .containsExactly("error.verify.beforeFingerprints", "error.verify.openedBeforeLog");
        store.recordBallot(store.openRound(1, RoundKind.VOTE, store.roster(1), 5).id(),
                draft(1, level(1)));
        assertEquals(List.of(AuditKind.ROUND_OPENED, AuditKind.BALLOT_RECORDED), kinds());
        assertTrue(AuditChain.intact(store.auditLog()));
    }

    @Test
    void ballotEntriesHoldNoTimeNorNameOfTheirOwn() {
        closedRound();
        store.auditLog().stream().filter(e -> e.kind() == AuditKind.BALLOT_RECORDED).forEach(e ->
                assertThat(e.detail()).matches("ballot=\\d+;status=(VALID;marks=[0-9,]+|INVALID)"));
        assertEquals("ballot=1;status=INVALID", AuditDetail.ballotRecorded(
                new vn.tinnhiem.domain.Ballot(9, 1, vn.tinnhiem.domain.BallotStatus.INVALID, List.of(), false, null)));
    }
}
