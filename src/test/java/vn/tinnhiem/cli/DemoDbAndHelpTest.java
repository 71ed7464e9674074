package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/** {@code demo --db} writes the file it names, never over one that exists; the help's summaries are whole sentences. */
class DemoDbAndHelpTest {
    @TempDir
    Path dir;

    @Test
    void demoWritesTheNewFileGivenWithDbAndLeavesDataDemoAlone() throws Exception {
        Path file = dir.resolve("thu.db");
        CliRun run = CliRun.run(dir.resolve("data"), "demo", "--no-open", "--db", file.toString(), "--lang", "en");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains(file.toString());
        assertThat(dir.resolve("data").resolve("demo.db")).doesNotExist();
        try (JdbiStore store = Database.open(file, Clock.systemUTC())) {
            assertThat(store.meetings()).hasSize(1);
        }
    }

    @Test
    void demoRefusesToReplaceAFileThatExists() throws Exception {
        Path file = dir.resolve("tinnhiem.db");
        Files.writeString(file, "the meeting's data");
        CliRun run = CliRun.run(dir, "demo", "--no-open", "--db", file.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(CliFailure.USAGE);
        assertThat(run.err()).contains("Đã có tệp").contains(file.toString()).doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("the meeting's data");
        assertThat(dir.resolve(file.getFileName() + "-wal")).doesNotExist();
    }

    @Test
    void everyCommandsSummaryInTheHelpIsAWholeSentence() {
        for (String lang : List.of("vi", "en")) {
            CliRun run = CliRun.run(dir, "--help", "--lang", lang);
            assertThat(summaries(run.out())).as(run.out()).hasSize(7)
                    .allSatisfy(s -> assertThat(s).endsWith("."));
        }
    }

    /** The text beside each command under "Commands:", its wrapped lines joined. */
    private static List<String> summaries(String help) {
        List<String> out = new ArrayList<>();
        boolean inCommands = false;
        for (String line : help.split("\\R")) {
            if (line.equals("Commands:") || line.equals("Lệnh:")) {
                inCommands = true;
            } else if (inCommands && line.isBlank()) {
                inCommands = false;
            } else if (inCommands && line.startsWith("  ") && !line.startsWith("   ")) {
                out.add(line.strip().replaceFirst("^\\S+\\s+", ""));
            } else if (inCommands && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + line.strip());
            }
        }
        return out;
    }
}
