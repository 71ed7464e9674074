package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short bench, as CI runs it: every row of the budget table is printed with a figure for tinnhiem and its
 * anchor, and one machine-readable line per row. The figures are read by people, never asserted on.
 */
class BenchCommandTest {
    private static final List<String> ROWS = List.of("commit.median", "commit.p99", "key.p99.small", "key.p99.big",
            "memory.peak", "close.recount", "report", "verify", "minutes", "launch");

    @TempDir
    Path dir;

    @Test
    void theShortBenchMeasuresEveryRowOfTheBudget() {
        CliRun r = CliRun.run(dir, "bench", "--short", "--lang", "en");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Short mode").contains("key → screen, p99, 12 ballots × 44 officials")
                .contains("launch to first screen");
        for (String id : ROWS) {
            assertThat(r.out()).as(r.toString()).containsPattern(
                    "(?m)^bench id=" + java.util.regex.Pattern.quote(id) + " measured=[0-9.]+ anchor=([0-9.]+|-)"
                            + " unit=(ms|MB) ratio=([0-9.]+|-) budget=[0-9.]+ within=(yes|no)$");
        }
    }

    @Test
    void anUnknownOptionIsRefused() {
        CliRun r = CliRun.run(dir, "bench", "--ballots", "5");
        assertThat(r.code()).isEqualTo(2);
    }
}
