package vn.tinnhiem.tui;

import java.io.File;

/** Run under a pseudo-terminal by the terminal-modes test: applies the modes, then prints {@code stty -a}. */
public final class TerminalModesProbe {
    private TerminalModesProbe() {
    }

    public static void main(String[] args) throws Exception {
        TerminalModes.ownTheKeyboard();
        Process p = new ProcessBuilder("stty", "-a").redirectInput(new File("/dev/tty")).redirectErrorStream(true)
                .start();
        System.out.println("STTY " + new String(p.getInputStream().readAllBytes()).replace('\n', ' '));
        p.waitFor();
    }
}
