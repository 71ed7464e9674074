package vn.tinnhiem.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.awt.Dimension;
import java.util.function.IntFunction;
import vn.tinnhiem.i18n.Messages;

/**
 * The font size of the room's own window: the text as large as the room's view allows, so a page fills the screen.
 * The largest size at which the view still has its smallest layout (80 columns by 24 rows); when the officials
 * then take more than one page, the largest size down to the 36-row layout at which they all fit on one page;
 * when none does, the largest, and pages turn.
 */
final class RoomFont {
    static final int MIN_COLUMNS = 80;
    static final int MIN_ROWS = 24;
    static final int MAX_ROWS_FOR_ONE_PAGE = 36;

    private RoomFont() {
    }

    /**
     * @param pixels the window's inside, in pixels
     * @param cell   one cell's size in pixels at a font size
     * @param model  the round shown, or null (waiting for one)
     */
    static int fit(Dimension pixels, IntFunction<Dimension> cell, Messages messages, RoomModel model) {
        int largest = -1;
        for (int size = WindowSettings.MAX_FONT; size >= WindowSettings.MIN_FONT; size--) {
            TerminalSize grid = grid(pixels, cell.apply(size));
            if (grid.getColumns() < MIN_COLUMNS || grid.getRows() < MIN_ROWS) {
                continue;
            }
            if (largest < 0) {
                largest = size;
                if (model == null) {
                    return size;
                }
            }
            if (grid.getRows() > MAX_ROWS_FOR_ONE_PAGE) {
                break;
            }
            if (pages(messages, model, grid) == 1) {
                return size;
            }
        }
        return largest > 0 ? largest : WindowSettings.MIN_FONT;
    }

    static TerminalSize grid(Dimension pixels, Dimension cell) {
        return new TerminalSize(Math.max(1, pixels.width / cell.width), Math.max(1, pixels.height / cell.height));
    }

    static int pages(Messages messages, RoomModel model, TerminalSize grid) {
        View v = new View(new DefaultVirtualTerminal(grid).newTextGraphics(), messages);
        return RoomView.pages(v, model, new Rect(0, 0, grid.getColumns(), grid.getRows()));
    }
}
