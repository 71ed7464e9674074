package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting tinnhiem again and again extracts SQLite's native library once, and nothing into the temp folder. */
class NativeSqliteTest {
    @TempDir
    Path dir;

    private int run(Path cache, Path tmp, String... args) throws Exception {
        return run(System.getProperty("java.class.path"), cache, tmp, args);
    }

    private int run(String classPath, Path cache, Path tmp, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Djava.io.tmpdir=" + tmp,
                "-Dtinnhiem.home=" + dir, "-cp", classPath, Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void theLibraryIsExtractedOnceIntoTheCacheAndNeverIntoTmp() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path roster = Files.writeString(dir.resolve("ds.csv"), "Họ và tên,Chức vụ\nNguyễn Văn An,Chủ tịch\n");
        Path db = dir.resolve("hop.db");
        assertThat(run(cache, tmp, "new", "--db", db.toString(), "--title", "Họp", "--summoned", "3",
                "--present", "3", "--roster", roster.toString())).isZero();
        assertThat(run(cache, tmp, "report", "--db", db.toString())).isZero();
        List<Path> libs = files(cache);
        assertThat(libs).hasSize(1);
        assertThat(libs.get(0).getFileName().toString()).contains("sqlitejdbc");
        assertThat(libs.get(0).toString()).contains("tinnhiem");
        assertThat(files(tmp)).noneMatch(p -> p.getFileName().toString().contains("sqlite"));

        // A copy cut short (a full disk, a killed start) is found by its size and extracted again.
        long size = Files.size(libs.get(0));
        Files.write(libs.get(0), new byte[100]);
        assertThat(run(cache, tmp, "report", "--db", db.toString())).isZero();
        assertThat(Files.size(libs.get(0))).isEqualTo(size);
    }

    /** tinnhiem's classes in a jar, before the libraries: it runs from a jar, as the launchers run it. */
    private String jarClassPath() throws Exception {
        Path classes = Path.of(NativeSqlite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = dir.resolve("tinnhiem.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> all = Files.walk(classes)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out);
            }
        }
        List<String> parts = new java.util.ArrayList<>(List.of(jar.toString()));
        for (String p : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (p.endsWith(".jar")) {
                parts.add(p);
            }
        }
        return String.join(java.io.File.pathSeparator, parts);
    }

    @Test
    void fromAJarTheLibraryFoundIsNotedAndANoteOrCopyGoneWrongIsFoundOut() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        String cp = jarClassPath();
        Path roster = Files.writeString(dir.resolve("ds.csv"), "Họ và tên,Chức vụ\nNguyễn Văn An,Chủ tịch\n");
        Path db = dir.resolve("hop.db");
        assertThat(run(cp, cache, tmp, "new", "--db", db.toString(), "--title", "Họp", "--summoned", "3",
                "--present", "3", "--roster", roster.toString())).isZero();
        List<Path> notes = files(cache).stream().filter(p -> p.getFileName().toString().startsWith("native-"))
                .toList();
        assertThat(notes).hasSize(1);
        List<String> note = Files.readAllLines(notes.get(0));
        Path lib = Path.of(note.get(0)).resolve(note.get(1));
        assertThat(Files.size(lib)).isEqualTo(Long.parseLong(note.get(2)));
        assertThat(run(cp, cache, tmp, "report", "--db", db.toString())).isZero();

        long size = Files.size(lib);
        Files.write(lib, new byte[100]); // the copy cut short: the note no longer matches it
        assertThat(run(cp, cache, tmp, "report", "--db", db.toString())).isZero();
        assertThat(Files.size(lib)).isEqualTo(size);

        Files.writeString(notes.get(0), "nonsense"); // a note gone wrong is written again
        assertThat(run(cp, cache, tmp, "report", "--db", db.toString())).isZero();
        assertThat(Files.readAllLines(notes.get(0))).isEqualTo(note);
        assertThat(files(tmp)).noneMatch(p -> p.getFileName().toString().contains("sqlite"));
    }
}
