package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command runs and reports every measure; its figures are read by people, never asserted on. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void aSmallBenchReportsEveryMeasure() {
        CliRun r = CliRun.run(dir, "bench", "--ballots", "5", "--officials", "3");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Đo 5 phiếu × 3 người").contains("ghi một phiếu (commit, FULL sync): trung vị")
                .contains("đếm lại và tính tỷ lệ cả vòng").contains("phím trên màn hình nhập phiếu");
    }

    @Test
    void outOfRangeCountsAreRefused() {
        CliRun r = CliRun.run(dir, "bench", "--ballots", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--ballots phải từ 1 đến 5000");
    }
}
