package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;
import vn.tinnhiem.store.StoreException;

/**
 * A tinnhiem file damaged past its header (cut short, or its schema overwritten) is refused by report, minutes and
 * verify, which leave the file as it was and nothing beside it.
 */
class DamagedFileSideFilesTest {
    @TempDir
    Path dir;

    private Path damaged(String how) throws Exception {
        Path db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, TwoOfficials.CLOCK)) {
            TwoOfficials m = TwoOfficials.in(store);
            Round round = store.openRound(m.meeting(), RoundKind.RATING, m.roster(), 40);
            for (int i = 0; i < 30; i++) {
                store.recordBallot(round.id(), BallotDraft.empty(2).mark(Mark.level(1)).mark(Mark.level(2)));
            }
            store.closeRound(round.id(), 30);
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            if (how.equals("none")) {
                return db; // damaged by the test itself
            } else if (how.equals("cut")) {
                f.setLength(f.length() / 2);
            } else {
                f.seek(100 + 8); // the schema's page: its cells' places, all out of the page
                f.write(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
            }
        }
        return db;
    }

    @ParameterizedTest
    @ValueSource(strings = {"cut", "schema"})
    void refusedAndNothingLeftBeside(String how) throws Exception {
        Path db = damaged(how);
        byte[] before = Files.readAllBytes(db);
        for (String[] args : new String[][] {{"report"}, {"minutes", "--round", "1"}, {"verify"}}) {
            String[] line = new String[args.length + 2];
            System.arraycopy(args, 0, line, 0, args.length);
            line[args.length] = "--db";
            line[args.length + 1] = db.toString();
            CliRun r = CliRun.run(dir, line);
            assertEquals(1, r.code(), r::toString);
            assertThat(r.err()).contains(db.toString()).doesNotContain("Exception");
            assertArrayEquals(before, Files.readAllBytes(db), args[0]);
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                assertFalse(Files.exists(Path.of(db + suffix)), args[0] + " left " + suffix);
            }
        }
    }

    /** The screen's open (the copy that writes) refuses the file the same way, and leaves nothing beside it. */
    @ParameterizedTest
    @ValueSource(strings = {"cut", "schema"})
    void theWritingOpenRefusesAndLeavesNothingBeside(String how) throws Exception {
        Path db = damaged(how);
        byte[] before = Files.readAllBytes(db);
        StoreException refused = assertThrows(StoreException.class, () -> Database.open(db, TwoOfficials.CLOCK));
        assertEquals("error.db.damaged", refused.problem().key());
        assertArrayEquals(before, Files.readAllBytes(db));
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            assertFalse(Files.exists(Path.of(db + suffix)), "the open left " + suffix);
        }
    }

    /**
     * A damaged page among the ballots' lines: report and minutes (which read without checking every page) and
     * verify (which checks) say the file is damaged in the user's words, never SQLite's, nor "could not write".
     */
    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void aDamagedPageIsSaidInTheUsersWords(String lang) throws Exception {
        Path db = damaged("none");
        int page;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'ballot_line'")) {
            page = rs.getInt(1);
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((page - 1) * 4096L + 8); // the page's cell pointers: every cell now out of the page
            f.write(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        }
        byte[] before = Files.readAllBytes(db);
        for (String[] args : new String[][] {{"report"}, {"minutes", "--round", "1"}, {"verify"}}) {
            CliRun r = CliRun.run(dir, concat(new String[] {"--lang", lang}, args, new String[] {"--db", db.toString()}));
            assertEquals(1, r.code(), r::toString);
            assertThat(r.err()).as(args[0]).contains(db.toString())
                    .contains(lang.equals("vi") ? "bị hỏng (SQLite " : "is damaged (SQLite ")
                    .doesNotContain("SQLITE_").doesNotContain("malformed").doesNotContain("Tree ")
                    .doesNotContain("Exception").doesNotContain("ghi được").doesNotContain("write");
            assertArrayEquals(before, Files.readAllBytes(db), args[0]);
            for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                assertFalse(Files.exists(Path.of(db + suffix)), args[0] + " left " + suffix);
            }
        }
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }
}
