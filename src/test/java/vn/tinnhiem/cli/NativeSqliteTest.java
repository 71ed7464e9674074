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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-Djava.io.tmpdir=" + tmp,
                "-Dtinnhiem.home=" + dir, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
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
}
