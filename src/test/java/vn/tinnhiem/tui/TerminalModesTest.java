package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * On a real pseudo-terminal (through {@code script}, where the system has it), the screen's terminal carries no
 * quit or suspend key and no flow control: Ctrl-\, Ctrl-Z and Ctrl-S reach the program as keys.
 */
class TerminalModesTest {

    @Test
    void signalKeysAndFlowControlAreOffOnARealTerminal() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) to make a pseudo-terminal");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = java + " -cp " + System.getProperty("java.class.path") + " " + TerminalModesProbe.class.getName();
        Process p = new ProcessBuilder("/usr/bin/script", "-qec", cmd, "/dev/null").redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(out.contains("STTY "), "no pseudo-terminal here: " + out);
        String stty = out.substring(out.indexOf("STTY "));
        for (String setting : List.of("-isig", "-ixon", "-iexten")) {
            assertThat(stty).as(out).containsPattern("(^|\\s)" + setting + "(\\s|$)");
        }
    }

    @Test
    void theSettingsAreThoseThatFreeTheKeys() {
        assertThat(TerminalModes.SETTINGS).contains("-isig", "-ixon");
    }
}
