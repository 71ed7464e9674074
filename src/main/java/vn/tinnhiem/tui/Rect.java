package vn.tinnhiem.tui;

/** A rectangle of the screen: its top-left column and row, and its size in columns and rows. */
public record Rect(int col, int row, int width, int height) {
    public Rect {
        width = Math.max(0, width);
        height = Math.max(0, height);
    }

    /** The same area less {@code h} columns on each side and {@code v} rows at top and bottom. */
    public Rect inset(int h, int v) {
        return new Rect(col + h, row + v, width - 2 * h, height - 2 * v);
    }

    public int bottom() {
        return row + height;
    }

    public int right() {
        return col + width;
    }
}
