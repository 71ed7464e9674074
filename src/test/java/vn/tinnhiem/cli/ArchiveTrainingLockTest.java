package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher makes the class-data archive with one training run at a time: launches while one runs start none,
 * print nothing and start as usual; a lock left by a run that is gone does not stop the next one. With a stand-in
 * {@code java} whose training run lasts five seconds and notes each time it was called.
 */
@DisabledOnOs(OS.WINDOWS)
class ArchiveTrainingLockTest {
    @TempDir
    Path dir;

    private Path home;

    /** The folder unzipped from the package, with a java that notes its calls; a training run sleeps 5 s. */
    private Path unzipped() throws IOException {
        Path h = Files.createDirectories(dir.resolve("tinnhiem"));
        Files.copy(Path.of("tinnhiem"), h.resolve("tinnhiem"));
        h.resolve("tinnhiem").toFile().setExecutable(true);
        Files.write(h.resolve("tinnhiem.jar"), new byte[] {1, 2, 3});
        Files.createDirectories(h.resolve("data"));
        Path bin = Files.createDirectories(dir.resolve("jdk").resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "case \"$*\" in *Training*) echo training >> \"" + dir.resolve("calls") + "\"; sleep 5;; esac\n"
                + "echo \"$*\" >> \"" + dir.resolve("calls") + "\"\n");
        java.toFile().setExecutable(true);
        Instant old = Instant.now().minusSeconds(3600);
        Files.setLastModifiedTime(java, FileTime.from(old));
        Files.setLastModifiedTime(h.resolve("tinnhiem.jar"), FileTime.from(old));
        return h;
    }

    private Process start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("tinnhiem").toString(), "report")
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().remove("TINNHIEM_NO_CDS");
        return pb.start();
    }

    private static String finish(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private long trainings() throws IOException {
        Path calls = dir.resolve("calls");
        return Files.exists(calls) ? Files.readAllLines(calls).stream().filter(l -> l.equals("training")).count() : 0;
    }

    /** Waits until no training run holds the lock (at most 60 s: the machine may be busy). */
    private void awaitUnlocked() throws InterruptedException {
        Path lock = home.resolve("data").resolve("tinnhiem.jsa.lock");
        for (int i = 0; i < 600 && Files.exists(lock); i++) {
            Thread.sleep(100);
        }
        assertThat(lock).doesNotExist();
    }

    private long reports() throws IOException {
        return Files.readAllLines(dir.resolve("calls")).stream().filter(l -> l.endsWith(" report")).count();
    }

    @Test
    void fiveLaunchesAtOnceStartOneTrainingRun() throws Exception {
        home = unzipped();
        List<Process> launches = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            launches.add(start());
        }
        for (Process p : launches) {
            assertThat(finish(p)).isEmpty();
        }
        // While it runs, another launch starts none either.
        assertThat(finish(start())).isEmpty();
        awaitUnlocked();
        assertThat(trainings()).isEqualTo(1);
        // Each launch ran the command itself, whether or not it started the training run.
        assertThat(reports()).isEqualTo(6);

        // Once it is over (and no archive came of it: this java makes none), the next launch starts one again.
        assertThat(finish(start())).isEmpty();
        awaitUnlocked();
        assertThat(trainings()).isEqualTo(2);
    }

    @Test
    void aLockLeftByARunThatIsGoneIsTakenOver() throws Exception {
        home = unzipped();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path lock = Files.createDirectories(home.resolve("data").resolve("tinnhiem.jsa.lock"));
        Files.writeString(lock.resolve("pid"), gone.pid() + "\n");
        assertThat(finish(start())).isEmpty();
        awaitUnlocked(); // taken over, and let go once that run was over
        assertThat(trainings()).isEqualTo(1);

        // A lock with no process id yet is respected while young, taken over once ten minutes old.
        Files.createDirectories(lock);
        assertThat(finish(start())).isEmpty();
        Thread.sleep(1000);
        assertThat(trainings()).isEqualTo(1);
        assertThat(lock).exists();
        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minusSeconds(11 * 60)));
        assertThat(finish(start())).isEmpty();
        awaitUnlocked();
        assertThat(trainings()).isEqualTo(2);
    }
}
