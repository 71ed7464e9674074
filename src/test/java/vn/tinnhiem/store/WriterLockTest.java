package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Problem;

/**
 * One writer per file whatever path leads to it, tried with two real processes through a hard link and a symbolic
 * link in another folder; readers beside the writer; nothing created beside a file in a folder that refuses it.
 */
class WriterLockTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:30:15Z"), ZoneOffset.ofHours(7));

    @TempDir
    Path dir;

    private Path original() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path file = a.resolve("hop.db");
        Path seed = Files.createDirectories(dir.resolve("seed")).resolve("seed.db");
        try (JdbiStore s = Database.open(file, CLOCK)) {
            s.meetings();
        }
        Files.createSymbolicLink(seed, file);
        try (JdbiStore s = Database.open(seed, CLOCK)) { // the file's note names another path until the holder
            s.createMeeting(new MeetingDetails("Kỳ họp", "", "", "", 10, 10, List.of()));
        }
        return file;
    }

    /** Another copy of tinnhiem, in its own JVM, holding {@code file} open; closed with the returned process. */
    private static Process holder(Path file) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), LockHolder.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("ready", out.readLine(), "the other copy did not open the file");
        return p;
    }

    private static void quit(Process p) throws Exception {
        p.getOutputStream().close();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    /** A path to the file, made when asked. */
    private interface Other {
        Path make() throws Exception;
    }

    /** Refuses a second writer through the path {@code made} gives, while another process writes; that path. */
    private Path secondWriterIsRefused(Path file, Other made) throws Exception {
        Process first = holder(file);
        Path other;
        try {
            other = made.make();
            StoreException e = assertThrows(StoreException.class, () -> Database.open(other, CLOCK));
            assertEquals(Problem.of("record.writer.heldBy", other.toAbsolutePath().toString(), file.toString()),
                    e.problem());
            // Readers still read beside it, and see what it committed, whatever path they came through.
            try (StoreReads reader = Database.openReadOnly(other)) {
                assertEquals(2, reader.meetings().size());
            }
            // Neither the refused writer nor the reader left anything beside the path they came through.
            Path otherFolder = other.toAbsolutePath().getParent();
            try (var listed = Files.list(otherFolder)) {
                assertEquals(List.of(other.toAbsolutePath()), listed.toList());
            }
        } finally {
            quit(first);
        }
        return other;
    }

    @Test
    void aHardLinkInAnotherFolderIsRefusedWhileAnotherProcessWrites() throws Exception {
        Path file = original();
        // made once the first copy has the file open: a file that already has a second name is not written at all
        Path link = secondWriterIsRefused(file, () -> Files.createLink(Files.createDirectories(dir.resolve("b"))
                .resolve("ban-sao.db"), file));
        StoreException e = assertThrows(StoreException.class, () -> Database.open(link, CLOCK));
        assertEquals("record.writer.linked", e.problem().key(), "the first copy gone, the second name still bars");
    }

    @Test
    void aSymbolicLinkInAnotherFolderIsRefusedWhileAnotherProcessWrites() throws Exception {
        Path file = original();
        Path link = Files.createDirectories(dir.resolve("c")).resolve("lien-ket.db");
        Files.createSymbolicLink(link, file);
        secondWriterIsRefused(file, () -> link);
        try (JdbiStore again = Database.open(link, CLOCK)) {
            assertEquals(2, again.meetings().size());
        }
    }

    @Test
    void aFileWithASecondNameIsNotWrittenThroughEitherName() throws Exception {
        Path file = original();
        Path link = Files.createDirectories(dir.resolve("b")).resolve("ban-sao.db");
        Files.createLink(link, file);
        for (Path p : List.of(file, link)) {
            StoreException e = assertThrows(StoreException.class, () -> Database.open(p, CLOCK));
            assertEquals(Problem.of("record.writer.linked", p.toString(), 2), e.problem());
            try (StoreReads reader = Database.openReadOnly(p)) {
                assertEquals(1, reader.meetings().size(), "read through either name as before");
            }
        }
        try (var listed = Files.list(link.getParent())) {
            assertEquals(List.of(link), listed.toList(), "the refused writer left nothing beside the link");
        }
        Files.delete(link);
        try (JdbiStore s = Database.open(file, CLOCK)) {
            s.createMeeting(new MeetingDetails("Hội nghị 2", "", "", "", 10, 10, List.of()));
        }
    }

    @Test
    void aSecondNameGivenWhileOpenStopsEveryWrite() throws Exception {
        Path file = original();
        try (JdbiStore store = Database.open(file, CLOCK)) {
            store.createMeeting(new MeetingDetails("Hội nghị 2", "", "", "", 10, 10, List.of()));
            assertEquals(java.util.Optional.empty(), store.changedOutside());
            Files.createLink(Files.createDirectories(dir.resolve("b")).resolve("ban-sao.db"), file);
            Thread.sleep(OutsideEdits.NAMES_EVERY_NANOS / 1_000_000 + 50); // the names are counted so often
            assertEquals(java.util.Optional.of(Problem.of("error.db.linkedOutside")), store.changedOutside());
            StoreException e = assertThrows(StoreException.class, () -> store.createMeeting(
                    new MeetingDetails("Hội nghị 3", "", "", "", 10, 10, List.of())));
            assertEquals(Problem.of("error.db.linkedOutside"), e.problem());
            assertEquals(2, store.meetings().size(), "reads go on; nothing more was written");
        }
    }

    @Test
    void aRelativePathIsTheSameFile() throws Exception {
        Path file = original();
        Process first = holder(file);
        try {
            Path relative = Path.of("").toAbsolutePath().relativize(file);
            StoreException e = assertThrows(StoreException.class, () -> Database.open(relative, CLOCK));
            assertEquals("record.writer.heldBy", e.problem().key());
        } finally {
            quit(first);
        }
    }

    @Test
    void withinOneProgramAHardLinkIsRefusedAndNothingDropsTheLock() throws Exception {
        Path file = original();
        Path link = Files.createDirectories(dir.resolve("b")).resolve("ban-sao.db");
        Path sym = Files.createDirectories(dir.resolve("c")).resolve("lien-ket.db");
        Files.createSymbolicLink(sym, file);
        try (JdbiStore first = Database.open(file, CLOCK)) {
            Files.createLink(link, file);
            StoreException e = assertThrows(StoreException.class, () -> Database.open(link, CLOCK));
            assertEquals(Problem.of("record.writer.heldBy", link.toString(), file.toString()), e.problem());
            assertThrows(StoreException.class, () -> Database.open(sym, CLOCK));
            // Readers in the same program open and close their own descriptors of the file: POSIX would drop every
            // lock of the process on it, were SQLite not keeping them while the writer's connection is open.
            for (Path p : List.of(file, link, sym)) {
                try (StoreReads reader = Database.openReadOnly(p)) {
                    assertEquals(1, reader.meetings().size());
                }
            }
            assertEquals(LockProbe.HELD, probe(link), "another process must still find the file locked");
            Files.delete(link); // gone before the store looked again: nothing can be written through it now
            first.createMeeting(new MeetingDetails("Hội nghị 2", "", "", "", 10, 10, List.of()));
        }
        assertEquals(0, probe(sym));
    }

    @Test
    void aFreshFileAndABackupWhileOpenKeepTheLock() throws Exception {
        Path file = dir.resolve("moi.db");
        try (JdbiStore store = Database.open(file, CLOCK)) {
            assertEquals(LockProbe.HELD, probe(file), "creating the file must not drop the lock");
            store.createMeeting(new MeetingDetails("Kỳ họp", "", "", "", 10, 10, List.of()));
            Backups.of(file, CLOCK).take();
            assertEquals(LockProbe.HELD, probe(file), "a backup taken beside the screen must not drop the lock");
        }
    }

    @Test
    void aReaderSeesOneSnapshotWhileTheWriterGoesOn() throws Exception {
        Path file = original();
        try (JdbiStore writer = Database.open(file, CLOCK); StoreReads reader = Database.openReadOnly(file)) {
            assertEquals(1, reader.meetings().size());
            writer.createMeeting(new MeetingDetails("Hội nghị 2", "", "", "", 10, 10, List.of()));
            assertEquals(1, reader.meetings().size(), "the reader's snapshot must not move under it");
            assertEquals(1, reader.auditLog().size(), "and the log as of the same snapshot");
        }
        try (StoreReads later = Database.openReadOnly(file)) {
            assertEquals(2, later.meetings().size());
        }
    }

    @Test
    void noLockFileIsCreated() throws Exception {
        Path file = original();
        try (JdbiStore s = Database.open(file, CLOCK)) {
            assertFalse(Files.exists(Path.of(file + ".lock")));
        }
    }

    @Test
    void aReadOnlyFolderIsReadWithoutCreatingAnything() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        assumeFalse(root, "running as root: a folder without write permission is still writable to root; "
                + "the same logic is tried through readingWhereNothingMayBeCreatedNeedsNothingBesideTheFile");
        Path file = original();
        Path folder = file.getParent();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (StoreReads reader = Database.openReadOnly(file)) {
            assertEquals(1, reader.meetings().size());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        try (var listed = Files.list(folder)) {
            assertEquals(List.of(file), listed.toList());
        }
    }

    @Test
    void readingWhereNothingMayBeCreatedNeedsNothingBesideTheFile() throws Exception {
        Path file = original();
        try (var listed = Files.list(file.getParent())) {
            assertEquals(List.of(file), listed.toList(), "nothing beside the file to begin with");
        }
        try (StoreReads reader = Database.openReadOnly(file, false)) {
            assertEquals(1, reader.meetings().size());
            try (var listed = Files.list(file.getParent())) {
                assertEquals(List.of(file), listed.toList(), "a reader must not need -wal nor -shm there");
            }
        }
    }

    private static int probe(Path file) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classpath = Path.of(LockProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        Process p = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                LockProbe.class.getName(), file.toString()).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("lock probe did not finish");
        }
        return p.exitValue();
    }
}
