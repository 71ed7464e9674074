package vn.tinnhiem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.store.Backups;

/** What tinnhiem writes, it writes for its owner's eyes only: the data file, its backups, and the log. */
class SecrecyTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "permissions exist only on a POSIX file system");
    }

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theDataFileAndItsBackupsAreReadableByTheirOwnerOnly() throws IOException {
        Path db = dir.resolve("data/hop.db");
        for (String title : List.of("Hội nghị thứ nhất", "Hội nghị thứ hai")) {
            CliRun r = CliRun.run(dir, "new", "--db", db.toString(), "--title", title, "--summoned", "3",
                    "--present", "3", "--roster", NewCommandTest.SAMPLE.toString());
            assertEquals(0, r.code(), r::toString);
        }
        List<Backups.Backup> backups = Backups.of(db, Clock.systemDefaultZone()).list();
        assertEquals(1, backups.size(), "the second run backed the file up first");
        assertEquals("rw-------", permissions(db));
        assertEquals("rw-------", permissions(backups.get(0).path()));
        assertEquals("rwx------", permissions(backups.get(0).path().getParent()));
    }

    @Test
    void theLogAndItsFolderAreReadableByTheirOwnerOnly() throws IOException {
        Path log = Logging.logFile(dir.resolve("data"));
        try (PrintStream out = Logging.open(log)) {
            out.println("a line");
        }
        assertEquals("rw-------", permissions(log));
        assertEquals("rwx------", permissions(log.getParent()));
        try (PrintStream out = Logging.open(log)) {
            out.println("another line, appended");
        }
        assertEquals(List.of("a line", "another line, appended"), Files.readAllLines(log));
    }
}
