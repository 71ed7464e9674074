package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.cli.bench.JvmFloor;

/**
 * The class-data archive the launcher makes and uses (data/tinnhiem.jsa): a stale, mismatched or cut-short one
 * never breaks a start nor prints a word on the terminal. The JVM's own behaviour is tested on a small jar; the
 * launcher's choices with a stand-in {@code java} that notes how it was called.
 */
@DisabledOnOs(OS.WINDOWS)
class ClassArchiveTest {
    private static final List<String> QUIET = List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    @TempDir
    Path dir;

    private record Ran(int code, String output) {
    }

    private static Ran run(List<String> cmd, Path in) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(in.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Ran(p.exitValue(), out);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A jar holding the JVM floor program, whose classes an archive can hold. */
    private Path jar(String name) throws IOException {
        Path jar = dir.resolve(name);
        String entry = JvmFloor.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             var in = JvmFloor.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
        }
        return jar;
    }

    private Ran floor(Path jar, String... flags) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of("-cp", jar.toString(), JvmFloor.class.getName()));
        return run(cmd, dir);
    }

    @Test
    void aStaleOrForeignArchiveIsIgnoredInSilence() throws Exception {
        Path jar = jar("a.jar");
        Path jsa = dir.resolve("a.jsa");
        assertThat(floor(jar, "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:ArchiveClassesAtExit=" + jsa).code())
                .isZero();
        assertThat(jsa).exists();
        Ran fresh = floor(jar, withArchive(jsa));
        assertThat(fresh.code()).isZero();
        assertThat(fresh.output()).isEmpty();

        // The jar changed after the archive was made: the JVM refuses the archive, and says so unless told not to.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        Ran stale = floor(jar, withArchive(jsa));
        assertThat(stale.code()).isZero();
        assertThat(stale.output()).isEmpty();
        assertThat(floor(jar, "-Xshare:auto", "-XX:SharedArchiveFile=" + jsa).output()).contains("cds");

        // Another program's archive, an empty file, a missing one.
        Ran foreign = floor(jar("b.jar"), withArchive(jsa));
        assertThat(foreign.code()).isZero();
        assertThat(foreign.output()).isEmpty();
        Path empty = Files.createFile(dir.resolve("empty.jsa"));
        assertThat(floor(jar, withArchive(empty))).isEqualTo(new Ran(0, ""));
        assertThat(floor(jar, withArchive(dir.resolve("none.jsa")))).isEqualTo(new Ran(0, ""));
    }

    /** As the launcher makes it: the classes a run loads listed, then written into an archive of their own. */
    @Test
    void anArchiveOfItsOwnStaleOrForeignIsIgnoredInSilence() throws Exception {
        Path jar = jar("a.jar");
        Path list = dir.resolve("a.classes");
        Path jsa = dir.resolve("a.jsa");
        assertThat(floor(jar, "-Xlog:cds=off", "-XX:DumpLoadedClassList=" + list).code()).isZero();
        List<String> dump = new ArrayList<>(List.of(java(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-cp", jar.toString()));
        assertThat(run(dump, dir).code()).isZero();
        assertThat(jsa).exists();
        assertThat(floor(jar, "-Xshare:on", "-XX:SharedArchiveFile=" + jsa).code()).isZero(); // it maps
        assertThat(floor(jar, withArchive(jsa))).isEqualTo(new Ran(0, ""));

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(floor(jar, withArchive(jsa))).isEqualTo(new Ran(0, ""));
        assertThat(floor(jar("b.jar"), withArchive(jsa))).isEqualTo(new Ran(0, ""));
    }

    private static String[] withArchive(Path jsa) {
        List<String> flags = new ArrayList<>(QUIET);
        flags.add("-XX:SharedArchiveFile=" + jsa);
        return flags.toArray(String[]::new);
    }

    /** The folder unzipped from the package, with a java that notes its arguments instead of running anything. */
    private Path unzipped() throws IOException {
        Path home = Files.createDirectories(dir.resolve("tinnhiem"));
        Files.copy(Path.of("tinnhiem"), home.resolve("tinnhiem"));
        home.resolve("tinnhiem").toFile().setExecutable(true);
        Files.write(home.resolve("tinnhiem.jar"), new byte[] {1, 2, 3});
        Files.createDirectories(home.resolve("data"));
        Path bin = Files.createDirectories(dir.resolve("jdk").resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$*\" >> \"" + dir.resolve("calls") + "\"\n");
        java.toFile().setExecutable(true);
        Instant old = Instant.now().minusSeconds(3600);
        Files.setLastModifiedTime(java, FileTime.from(old));
        Files.setLastModifiedTime(home.resolve("tinnhiem.jar"), FileTime.from(old));
        return home;
    }

    /** Runs the launcher; returns the line of the java it ran for the user (not a training run). */
    private String launch(Path home) throws Exception {
        Files.deleteIfExists(dir.resolve("calls"));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("tinnhiem").toString(), "report").directory(dir.toFile())
                .redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().remove("TINNHIEM_NO_CDS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEmpty();
        Thread.sleep(300); // a training run in the background notes its line too
        return Files.readAllLines(dir.resolve("calls")).stream().filter(l -> l.endsWith("-jar " + home
                .resolve("tinnhiem.jar") + " report")).findFirst().orElseThrow();
    }

    private static void archive(Path home, int size, String noted, Instant at) throws IOException {
        Path jsa = home.resolve("data").resolve("tinnhiem.jsa");
        try (OutputStream out = Files.newOutputStream(jsa)) {
            out.write(new byte[size]);
        }
        Files.writeString(home.resolve("data").resolve("tinnhiem.jsa.size"), noted + "\n");
        Files.setLastModifiedTime(jsa, FileTime.from(at));
    }

    @Test
    void theLauncherUsesOnlyAnArchiveWholeAndNewerThanTheJarAndJava() throws Exception {
        Path home = unzipped();
        String jsa = "-XX:SharedArchiveFile=" + home.resolve("data").resolve("tinnhiem.jsa");
        String none = launch(home);
        assertThat(none).contains("-Xlog:cds=off").doesNotContain("SharedArchiveFile");
        assertThat(Files.readString(dir.resolve("calls"))).contains("-XX:DumpLoadedClassList=")
                .contains("vn.tinnhiem.cli.bench.Training").contains("-Xshare:dump")
                .contains("vn.tinnhiem.cli.bench.ArchiveInstall");

        archive(home, 1000, "1000", Instant.now());
        assertThat(launch(home)).contains(jsa).contains("-Xlog:cds=off");

        archive(home, 600, "1000", Instant.now()); // cut short after it was made
        assertThat(launch(home)).doesNotContain("SharedArchiveFile");

        archive(home, 1000, "1000", Instant.now().minusSeconds(7200)); // older than the jar
        assertThat(launch(home)).doesNotContain("SharedArchiveFile");
    }
}
