package vn.tinnhiem.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.Arrays;

/**
 * The chair's screen as two plain grids: the frame being drawn and the one the terminal shows. A frame is drawn
 * whole (every state draws everything), then {@link #show} sends the terminal only the runs of cells that changed,
 * a style change only where the style changes, and flushes once: a key that changes one mark sends a few dozen
 * bytes. A cell is a {@code char} and an {@code int} style, so comparing two frames is a scan of two arrays, not
 * of thousands of objects (Lanterna's own screen asks, for every cell of every frame, whether its character is
 * double-width, which cost most of a frame).
 *
 * <p>Text is put as Lanterna puts it: a line break ends it, a tab goes to the next multiple of four (counted in
 * characters, as Lanterna counts), a double-width character (CJK) takes two cells. A control character is drawn as a space, never sent to
 * the terminal, half of a surrogate pair as a question mark, and a combining mark left over a letter (text is stored
 * NFC, so only a mark with no letter made with it) takes no cell.
 */
final class Canvas implements Cells {
    /** The second cell of a double-width character: the terminal's cursor passes it by. */
    private static final char WIDE_TAIL = 0;
    private static final int FOREGROUND = 0xff;
    private static final int MODIFIERS = 8;
    private static final TextColor.ANSI[] COLORS = TextColor.ANSI.values();
    private static final SGR[] SGRS = SGR.values();
    /** Which characters below U+2600 take one cell and are drawn as they are (see {@link #narrow}). */
    private static final boolean[] ONE_CELL = new boolean[0x2600];

    static {
        for (char c = 0; c < ONE_CELL.length; c++) {
            ONE_CELL[c] = (c >= 0x20 && c < 0x7f || c >= 0xa0 && c < 0x1100 || narrow(c))
                    && Character.getType(c) != Character.NON_SPACING_MARK;
        }
    }

    private FrameSink sink;
    private TerminalSize size = new TerminalSize(0, 0);
    private int columns;
    private int rows;
    private char[] text = new char[0];
    private int[] styles = new int[0];
    private char[] shownText = new char[0];
    private int[] shownStyles = new int[0];
    private int style;
    /** The rows of this frame holding a double-width character: only there must a cell mind its neighbours. */
    private boolean[] wideRows = new boolean[0];
    private char[] chars = new char[256];
    private boolean repaint = true;
    private final StringBuilder run = new StringBuilder(256);

    Canvas(Terminal terminal) {
        this.sink = FrameSink.of(terminal);
    }

    /**
     * Frames go to {@code out} as escape sequences written by the canvas itself, in one write each: for a terminal
     * on a byte stream (ANSI), whose Lanterna terminal writes the same bytes. The next frame is sent whole.
     */
    void sendTo(java.io.OutputStream out) {
        sink = new AnsiFrame(out);
        repaint = true;
    }

    /**
     * Starts a frame of {@code newSize}, blank. After a resize (or when the terminal behind was replaced) the
     * next {@link #show} clears the terminal and sends every cell that is not blank.
     */
    void begin(TerminalSize newSize, boolean resized) {
        if (resized || newSize.getColumns() != columns || newSize.getRows() != rows) {
            size = newSize;
            columns = newSize.getColumns();
            rows = newSize.getRows();
            int cells = columns * rows;
            text = new char[cells];
            styles = new int[cells];
            shownText = new char[cells];
            shownStyles = new int[cells];
            wideRows = new boolean[rows];
            repaint = true;
        }
        Arrays.fill(text, ' ');
        Arrays.fill(styles, 0);
        Arrays.fill(wideRows, false);
        style = 0;
    }

    @Override
    public TerminalSize size() {
        return size;
    }

    @Override
    public void put(int col, int row, String s) {
        if (row < 0 || row >= rows) {
            return;
        }
        if (s.indexOf('\t') >= 0) {
            s = tabsToSpaces(s, col);
        }
        int n = s.length();
        if (chars.length < n) {
            chars = new char[n];
        }
        s.getChars(0, n, chars, 0);
        int base = row * columns;
        boolean plainRow = !wideRows[row];
        if (plainRow && col >= 0 && col < columns) {
            int m = Math.min(n, columns - col);
            int k = 0;
            while (k < m && oneCell(chars[k])) {
                k++;
            }
            if (k == m) { // all of it one cell each, nothing to mind: copied as it is
                System.arraycopy(chars, 0, text, base + col, m);
                Arrays.fill(styles, base + col, base + col + m, style);
                return;
            }
        }
        for (int k = 0; k < n && col < columns; k++) {
            char c = chars[k];
            if (oneCell(c)) { // one cell: nearly all text
                if (col >= 0) {
                    if (plainRow) {
                        text[base + col] = c;
                        styles[base + col] = style;
                    } else {
                        set(base, col, c, false);
                    }
                }
                col++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                return;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // a mark left over its letter (no letter with it in Unicode): a terminal draws it in the
                          // letter's cell, so it takes none here, or every cell after it would be one off
            }
            boolean wide = c >= 0x1100 && TerminalTextUtils.isCharDoubleWidth(c);
            if (c < 0x20 || c >= 0x7f && c < 0xa0) {
                c = ' ';
            } else if (Character.isSurrogate(c)) {
                c = '?';
            }
            if (wide && col + 1 >= columns) {
                c = ' '; // half a character does not fit
                wide = false;
            }
            if (col >= 0) {
                if (wide) {
                    wideRows[row] = true;
                    plainRow = false;
                }
                set(base, col, c, wide);
            }
            col += wide ? 2 : 1;
        }
    }

