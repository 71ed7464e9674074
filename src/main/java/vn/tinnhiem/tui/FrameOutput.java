package vn.tinnhiem.tui;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The terminal's output, buffered so that a whole frame leaves in one write when the screen flushes at the end
 * of a refresh (unbuffered, a frame was thousands of small writes, one per escape sequence). One exception: a
 * question to the terminal (ESC [ 6 n, "where is the cursor?", Lanterna's way to learn the size) goes out at
 * once, since Lanterna waits for the answer without flushing first.
 */
final class FrameOutput extends BufferedOutputStream {
    private static final byte ESC = 0x1b;

    FrameOutput(OutputStream raw) {
        super(raw, 1 << 16);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        super.write(b, off, len);
        if (len >= 4 && b[off + len - 4] == ESC && b[off + len - 3] == '[' && b[off + len - 2] == '6'
                && b[off + len - 1] == 'n') {
            flush();
        }
    }
}
