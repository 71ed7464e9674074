package vn.tinnhiem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.SheetAudit;
import vn.tinnhiem.domain.SheetCell;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.TallySheet;

/** Tally-sheet entries on a real SQLite file: kept, logged, refused when they must be, frozen by the close. */
class SheetStoreTest extends StoreTestSupport {
    /** 40 issued, 38 collected, 36 valid + 2 invalid, two officials. */
    static final TallySheet SOUND = new TallySheet(40, 38, 36, 2, List.of(
            new LineCount(new long[] {20, 10, 5}, 1), new LineCount(new long[] {30, 4, 2}, 0)));
    static final TallySheet SLIP = SOUND.with(new SheetCell(2, 0), 31);

    Round sheetRound(Counting counting) {
        Meeting m = meeting();
        return store.openRound(m.id(), RoundKind.RATING, roster(m.id(), 2), 40,
                RoundSettings.NORMAL.withCounting(counting));
    }

    @Test
    void anEntryIsKeptWithEveryNumberAndLoggedInItsTransaction() {
        Round r = sheetRound(Counting.TALLY_SHEET);
        SheetEntry saved = store.sheets().record(r.id(), SOUND);
        assertThat(saved).isEqualTo(new SheetEntry(1, SOUND));
        reopen();
        assertThat(store.sheets().entries(r.id())).containsExactly(new SheetEntry(1, SOUND));
        var logged = store.auditLog().stream().filter(e -> e.kind() == AuditKind.SHEET_RECORDED).toList();
        assertThat(logged).hasSize(1);
        assertThat(logged.get(0).detail()).isEqualTo("round=1;pass=1;sheet=40,38,36,2|20,10,5,1|30,4,2,0");
        assertThat(logged.get(0).detail()).isEqualTo(SheetAudit.recorded(r, saved));
    }

    @Test
    void closeIsRefusedWhileAControlTotalFailsAndTakesCollectedFromTheSheet() {
        Round r = sheetRound(Counting.TALLY_SHEET);
        assertRefused("sheet.close.notEntered", () -> store.closeRound(r.id(), 38));
        store.sheets().record(r.id(), SLIP);
        assertRefused("sheet.close.totals", () -> store.closeRound(r.id(), 38), 1,
                Problem.of("sheet.total.lineNamed", "Người số 2", 2, 37L, 36, "+1"));
        store.sheets().record(r.id(), SOUND);
        assertRefused("sheet.close.collected", () -> store.closeRound(r.id(), 37), 37, 38);
        Round closed = store.closeRound(r.id(), 38);
        assertThat(closed.collected()).isEqualTo(38);
        assertThat(closed.base()).isEqualTo(38);
        assertThat(store.sheets().entries(r.id())).extracting(SheetEntry::pass).containsExactly(1, 2);
        assertRefused("error.round.closed", () -> store.sheets().record(r.id(), SOUND));
        String canonical = Fingerprint.canonical(closed, List.of(), store.sheets().entries(r.id()),
                store.meetingAtCloseText(r.id()));
        assertThat(canonical).contains("sheet=1;40,38,36,2|20,10,5,1|31,4,2,0\n")
                .contains("sheet=2;40,38,36,2|20,10,5,1|30,4,2,0\n").contains("count=36;2;0\n")
                .contains("line=2;30,4,2,0\n");
        assertThat(store.fingerprint(r.id())).isEqualTo(Fingerprint.of(closed, List.of(),
                store.sheets().entries(r.id()), store.meetingAtCloseText(r.id())));
    }

    @Test
    void twiceTheReadersMustAgreeOrBeResolvedBeforeTheClose() {
        Round r = sheetRound(Counting.TALLY_SHEET_TWICE);
        store.sheets().record(r.id(), SOUND);
        assertRefused("sheet.close.secondMissing", () -> store.closeRound(r.id(), 38));
        store.sheets().record(r.id(), SLIP);
        assertRefused("sheet.close.conflict", () -> store.closeRound(r.id(), 38), 1);
        store.sheets().record(r.id(), SOUND);
        assertRefused("sheet.entry.settled", () -> store.sheets().record(r.id(), SOUND));
        assertThat(store.closeRound(r.id(), 38).isOpen()).isFalse();
    }

    @Test
    void aBallotRoundTakesNoSheetASheetRoundNoBallotAndASheetOfAnotherShapeIsRefused() {
        Meeting m = meeting();
        Round ballots = store.openRound(m.id(), RoundKind.RATING, roster(m.id(), 2), 40);
        assertRefused("sheet.entry.notSheetRound", () -> store.sheets().record(ballots.id(), SOUND));
        Round r = store.openRound(m.id(), RoundKind.RATING, store.roster(m.id()).subList(0, 1), 40,
                RoundSettings.NORMAL.withCounting(Counting.TALLY_SHEET));
        assertRefused("sheet.entry.shape", () -> store.sheets().record(r.id(), SOUND), 1, 3);
        assertThat(store.sheets().entries(r.id())).isEmpty();
        StoreException ballot = assertRefused("error.db.failed", () -> store.recordBallot(r.id(), draft(1, level(1))));
        assertThat(ballot.problem().args().get(0).toString()).contains("counted from tally sheets");
        assertThat(store.ballots(r.id())).isEmpty();
    }

    @Test
    void aClosedRoundsSheetCannotBeChangedInTheFileButARehearsalIsDeletedWhole() throws Exception {
        Round r = sheetRound(Counting.TALLY_SHEET);
        store.sheets().record(r.id(), SOUND);
        store.closeRound(r.id(), 38);
        Meeting m2 = store.createMeeting(details("Diễn tập"));
        Round rehearsal = store.openRound(m2.id(), RoundKind.RATING, roster(m2.id(), 2), 40,
                new RoundSettings(true, false, Counting.TALLY_SHEET));
        store.sheets().record(rehearsal.id(), SOUND);
        store.closeRound(rehearsal.id(), 38);
        store.close();
        store = null;
        try (Connection c = plainConnection(); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = ON");
            for (String sql : List.of("UPDATE sheet_entry SET collected = 37 WHERE round_id = " + r.id(),
                    "UPDATE sheet_line SET count = 21 WHERE line = 1 AND level = 1 AND entry_id IN "
                            + "(SELECT id FROM sheet_entry WHERE round_id = " + r.id() + ")",
                    "DELETE FROM sheet_line WHERE entry_id IN (SELECT id FROM sheet_entry WHERE round_id = "
                            + r.id() + ")",
                    "DELETE FROM sheet_entry WHERE round_id = " + r.id(),
                    "INSERT INTO sheet_entry (round_id, pass, issued, collected, valid, invalid, entered_at) "
                            + "VALUES (" + r.id() + ", 9, 1, 1, 1, 0, 'x')")) {
                assertThatThrownBy(() -> s.execute(sql)).hasMessageContaining("round is closed");
            }
        }
        store = Database.open(file, CLOCK);
        store.deleteRehearsal(rehearsal.id());
        try (Connection c = plainConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM sheet_entry")) {
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
