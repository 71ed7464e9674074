package vn.tinnhiem.domain;

/**
 * One number on a tally sheet, by place: row 0 holds the ballot totals (column 0 issued, 1 collected, 2 valid,
 * 3 invalid); row {@code i} ≥ 1 is the official on line {@code i}, column {@code 0…levels-1} the count of each
 * level and column {@code levels} the invalid lines. The keying grid and the list of differences between two
 * readings use the same places.
 */
public record SheetCell(int row, int column) implements Comparable<SheetCell> {
    public static final int ISSUED = 0;
    public static final int COLLECTED = 1;
    public static final int VALID = 2;
    public static final int INVALID = 3;
    /** The columns of row 0. */
    public static final int TOTALS = 4;

    public boolean totals() {
        return row == 0;
    }

    @Override
    public int compareTo(SheetCell o) {
        return row != o.row ? Integer.compare(row, o.row) : Integer.compare(column, o.column);
    }
}
