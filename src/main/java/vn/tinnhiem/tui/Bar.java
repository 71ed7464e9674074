package vn.tinnhiem.tui;

import vn.tinnhiem.domain.LineCount;

/**
 * A horizontal bar split by level, each level in its own fill pattern so it reads without colour (a washed-out
 * projector, a colour-blind reader): the widths are the shares of the base, from exact integers, the columns left
 * over by rounding going to the largest remainders.
 */
public final class Bar {
    private static final char[] RATING = {'█', '▓', '░'};
    private static final char[] VOTE = {'█', '░'};
    /** Lines invalid for this official. */
    public static final char INVALID = '╳';
    /** Progress still to come. */
    public static final char REST = '·';

    private Bar() {
    }

    /** The fill pattern of a level on a form of {@code levels} levels. */
    public static char pattern(int levels, int level) {
        char[] set = levels == 2 ? VOTE : RATING;
        return level - 1 < set.length ? set[level - 1] : (char) ('0' + level);
    }

    /** The bar of one official's line over {@code base}: levels in order, then invalid lines, then blank. */
    public static String of(LineCount count, int levels, long base, int width) {
        long[] parts = new long[levels + 1];
        char[] fills = new char[levels + 1];
        for (int l = 1; l <= levels; l++) {
            parts[l - 1] = count.level(l);
            fills[l - 1] = pattern(levels, l);
        }
        parts[levels] = count.invalid();
        fills[levels] = INVALID;
        return segments(parts, fills, base, width, ' ');
    }

    /** Progress: {@code done} of {@code total} filled, the rest dotted. */
    public static String progress(long done, long total, int width) {
        return segments(new long[] {done}, new char[] {'█'}, total, width, REST);
    }

    static String segments(long[] parts, char[] fills, long base, int width, char rest) {
        int w = Math.max(0, width);
        if (base <= 0) {
            return String.valueOf(rest).repeat(w);
        }
        long sum = 0;
        int[] cells = new int[parts.length];
        long[] remainder = new long[parts.length];
        int given = 0;
        for (int i = 0; i < parts.length; i++) {
            long exact = parts[i] * w;
            cells[i] = (int) (exact / base);
            remainder[i] = exact % base;
            given += cells[i];
            sum += parts[i];
        }
        int target = (int) Math.min(w, (2 * sum * w + base) / (2 * base));
        while (given < target) {
            int best = -1;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] > 0 && (best < 0 || remainder[i] > remainder[best])) {
                    best = i;
                }
            }
            cells[best]++;
            remainder[best] = -1;
            given++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            sb.append(String.valueOf(fills[i]).repeat(cells[i]));
        }
        sb.append(String.valueOf(rest).repeat(Math.max(0, w - sb.length())));
        return sb.toString();
    }
}
