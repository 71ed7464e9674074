package vn.tinnhiem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.SerialState;
import vn.tinnhiem.domain.Tally;

/** Double entry on a real SQLite file: readings, the ballots they settle, refusals, the close and the triggers. */
class ReadingStoreTest extends StoreTestSupport {
    Meeting meeting;
    List<Official> roster;
    Round round;

    @BeforeEach
    void doubleEntryRound() {
        meeting = meeting();
        roster = roster(meeting.id(), 3);
        round = store.openRound(meeting.id(), RoundKind.RATING, roster, 10,
                RoundSettings.NORMAL.withCounting(Counting.DOUBLE_ENTRY));
    }

    BallotDraft marks(int a, int b, int c) {
        return draft(3, level(a), level(b), level(c));
    }

    @Test
    void twoAgreeingReadingsRecordOneBallotWithItsSerial() throws Exception {
        RecordedReading first = store.readings().record(round.id(), 1, 3, marks(1, 2, 3));
        assertThat(first.state()).isInstanceOf(SerialState.EnteredOnce.class);
        assertThat(first.ballot()).isNull();
        assertThat(store.ballots(round.id())).isEmpty();
        RecordedReading second = store.readings().record(round.id(), 1, 3, marks(1, 2, 3));
        assertThat(second.reading().pass()).isEqualTo(2);
        assertThat(second.state()).isInstanceOf(SerialState.Agreed.class);
        assertThat(second.ballot().number()).isEqualTo(1);
        reopen();
        assertThat(store.ballots(round.id())).hasSize(1);
        assertThat(store.readings().readings(round.id())).hasSize(2);
        assertThat(store.readings().numbered(round.id())).isEqualTo(3);
        try (Connection c = plainConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT serial FROM ballot WHERE round_id = " + round.id());
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(store.auditLog().stream().filter(e -> e.kind() == AuditKind.READING_RECORDED).map(e -> e.detail()))
                .containsExactly("serial=1;pass=1;numbered=3;status=VALID;marks=1,2,3",
                        "serial=1;pass=2;numbered=3;status=VALID;marks=1,2,3");
    }

    @Test
    void nothingThatIdentifiesAVoterIsStoredWithAReading() throws Exception {
        try (Connection c = plainConnection(); var rs = c.createStatement()
                .executeQuery("SELECT group_concat(name) FROM pragma_table_info('reading')")) {
            rs.next();
            // serial: written on the paper by the committee after collection; at: when the paper was keyed
            assertThat(rs.getString(1)).isEqualTo("id,round_id,serial,pass,numbered,status,marks,at");
        }
    }

    @Test
    void aConflictCountsNothingUntilTheThirdReadingWhichCounts() {
        store.readings().record(round.id(), 2, 3, marks(1, 2, 3));
        RecordedReading conflict = store.readings().record(round.id(), 2, 3, marks(1, 1, 3));
        assertThat(conflict.state()).isEqualTo(new SerialState.InConflict(conflict.state().readings().get(0),
                conflict.reading(), List.of(2)));
        assertThat(store.ballots(round.id())).isEmpty();
        RecordedReading third = store.readings().record(round.id(), 2, 3, marks(1, 1, 3));
        assertThat(third.state()).isInstanceOf(SerialState.Resolved.class);
        Ballot b = store.ballots(round.id()).get(0);
        assertThat(b.marks()).isEqualTo(marks(1, 1, 3).marks());
        assertThat(store.readings().readings(round.id())).hasSize(3);
    }

    @Test
    void refusalsChangeNothing() {
        store.readings().record(round.id(), 1, 3, marks(1, 2, 3));
        store.readings().record(round.id(), 1, 3, marks(1, 2, 3));
        int log = store.auditLog().size();
        assertRefused("de.error.serialAgreed", () -> store.readings().record(round.id(), 1, 3, marks(3, 3, 3)), 1);
        assertRefused("de.error.serialOver", () -> store.readings().record(round.id(), 4, 3, marks(3, 3, 3)), 4, 3);
        assertRefused("de.error.serialZero", () -> store.readings().record(round.id(), 0, 3, marks(3, 3, 3)), 3);
        assertRefused("de.error.numberedFixed", () -> store.readings().record(round.id(), 2, 4, marks(3, 3, 3)), 3);
        assertRefused("de.error.numberedOverIssued", () -> {
            Round other = store.openRound(meeting.id(), RoundKind.RATING, roster, 2,
                    RoundSettings.NORMAL.withCounting(Counting.DOUBLE_ENTRY));
            store.readings().record(other.id(), 1, 3, marks(3, 3, 3));
        }, 3, 2);
        assertRefused("error.ballot.incomplete", () -> store.readings().record(round.id(), 2, 3, draft(3, level(1))));
        Round plain = store.openRound(meeting.id(), RoundKind.RATING, roster, 5);
        assertRefused("de.error.notDoubleEntry", () -> store.readings().record(plain.id(), 1, 3, marks(1, 1, 1)));
        assertThat(store.readings().readings(round.id())).hasSize(2);
        assertThat(store.ballots(round.id())).hasSize(1);
        assertThat(store.auditLog()).hasSize(log + 2); // the two rounds opened for the refusals above
    }

    @Test
    void closeIsRefusedWhileAnySerialIsOnceInConflictOrMissingThenTakesTheNumberedCount() {
        store.readings().record(round.id(), 1, 3, marks(1, 2, 3));
        store.readings().record(round.id(), 2, 3, marks(1, 2, 3));
        store.readings().record(round.id(), 2, 3, marks(2, 2, 3));
        var e = assertRefused("de.close.refused3", () -> store.readings().close(round.id(), null));
        assertThat(e.problem().args()).hasSize(3);
        assertThat(assertRefused("error.db.failed", () -> store.closeRound(round.id(), 0, null)).problem().args()
                .get(0).toString()).contains("every numbered ballot settled"); // the file itself refuses
        store.readings().record(round.id(), 1, 3, marks(1, 2, 3));
        store.readings().record(round.id(), 2, 3, marks(2, 2, 3));
        store.readings().record(round.id(), 3, 3, wholeInvalid(3));
        store.readings().record(round.id(), 3, 3, wholeInvalid(3));
        Tally running = Tally.count(round.form(), 3, store.ballots(round.id()));
        Round closed = store.readings().close(round.id(), running);
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.collected()).isEqualTo(3);
        assertRefused("error.round.closed", () -> store.readings().record(round.id(), 1, 3, marks(1, 1, 1)));
    }

