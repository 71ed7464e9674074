package vn.tinnhiem.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the bench says a program's screen showed when a run went wrong: its text, without the terminal's codes. */
class PtyTest {
    @TempDir
    Path dir;

    @Test
    void theScreenIsItsTextWithoutControlSequences() throws Exception {
        try (Pty p = Pty.start(List.of("printf", "\\033[?1049h\\033[2J\\033[1;1H\\033[1;31mPhiếu số 13:\\033[0m\\r\\n"
                + "\\033[5;10H_____   (0/44)\\033(B\\007"), dir)) {
            assumeTrue(p != null, "no script(1) here");
            p.settle(300, 10_000);
            assertThat(p.shown()).isEqualTo("Phiếu số 13: _____ (0/44)");
        }
    }

    @Test
    void aLongScreenIsCutFromTheStart() throws Exception {
        try (Pty p = Pty.start(List.of("sh", "-c", "i=0; while [ $i -lt 100 ]; do printf 'dòng %03d ' $i; i=$((i+1)); done"),
                dir)) {
            assumeTrue(p != null, "no script(1) here");
            p.settle(300, 10_000);
            assertThat(p.shown()).hasSize(401).startsWith("…").endsWith("dòng 099");
        }
    }
}
