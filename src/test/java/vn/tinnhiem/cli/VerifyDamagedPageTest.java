package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * {@code verify} has SQLite check every page on a connection of its own while it reads the file: a page damaged
 * where none of its reads goes (an index of the log) is still said as a damaged file, before any round, and
 * nothing is left beside the file.
 */
class VerifyDamagedPageTest {
    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void prepare() throws Exception {
        db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, TwoOfficials.CLOCK)) {
            TwoOfficials m = TwoOfficials.in(store);
            Round round = store.openRound(m.meeting(), RoundKind.RATING, m.roster(), 9);
            for (int i = 0; i < 8; i++) {
                store.recordBallot(round.id(), BallotDraft.empty(2).mark(Mark.level(1 + i % 3))
                        .mark(Mark.level(3 - i % 3)));
            }
            store.closeRound(round.id(), 8);
        }
    }

    @Test
    void anIntactFileIsSaidIntactAndNothingIsLeftBeside() {
        CliRun r = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(0, r.code(), r::toString);
        assertThat(r.out()).contains("Hội nghị 1");
        assertNothingBeside();
    }

    @Test
    void aDamagedIndexPageIsSaidBeforeAnyRound() throws Exception {
        int page;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'audit_event_by_round'")) {
            page = rs.getInt(1);
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((page - 1) * 4096L + 8); // the page's cell pointers: every cell now out of the page
            f.write(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        }
        byte[] before = Files.readAllBytes(db);
        for (String lang : new String[] {"vi", "en"}) {
            CliRun r = CliRun.run(dir, "--lang", lang, "verify", "--db", db.toString());
            assertEquals(1, r.code(), r::toString);
            assertThat(r.err()).contains(db.toString()).contains(lang.equals("vi") ? "bị hỏng" : "damaged")
                    .doesNotContain("Exception");
            assertThat(r.out()).doesNotContain(lang.equals("vi") ? "Hội nghị" : "Meeting");
            assertEquals(before.length, Files.readAllBytes(db).length);
            assertThat(Files.readAllBytes(db)).isEqualTo(before);
            assertNothingBeside();
        }
    }

    private void assertNothingBeside() {
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            assertFalse(Files.exists(Path.of(db + suffix)), suffix);
        }
    }
}
