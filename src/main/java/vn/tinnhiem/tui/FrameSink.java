package vn.tinnhiem.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * Where the canvas sends what changed: the few terminal operations a frame needs. A Lanterna terminal (the window's,
 * a virtual one in tests) takes them one call each; a terminal on a byte stream takes them as escape sequences
 * gathered in one buffer ({@link AnsiFrame}).
 */
interface FrameSink {
    void moveTo(int column, int row) throws IOException;

    /** The characters of {@code run}, each taking the cells the canvas gave it. */
    void text(CharSequence run) throws IOException;

    void resetStyle() throws IOException;

    void enable(SGR sgr) throws IOException;

    void foreground(TextColor.ANSI color) throws IOException;

    /** The whole screen blank, the cursor hidden: what a repaint starts from. */
    void clear() throws IOException;

    /** The frame leaves for the terminal. */
    void flush() throws IOException;

    /** Each operation as the Lanterna terminal's own call. */
    static FrameSink of(Terminal terminal) {
        return new FrameSink() {
            @Override
            public void moveTo(int column, int row) throws IOException {
                terminal.setCursorPosition(column, row);
            }

            @Override
            public void text(CharSequence run) throws IOException {
                terminal.putString(run.toString());
            }

            @Override
            public void resetStyle() throws IOException {
                terminal.resetColorAndSGR();
            }

            @Override
            public void enable(SGR sgr) throws IOException {
                terminal.enableSGR(sgr);
            }

            @Override
            public void foreground(TextColor.ANSI color) throws IOException {
                terminal.setForegroundColor(color);
            }

            @Override
            public void clear() throws IOException {
                terminal.clearScreen();
                terminal.setCursorVisible(false);
            }

            @Override
            public void flush() throws IOException {
                terminal.flush();
            }
        };
    }
}
