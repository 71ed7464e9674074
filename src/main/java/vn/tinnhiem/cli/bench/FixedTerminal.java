package vn.tinnhiem.cli.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lanterna's ANSI terminal writing its escape sequences to a real output stream (the null device, for the
 * bench), at a fixed size: the bytes and the write calls are those a real terminal would get.
 */
final class FixedTerminal extends ANSITerminal {
    private final TerminalSize size;

    FixedTerminal(OutputStream out, int columns, int rows) {
        super(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8);
        this.size = new TerminalSize(columns, rows);
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }
}
