package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/** {@code tinnhiem verify} covers every reading of a double-entry round, and names one altered after the close. */
class DoubleEntryVerifyTest {
    @TempDir
    Path dir;

    Path db;
    long roundId;

    static BallotDraft marks(int a, int b) {
        return BallotDraft.empty(2).mark(Mark.level(a)).mark(Mark.level(b));
    }

    @BeforeEach
    void closedDoubleEntryRound() {
        db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, TwoOfficials.CLOCK)) {
            TwoOfficials two = TwoOfficials.in(store);
            long meeting = two.meeting();
            var roster = two.roster();
            roundId = store.openRound(meeting, RoundKind.RATING, roster, 9,
                    RoundSettings.NORMAL.withCounting(Counting.DOUBLE_ENTRY)).id();
            var r = store.readings();
            r.record(roundId, 1, 3, marks(1, 2));
            r.record(roundId, 2, 3, marks(2, 2));
            r.record(roundId, 3, 3, BallotDraft.empty(2).invalidate());
            r.record(roundId, 1, 3, marks(1, 2));
            r.record(roundId, 2, 3, marks(2, 3)); // a slip
            r.record(roundId, 3, 3, BallotDraft.empty(2).invalidate());
            r.record(roundId, 2, 3, marks(2, 2)); // the paper read again
            r.close(roundId, null);
        }
    }

    @Test
    void aCleanDoubleEntryRoundVerifies() {
        CliRun run = CliRun.run(dir, "verify", "--db", db.toString());
        assertThat(run.code()).as(run.toString()).isZero();
    }

    @Test
    void aReadingAlteredAfterTheCloseIsNamedWithItsRoundAndSerial() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER reading_no_update");
            s.execute("UPDATE reading SET marks = '2,3' WHERE serial = 2 AND pass = 3");
        }
        CliRun run = CliRun.run(dir, "--lang", "en", "verify", "--db", db.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("reading 3 of ballot no. 2 was altered")
                .contains("ballot no. 2 is counted (ballot 3) otherwise than the reading that settled it")
                .contains("Round 1");
    }

    @Test
    void aReadingDeletedAfterTheCloseIsNamed() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER reading_closed_no_delete");
            s.execute("DELETE FROM reading WHERE serial = 1 AND pass = 2");
        }
        CliRun run = CliRun.run(dir, "--lang", "en", "verify", "--db", db.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("reading 2 of ballot no. 1 is in the audit log but gone from the file");
    }
}