    @Test
    void aClosedRoundsReadingsCannotBeChangedNorAddedInTheFile() throws Exception {
        for (int s = 1; s <= 2; s++) {
            store.readings().record(round.id(), s, 2, marks(1, 2, 3));
            store.readings().record(round.id(), s, 2, marks(1, 2, 3));
        }
        store.readings().close(round.id(), null);
        store.close();
        store = null;
        try (Connection c = plainConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE reading SET marks = '2,2,3' WHERE serial = 1"))
                    .hasMessageContaining("never changed");
            assertThatThrownBy(() -> s.execute("DELETE FROM reading WHERE serial = 1"))
                    .hasMessageContaining("round is closed");
            assertThatThrownBy(() -> s.execute("INSERT INTO reading (round_id, serial, pass, numbered, status, marks, at)"
                    + " VALUES (" + round.id() + ", 1, 3, 2, 'VALID', '1,1,1', 'x')"))
                    .hasMessageContaining("round is closed");
        }
    }

    @Test
    void anOpenRoundClosedWithoutSettlingIsRefusedByTheFileItself() throws Exception {
        store.readings().record(round.id(), 1, 2, marks(1, 2, 3));
        store.readings().record(round.id(), 1, 2, marks(1, 2, 3));
        store.close();
        store = null;
        try (Connection c = plainConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE round SET collected = 1 WHERE id = " + round.id());
            assertThatThrownBy(() -> s.execute("UPDATE round SET state = 'CLOSED' WHERE id = " + round.id()))
                    .hasMessageContaining("every numbered ballot settled");
        }
    }

    @Test
    void aBallotOfADoubleEntryRoundIsNeverVoidedNeitherByTheStoreNorInTheFile() throws Exception {
        store.readings().record(round.id(), 1, 2, marks(1, 2, 3));
        store.readings().record(round.id(), 1, 2, marks(1, 2, 3));
        assertRefused("de.entry.noVoid", () -> store.voidBallot(round.id(), 1, "nhập nhầm"));
        assertRefused("de.error.byReadingOnly", () -> store.recordBallot(round.id(), marks(1, 1, 1)), 1);
        assertThat(store.ballots(round.id())).hasSize(1);
        store.close();
        store = null;
        try (Connection c = plainConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE ballot SET voided = 1, void_reason = 'x' WHERE number = 1"))
                    .hasMessageContaining("voids no ballot");
        }
    }

    @Test
    void aRehearsalDeletedWholeTakesItsReadings() {
        Round rehearsal = store.openRound(meeting.id(), RoundKind.RATING, roster, 5,
                new RoundSettings(true, false, Counting.DOUBLE_ENTRY));
        store.readings().record(rehearsal.id(), 1, 1, marks(1, 2, 3));
        store.readings().record(rehearsal.id(), 1, 1, marks(1, 2, 3));
        store.readings().close(rehearsal.id(), null);
        store.deleteRehearsal(rehearsal.id());
        assertThat(store.rounds(meeting.id())).extracting(Round::id).containsExactly(round.id());
    }
}