    /** Whether {@code c} takes one cell and is drawn as it is (every range {@link #narrow} knows included). */
    private static boolean oneCell(char c) {
        return c < ONE_CELL.length && ONE_CELL[c];
    }

    /** Whether every character of {@code s} takes one cell, as nearly all text does. */
    static boolean oneCellEach(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (!oneCell(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The cells a character takes on the screen: two for a double-width one, none for a combining mark. */
    static int cells(char c) {
        if (oneCell(c)) {
            return 1;
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return 0;
        }
        return c >= 0x1100 && TerminalTextUtils.isCharDoubleWidth(c) ? 2 : 1;
    }

    /**
     * Characters known to take one cell without asking Lanterna (whose answer looks up the character's Unicode
     * block): Vietnamese letters with two marks (Latin Extended Additional), punctuation such as "…" and "·",
     * arrows, the keys' symbols and the block and box characters of bars and frames.
     */
    static boolean narrow(char c) {
        return c >= 0x1e00 && c < 0x1f00 || c >= 0x2000 && c < 0x2400 || c >= 0x2500 && c < 0x2600;
    }

    /** A tab as Lanterna's text graphics put it: spaces to the next multiple of four, counted in characters. */
    private static String tabsToSpaces(String s, int col) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\t') {
                int spaces = 4 - Math.floorMod(col + sb.length(), 4);
                sb.append(" ".repeat(spaces));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void set(int base, int col, char c, boolean wide) {
        int i = base + col;
        if (text[i] == WIDE_TAIL && col > 0) {
            text[i - 1] = ' '; // the wide character this cell was the tail of loses its tail
        } else if (col + 1 < columns && text[i + 1] == WIDE_TAIL && text[i] != WIDE_TAIL) {
            text[i + 1] = ' '; // this was a wide character: its tail is left a blank in its own style
        }
        text[i] = c;
        styles[i] = style;
        if (wide) {
            if (col + 2 < columns && text[i + 2] == WIDE_TAIL) {
                text[i + 2] = ' ';
            }
            text[i + 1] = WIDE_TAIL;
            styles[i + 1] = style;
        }
    }

    @Override
    public void enable(SGR modifier) {
        style |= 1 << (MODIFIERS + modifier.ordinal());
    }

    @Override
    public void disable(SGR modifier) {
        style &= ~(1 << (MODIFIERS + modifier.ordinal()));
    }

    @Override
    public TextColor foreground() {
        int index = style & FOREGROUND;
        return index == 0 ? TextColor.ANSI.DEFAULT : COLORS[index - 1];
    }

    /** An ANSI colour; any other kind is drawn in the terminal's default colour (the screens use ANSI only). */
    @Override
    public void foreground(TextColor color) {
        int index = color instanceof TextColor.ANSI a && a != TextColor.ANSI.DEFAULT ? a.ordinal() + 1 : 0;
        style = style & ~FOREGROUND | index;
    }

    /** The next {@link #show} clears the terminal and sends every cell: what it shows is not known any more. */
    void repaintAll() {
        repaint = true;
    }

    /** Sends the terminal what changed since the last frame shown, in one flush. */
    void show() throws IOException {
        if (repaint) {
            sink.resetStyle();
            sink.clear();
            Arrays.fill(shownText, ' ');
            Arrays.fill(shownStyles, 0);
            repaint = false;
        }
        int current = 0;
        for (int row = 0; row < rows; row++) {
            int i = row * columns;
            int end = i + columns;
            while (i < end) {
                int same = same(i, end);
                if (same < 0) {
                    break; // the rest of the row is as shown
                }
                i += same;
                sink.moveTo(i - row * columns, row);
                while (i < end && (text[i] != shownText[i] || styles[i] != shownStyles[i])) {
                    if (styles[i] != current) {
                        send();
                        current = styles[i];
                        apply(current);
                    }
                    if (text[i] != WIDE_TAIL) {
                        run.append(text[i]);
                    }
                    shownText[i] = text[i];
                    shownStyles[i] = styles[i];
                    i++;
                }
                send();
            }
        }
        if (current != 0) {
            sink.resetStyle();
        }
        sink.flush();
    }

    /**
     * How many cells from {@code from} on are as the terminal shows them, before one that is not; -1 when all up
     * to {@code to} are. Asked of the JDK's array comparison, which compares many cells at a time: most rows of a
     * frame are as they were, and a cell by cell scan of the whole screen took most of a key's frame.
     */
    private int same(int from, int to) {
        int t = Arrays.mismatch(text, from, to, shownText, from, to);
        int s = Arrays.mismatch(styles, from, to, shownStyles, from, to);
        return t < 0 ? s : s < 0 ? t : Math.min(t, s);
    }

    private void send() throws IOException {
        if (run.length() > 0) {
            sink.text(run);
            run.setLength(0);
        }
    }

    private void apply(int s) throws IOException {
        sink.resetStyle();
        for (int m = 0; m < SGRS.length; m++) {
            if ((s & 1 << (MODIFIERS + m)) != 0) {
                sink.enable(SGRS[m]);
            }
        }
        int index = s & FOREGROUND;
        if (index != 0) {
            sink.foreground(COLORS[index - 1]);
        }
    }

    /**
     * What the terminal was last sent, one line per row with trailing spaces removed (for tests, which may read it
     * from another thread while the screen draws: a frame half sent reads as half sent, never as an error).
     */
    String shown() {
        int cols = columns;
        char[] cells = shownText;
        int height = cols == 0 ? 0 : Math.min(rows, cells.length / cols);
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < height; row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < cols; col++) {
                char c = cells[row * cols + col];
                if (c != WIDE_TAIL) {
                    line.append(c);
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
