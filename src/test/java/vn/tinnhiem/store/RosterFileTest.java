package vn.tinnhiem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A roster is read from a regular file only, never more than the cap, and never blocks on a pipe. */
class RosterFileTest {
    @TempDir
    Path dir;

    @Test
    void aDeviceThatNeverEndsIsRefusedWithoutReadingIt() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertThat(RosterFile.read(Path.of("/dev/zero")).problem().key()).isEqualTo("files.read.notRegular");
    }

    @Test
    void aFifoIsRefusedAtOnceInsteadOfBlocking() throws Exception {
        Path fifo = dir.resolve("roster.csv");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        var read = CompletableFuture.supplyAsync(() -> RosterFile.read(fifo));
        assertThat(read.get(10, TimeUnit.SECONDS).problem().key()).isEqualTo("files.read.notRegular");
    }

    @Test
    void aFileOverTheCapIsRefusedAndAFolderIsNamedAsOne() throws Exception {
        Path big = dir.resolve("big.csv");
        Files.write(big, new byte[RosterFile.MAX_BYTES + 1]);
        assertThat(RosterFile.read(big).problem().key()).isEqualTo("files.read.tooBig");
        assertThat(RosterFile.read(dir).problem().key()).isEqualTo("files.read.directory");
        assertThat(RosterFile.read(dir.resolve("none.csv")).problem().key()).isEqualTo("error.file.missing");
        Path ok = dir.resolve("ok.csv");
        Files.writeString(ok, "Họ và tên,Chức vụ\n");
        assertThat(RosterFile.read(ok).value()).hasSize(Files.readAllBytes(ok).length);
    }
}
