package vn.tinnhiem.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A frame's escape sequences and text written as bytes into one buffer kept from frame to frame, then to the
 * terminal's stream in one write: the same bytes Lanterna's ANSI terminal writes for the same calls (UTF-8), without
 * the objects it makes for every character and sequence (a few hundred kilobytes a key when the table scrolls, and
 * with them the pauses of the heap's collections).
 */
final class AnsiFrame implements FrameSink {
    private static final byte ESC = 0x1b;
    private static final byte[][] SGR_ON = new byte[SGR.values().length][];
    private static final byte[][] FOREGROUNDS = new byte[TextColor.ANSI.values().length][];

    static {
        for (SGR s : SGR.values()) {
            SGR_ON[s.ordinal()] = switch (s) {
                case BOLD -> bytes("1m");
                case REVERSE -> bytes("7m");
                case UNDERLINE -> bytes("4m");
                case BLINK -> bytes("5m");
                case BORDERED -> bytes("51m");
                case FRAKTUR -> bytes("20m");
                case CROSSED_OUT -> bytes("9m");
                case CIRCLED -> bytes("52m");
                case ITALIC -> bytes("3m");
            };
        }
        for (TextColor.ANSI c : TextColor.ANSI.values()) {
            byte[] sgr = c.getForegroundSGRSequence();
            byte[] seq = Arrays.copyOf(sgr, sgr.length + 1);
            seq[sgr.length] = 'm';
            FOREGROUNDS[c.ordinal()] = seq;
        }
    }

    private final OutputStream out;
    private byte[] buf = new byte[1 << 14];
    private int size;

    AnsiFrame(OutputStream out) {
        this.out = out;
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Override
    public void moveTo(int column, int row) {
        csi();
        number(row + 1);
        put((byte) ';');
        number(column + 1);
        put((byte) 'H');
    }

    @Override
    public void text(CharSequence run) {
        room(run.length() * 3);
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != 0x7f || c == '\t' || c == '\n' || c == '\b') {
                    buf[size++] = (byte) c;
                } // any other control character is not sent, as Lanterna does not send it
            } else if (c < 0x800) {
                buf[size++] = (byte) (0xc0 | c >> 6);
                buf[size++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate(c)) {
                buf[size++] = '?'; // a character alone cannot be half of a pair: as Java's encoder replaces it
            } else {
                buf[size++] = (byte) (0xe0 | c >> 12);
                buf[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                buf[size++] = (byte) (0x80 | c & 0x3f);
            }
        }
    }

    @Override
    public void resetStyle() {
        csi();
        put((byte) '0');
        put((byte) 'm');
    }

    @Override
    public void enable(SGR sgr) {
        csi();
        put(SGR_ON[sgr.ordinal()]);
    }

    @Override
    public void foreground(TextColor.ANSI color) {
        csi();
        put(FOREGROUNDS[color.ordinal()]);
    }

    @Override
    public void clear() {
        csi();
        put((byte) '2');
        put((byte) 'J');
        csi();
        put(bytes("?25l"));
    }

    @Override
    public void flush() throws IOException {
        if (size > 0) {
            out.write(buf, 0, size);
            size = 0;
        }
        out.flush();
    }

    private void csi() {
        put(ESC);
        put((byte) '[');
    }

    private void number(int n) {
        if (n >= 10) {
            number(n / 10);
        }
        put((byte) ('0' + n % 10));
    }

    private void put(byte b) {
        room(1);
        buf[size++] = b;
    }

    private void put(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    private void room(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
