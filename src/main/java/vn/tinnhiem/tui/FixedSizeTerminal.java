package vn.tinnhiem.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lanterna's ANSI terminal writing its escape sequences to any output stream, at a fixed size, with no keys: the
 * bytes and the write calls are those a real terminal would get. For the bench (into the null device), the
 * keying screen's warm-up (nowhere) and tests (into memory).
 */
public final class FixedSizeTerminal extends ANSITerminal {
    private final TerminalSize size;

    public FixedSizeTerminal(OutputStream out, int columns, int rows) {
        this(new ByteArrayInputStream(new byte[0]), out, columns, rows);
    }

    /** As above, its keys read from {@code in}. */
    FixedSizeTerminal(InputStream in, OutputStream out, int columns, int rows) {
        super(in, out, StandardCharsets.UTF_8);
        this.size = new TerminalSize(columns, rows);
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }
}
