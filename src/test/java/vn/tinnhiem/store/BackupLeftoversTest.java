package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A copy cut short by a kill leaves a hidden .part file; the next backup of the same file removes it. */
class BackupLeftoversTest extends StoreTestSupport {
    @Test
    void theNextBackupRemovesUnfinishedCopiesOfThisFileOnly() throws Exception {
        meeting();
        Path folder = Files.createDirectories(dir.resolve("backups"));
        Path mine = Files.writeString(folder.resolve(".hoi-nghi-20260101-000000.db.part"), "cut short");
        Path journal = Files.writeString(folder.resolve(".hoi-nghi-20260101-000000.db.part-journal"), "x");
        Path other = Files.writeString(folder.resolve(".khac-20260101-000000.db.part"), "another file's");
        Backups.of(file, CLOCK).take();
        assertFalse(Files.exists(mine));
        assertFalse(Files.exists(journal));
        assertTrue(Files.exists(other));
    }
}
