package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.TallySheet;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;

/**
 * The file opened only to be read (plain JDBC, for report, verify and minutes) reads back exactly what the store
 * reads (through Jdbi): every meeting, round, ballot (voided and replacement ones included), the audit log, the
 * frozen details and the rows verify checks, and refuses what the store refuses.
 */
class ReadOnlyFileTest extends StoreTestSupport {

    @Test
    void readsBackWhatTheStoreReads() {
        Meeting m = meeting();
        List<Official> roster = roster(m.id(), 4);
        Round rating = store.openRound(m.id(), RoundKind.RATING, roster, 10);
        store.recordBallot(rating.id(), draft(4, level(1), level(2), level(3), level(1)));
        store.recordBallot(rating.id(), wholeInvalid(4));
        store.recordBallot(rating.id(), draft(4, Mark.BLANK, Mark.SEVERAL, level(3), level(2)));
        store.recordBallot(rating.id(), draft(4, level(3), level(3), level(3), level(3)));
        store.voidBallot(rating.id(), 4, "đọc nhầm");
        store.recordBallot(rating.id(), draft(4, level(2), level(2), level(1), level(1)), 4);
        store.closeRound(rating.id(), 4);
        Round vote = store.openRound(m.id(), RoundKind.VOTE, roster.subList(0, 2), 10, new RoundSettings(true, true));
        store.recordBallot(vote.id(), draft(2, level(1), level(2)));
        store.recordExport(m.id(), rating.id(), "/tmp/bien-ban.html");
        Meeting other = store.createMeeting(details("Phiên họp chuyên đề"));

        try (StoreReads file = Database.openReadOnly(this.file)) {
            assertEquals(store.meetings(), file.meetings());
            for (long id : List.of(m.id(), other.id())) {
                assertEquals(store.meeting(id), file.meeting(id));
                assertEquals(store.rounds(id), file.rounds(id));
                assertEquals(store.auditLog(id), file.auditLog(id));
            }
            for (long id : List.of(rating.id(), vote.id())) {
                assertEquals(store.round(id), file.round(id));
                assertEquals(store.ballots(id), file.ballots(id));
                assertEquals(store.fingerprint(id), file.fingerprint(id));
                assertEquals(store.roundTimes(id), file.roundTimes(id));
                assertEquals(store.meetingAtClose(id), file.meetingAtClose(id));
                assertEquals(store.meetingAtCloseText(id), file.meetingAtCloseText(id));
                assertEquals(store.closeHead(id), file.closeHead(id));
            }
            assertEquals(5, file.ballots(rating.id()).size()); // the voided one and its replacement included
            assertEquals(store.auditLog(), file.auditLog());
            assertEquals(store.logHead(), file.logHead());
            assertEquals(store.meetingRows(), file.meetingRows());
            assertEquals(store.roundRows(), file.roundRows());

            assertRefused("error.round.missing", () -> file.round(99));
            assertRefused("error.round.missing", () -> file.ballots(99));
            assertRefused("error.meeting.missing", () -> file.meeting(99));
        }
    }

    @Test
    void readsBackTheReadingsOfDoubleEntryAndTheEntriesOfTallySheets() {
        Meeting m = meeting();
        List<Official> roster = roster(m.id(), 2);
        Round de = store.openRound(m.id(), RoundKind.RATING, roster, 10,
                RoundSettings.NORMAL.withCounting(Counting.DOUBLE_ENTRY));
        store.readings().record(de.id(), 1, 3, draft(2, level(1), level(2)));
        store.readings().record(de.id(), 1, 3, draft(2, level(1), level(2)));
        store.readings().record(de.id(), 2, 3, draft(2, level(3), level(2)));
        store.readings().record(de.id(), 2, 3, draft(2, level(3), level(1)));
        store.readings().record(de.id(), 2, 3, draft(2, level(3), level(1)));
        Round sheet = store.openRound(m.id(), RoundKind.VOTE, roster, 10,
                RoundSettings.NORMAL.withCounting(Counting.TALLY_SHEET_TWICE));
        store.sheets().record(sheet.id(), new TallySheet(10, 9, 8, 1, List.of(
                new LineCount(new long[] {5, 3}, 0), new LineCount(new long[] {4, 3}, 1))));
        store.sheets().record(sheet.id(), new TallySheet(10, 9, 8, 1, List.of(
                new LineCount(new long[] {5, 3}, 0), new LineCount(new long[] {3, 4}, 1))));

        try (StoreReads file = Database.openReadOnly(this.file)) {
            for (long id : List.of(de.id(), sheet.id())) {
                assertEquals(store.round(id), file.round(id));
                assertEquals(store.readingsOf(id), file.readingsOf(id));
                assertEquals(store.storedReadings(id), file.storedReadings(id));
                assertEquals(store.ballotSerials(id), file.ballotSerials(id));
                assertEquals(store.numbered(id), file.numbered(id));
                assertEquals(store.sheetEntries(id), file.sheetEntries(id));
                assertEquals(store.sheetsOf(store.round(id)), file.sheetsOf(file.round(id)));
            }
            assertEquals(5, file.readingsOf(de.id()).size());
            assertEquals(Integer.valueOf(3), file.numbered(de.id()));
            assertEquals(2, file.ballotSerials(de.id()).size());
            assertEquals(2, file.sheetEntries(sheet.id()).size());
            assertEquals(Counting.TALLY_SHEET_TWICE, file.round(sheet.id()).settings().counting());
        }
    }

    @Test
    void aMarkTheFormHasNoLevelForIsRefusedAsTheStoreRefusesIt() throws Exception {
        Meeting m = meeting();
        Round vote = store.openRound(m.id(), RoundKind.VOTE, roster(m.id(), 2), 5);
        store.recordBallot(vote.id(), draft(2, level(1), level(2)));
        store.close();
        store = null;
        try (var c = plainConnection(); var s = c.createStatement()) {
            s.execute("UPDATE ballot_line SET mark = 3 WHERE line = 2"); // a vote has two levels
        }
        try (StoreReads file = Database.openReadOnly(this.file)) {
            assertThrows(IllegalArgumentException.class, () -> file.ballots(vote.id()));
        }
        store = Database.open(file, CLOCK);
        assertThrows(IllegalArgumentException.class, () -> store.ballots(vote.id()));
    }
}
