package vn.tinnhiem.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;

/** Cells on Lanterna's text graphics: the room's window, and text laid out off screen to be measured. */
record LanternaCells(TextGraphics g) implements Cells {
    @Override
    public TerminalSize size() {
        return g.getSize();
    }

    @Override
    public void put(int col, int row, String s) {
        g.putString(col, row, s);
    }

    @Override
    public void enable(SGR modifier) {
        g.enableModifiers(modifier);
    }

    @Override
    public void disable(SGR modifier) {
        g.disableModifiers(modifier);
    }

    @Override
    public TextColor foreground() {
        return g.getForegroundColor();
    }

    @Override
    public void foreground(TextColor color) {
        g.setForegroundColor(color);
    }
}
