package vn.tinnhiem.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;

/**
 * Where a {@link View}'s text goes: a grid of cells, each one character in one style, with a current style
 * (foreground colour and modifiers) that applies to the text put next. The chair's screen draws into a
 * {@link Canvas}; the room's window and off-screen measures into Lanterna's own text graphics.
 */
interface Cells {
    TerminalSize size();

    /** {@code s} from column {@code col} of row {@code row}, in the current style; what falls outside is dropped. */
    void put(int col, int row, String s);

    void enable(SGR modifier);

    void disable(SGR modifier);

    TextColor foreground();

    void foreground(TextColor color);
}
