package vn.tinnhiem.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an area into rows or columns by fixed, minimum and proportional sizes, as ratatui's
 * {@code Layout::vertical([Length(1), Min(0), Length(1)]).areas(area)} does, so a screen places its regions by
 * what they need instead of row and column numbers written into it.
 *
 * <p>Fixed and minimum sizes are given first; what is left goes to the proportional parts by their weights, or,
 * when there are none, to the minimum ones (the first takes the rounding). When the area is too small, the last
 * parts shrink first, down to nothing.
 */
public final class Layout {
    /** One part's size rule. */
    public sealed interface Size {
    }

    /** Exactly {@code n} cells. */
    public record Length(int n) implements Size {
    }

    /** At least {@code n} cells, and a share of what is left when nothing is proportional. */
    public record Min(int n) implements Size {
    }

    /** A share of what is left after the fixed and minimum parts, by weight. */
    public record Fill(int weight) implements Size {
    }

    private Layout() {
    }

    public static Size length(int n) {
        return new Length(n);
    }

    public static Size min(int n) {
        return new Min(n);
    }

    public static Size fill(int weight) {
        return new Fill(weight);
    }

    /** The area split top to bottom. */
    public static List<Rect> vertical(Rect area, Size... sizes) {
        List<Rect> out = new ArrayList<>();
        int at = area.row();
        for (int n : split(area.height(), sizes)) {
            out.add(new Rect(area.col(), at, area.width(), n));
            at += n;
        }
        return out;
    }

    /** The area split left to right. */
    public static List<Rect> horizontal(Rect area, Size... sizes) {
        List<Rect> out = new ArrayList<>();
        int at = area.col();
        for (int n : split(area.width(), sizes)) {
            out.add(new Rect(at, area.row(), n, area.height()));
            at += n;
        }
        return out;
    }

    /** The sizes the parts get out of {@code total} cells; they add up to at most {@code total}. */
    static int[] split(int total, Size... sizes) {
        int[] out = new int[sizes.length];
        int fixed = 0;
        int weights = 0;
        int mins = 0;
        for (int i = 0; i < sizes.length; i++) {
            Size s = sizes[i];
            if (s instanceof Length l) {
                out[i] = Math.max(0, l.n());
            } else if (s instanceof Min m) {
                out[i] = Math.max(0, m.n());
                mins++;
            } else if (s instanceof Fill f) {
                weights += Math.max(0, f.weight());
            }
            fixed += out[i];
        }
        int left = total - fixed;
        if (left < 0) {
            for (int i = sizes.length - 1; i >= 0 && left < 0; i--) {
                int take = Math.min(out[i], -left);
                out[i] -= take;
                left += take;
            }
            return out;
        }
        if (weights > 0) {
            int given = 0;
            int firstFill = -1;
            for (int i = 0; i < sizes.length; i++) {
                if (sizes[i] instanceof Fill f) {
                    out[i] = (int) ((long) left * Math.max(0, f.weight()) / weights);
                    given += out[i];
                    firstFill = firstFill < 0 ? i : firstFill;
                }
            }
            out[firstFill] += left - given;
        } else if (mins > 0) {
            int each = left / mins;
            boolean first = true;
            for (int i = 0; i < sizes.length; i++) {
                if (sizes[i] instanceof Min) {
                    out[i] += each + (first ? left - each * mins : 0);
                    first = false;
                }
            }
        }
        return out;
    }
}
