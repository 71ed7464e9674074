package vn.tinnhiem.tui;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * While the screen runs, the keyboard belongs to it: every key reaches the program, none is taken by the terminal.
 * Lanterna puts the terminal in raw mode but only undefines Ctrl-C, which leaves
 * <ul>
 * <li>Ctrl-\ (SIGQUIT: the JVM prints a thread dump over the screen),</li>
 * <li>Ctrl-S / Ctrl-Q (flow control: the screen freezes while keys are still read and ballots committed unseen),</li>
 * <li>Ctrl-Z (SIGTSTP: the shell takes the terminal back in line mode; after {@code fg} digits echo and the screen
 * is not redrawn), and Ctrl-V / Ctrl-O (literal next, discard output).</li>
 * </ul>
 * So signal keys, flow control and the extended input characters are switched off ({@code stty -isig -ixon -ixoff
 * -iexten}): they arrive as keys, which the screens ignore; suspending from the keyboard is thereby refused.
 * Lanterna saved the whole terminal state ({@code stty -g}) before, and puts it back when the terminal is closed,
 * on every way out.
 */
public final class TerminalModes {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalModes.class);

    /** The stty settings applied on top of Lanterna's raw mode. */
    static final List<String> SETTINGS = List.of("-isig", "-ixon", "-ixoff", "-iexten");

    private TerminalModes() {
    }

    /** Applies {@link #SETTINGS} to the controlling terminal; failing that, logs it and goes on (nothing printed). */
    public static void ownTheKeyboard() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand", "/bin/stty"));
        cmd.addAll(SETTINGS);
        try {
            Process p = new ProcessBuilder(cmd).redirectInput(tty).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                LOG.warn("stty did not finish; terminal keys left as they were");
            } else if (p.exitValue() != 0) {
                LOG.warn("stty {} exited with {}", SETTINGS, p.exitValue());
            }
        } catch (IOException e) {
            LOG.warn("could not run stty: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
