package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report}, {@code verify} and {@code minutes} pointed at a pipe, a device or a folder say so and open
 * nothing (a FIFO would block, /dev/zero never ends), instead of claiming the file is missing.
 */
class SpecialFileTest {
    @TempDir
    Path dir;

    @Test
    void aPipeADeviceAndAFolderAreNamedForWhatTheyAre() throws Exception {
        Path fifo = dir.resolve("ong.db");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is not available here");
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        for (Path special : new Path[] {fifo, zero, dir}) {
            for (String[] args : new String[][] {{"report"}, {"verify"}, {"minutes", "--round", "1"}}) {
                String[] all = new String[args.length + 2];
                System.arraycopy(args, 0, all, 0, args.length);
                all[args.length] = "--db";
                all[args.length + 1] = special.toString();
                CliRun run = CliRun.run(dir, all);
                assertThat(run.code()).as("%s on %s", args[0], special).isEqualTo(1);
                assertThat(run.err()).as("%s on %s", args[0], special)
                        .contains("không phải tệp dữ liệu trên đĩa").doesNotContain("Không có tệp");
            }
        }
    }
}
