package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.AuditChain;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Flag;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;
import vn.tinnhiem.store.StoreException;

/** The demo meeting, and rehearsal rounds: left out of report, deleted whole and logged, and verify stays green. */
class RehearsalAndDemoTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    @Test
    void theDemoHas45OfficialsAClosedRatingWithOneFlagAndAVotePartlyCounted() {
        try (JdbiStore store = Database.open(dir.resolve("d.db"), CLOCK)) {
            Meeting m = DemoData.create(store, CLOCK);
            assertThat(store.roster(m.id())).hasSize(45);
            assertThat(store.roster(m.id()).stream().map(o -> o.fullName()).distinct()).hasSize(45);
            List<Round> rounds = store.rounds(m.id());
            assertThat(rounds).hasSize(2);
            Round rating = rounds.get(0);
            assertThat(rating.isOpen()).isFalse();
            RoundResult r = RoundResult.of(rating, Tally.count(rating.form(), 45, store.ballots(rating.id())));
            assertThat(r.officials().stream().filter(o -> o.flag() != null).map(o -> o.flag()).toList())
                    .containsExactly(Flag.LOW_OVER_HALF);
            Round vote = rounds.get(1);
            assertThat(vote.isOpen()).isTrue();
            assertThat(vote.kind()).isEqualTo(RoundKind.VOTE);
            assertThat(store.ballots(vote.id())).hasSize(DemoData.VOTE_ENTERED);
        }
    }

    @Test
    void demoWritesItsOwnFileAndSaysWhere() throws Exception {
        Files.writeString(dir.resolve("tinnhiem.db"), "not touched");
        CliRun run = CliRun.run(dir, "demo", "--no-open", "--lang", "en");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Demo meeting written to").contains("demo.db");
        assertThat(Files.readString(dir.resolve("tinnhiem.db"))).isEqualTo("not touched");
        // made afresh each time: a second run gives the same meeting, not two
        assertThat(CliRun.run(dir, "demo", "--no-open").code()).isZero();
        try (JdbiStore store = Database.open(dir.resolve("demo.db"), CLOCK)) {
            assertThat(store.meetings()).hasSize(1);
        }
        assertThat(CliRun.run(dir, "verify", "--db", dir.resolve("demo.db").toString()).code()).isZero();
    }

    private long rehearsal(Path db) {
        try (JdbiStore store = Database.open(db, CLOCK)) {
            Meeting m = DemoData.create(store, CLOCK);
            var twelve = store.roster(m.id()).subList(0, 12);
            Round r = store.openRound(m.id(), RoundKind.RATING, twelve, 10, new RoundSettings(true, false));
            for (int b = 0; b < 5; b++) {
                BallotDraft d = BallotDraft.empty(12);
                for (int i = 0; i < 12; i++) {
                    d = d.mark(Mark.level(1 + (b + i) % 3));
                }
                store.recordBallot(r.id(), d);
            }
            store.closeRound(r.id(), 5);
            assertThat(store.round(r.id()).rehearsal()).isTrue();
            return r.id();
        }
    }

    @Test
    void reportLeavesRehearsalsOutUnlessAsked() {
        Path db = dir.resolve("r.db");
        long id = rehearsal(db);
        CliRun plain = CliRun.run(dir, "report", "--db", db.toString());
        assertThat(plain.code()).isZero();
        assertThat(plain.out()).doesNotContain("DIỄN TẬP").contains("Vòng 1").doesNotContain("Vòng 3");
        CliRun asked = CliRun.run(dir, "report", "--db", db.toString(), "--rehearsals");
        assertThat(asked.out()).contains("Vòng 3").contains("DIỄN TẬP");
        CliRun csv = CliRun.run(dir, "report", "--db", db.toString(), "--rehearsals", "--format", "csv");
        assertThat(csv.out()).contains("closed-rehearsal");
        assertThat(CliRun.run(dir, "report", "--db", db.toString(), "--round", String.valueOf(id)).out())
                .contains("DIỄN TẬP");
        // verify checks every round, rehearsals too, and says which those are
        CliRun verify = CliRun.run(dir, "verify", "--db", db.toString());
        assertThat(verify.out()).contains("Vòng 3 (mã " + id + ") · DIỄN TẬP · Lấy phiếu tín nhiệm")
                .contains("Vòng 1 (mã 1) · Lấy phiếu tín nhiệm");
    }

    @Test
    void aRehearsalIsDeletedWholeAndLoggedAndVerifyStaysGreen() {
        Path db = dir.resolve("r.db");
        long id = rehearsal(db);
        try (JdbiStore store = Database.open(db, CLOCK)) {
            long meeting = store.round(id).meetingId();
            long realRound = store.rounds(meeting).get(0).id();
            assertThatThrownBy(() -> store.deleteRehearsal(realRound)).isInstanceOf(StoreException.class);
            store.deleteRehearsal(id);
            assertThat(store.rounds(meeting)).hasSize(2);
            List<AuditEvent> log = store.auditLog();
            AuditEvent last = log.get(log.size() - 1);
            assertThat(last.kind()).isEqualTo(AuditKind.ROUND_DELETED);
            assertThat(last.roundId()).isEqualTo(id);
            assertThat(last.detail()).contains("roundId=" + id).contains("ballots=5");
            assertThat(AuditChain.intact(log)).isTrue();
        }
        CliRun verify = CliRun.run(dir, "verify", "--db", db.toString());
        assertThat(verify.code()).as(verify.out()).isZero();
    }

    /**
     * Rehearse, delete the rehearsal, start counting: SQLite gives the deleted rehearsal's id to the real round, and
     * verify must not count the rehearsal's entries as the real round's (it called the honest file tampered).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "rehearsal closed first: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void aRealRoundGivenADeletedRehearsalsIdStillVerifies(boolean closedFirst) throws Exception {
        Path db = dir.resolve("reuse.db");
        long reused;
        try (JdbiStore store = Database.open(db, CLOCK)) {
            Meeting m = DemoData.create(store, CLOCK);
            var twelve = store.roster(m.id()).subList(0, 12);
            Round r = store.openRound(m.id(), RoundKind.RATING, twelve, 10, new RoundSettings(true, false));
            store.recordBallot(r.id(), BallotDraft.empty(12).invalidate());
            if (closedFirst) {
                store.closeRound(r.id(), 1);
            }
            store.deleteRehearsal(r.id());
            Round real = store.openRound(m.id(), RoundKind.RATING, twelve, 10);
            assertThat(real.id()).as("the deleted rehearsal's id, given again").isEqualTo(r.id());
            store.recordBallot(real.id(), BallotDraft.empty(12).invalidate());
            store.recordBallot(real.id(), BallotDraft.empty(12).invalidate());
            store.closeRound(real.id(), 2);
            reused = real.id();
        }
        CliRun verify = CliRun.run(dir, "verify", "--db", db.toString(), "--lang", "en");
        assertThat(verify.code()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("2 ballot");
        // Its own ballots still count: one of them deleted behind tinnhiem's back is named.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("DROP TRIGGER ballot_line_closed_no_delete");
            c.createStatement().execute("DROP TRIGGER ballot_closed_no_delete");
            c.createStatement().execute("DELETE FROM ballot WHERE round_id = " + reused + " AND number = 2");
        }
        CliRun after = CliRun.run(dir, "verify", "--db", db.toString(), "--lang", "en");
        assertThat(after.code()).as(after.out()).isEqualTo(1);
    }

    @Test
    void theDatabaseStillRefusesToDeleteARealClosedRound() throws Exception {
        Path db = dir.resolve("r.db");
        rehearsal(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertThatThrownBy(() -> c.createStatement().execute("DELETE FROM ballot_line WHERE ballot_id IN "
                    + "(SELECT b.id FROM ballot b JOIN round r ON r.id = b.round_id WHERE r.seq = 1)"))
                    .hasMessageContaining("round is closed");
            assertThatThrownBy(() -> c.createStatement().execute("DELETE FROM round WHERE seq = 1"))
                    .hasMessageContaining("round is closed");
            assertThatThrownBy(() -> c.createStatement().execute("DELETE FROM audit_event"))
                    .hasMessageContaining("append-only");
        }
    }
}
