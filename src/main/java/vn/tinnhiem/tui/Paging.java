package vn.tinnhiem.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits items of different heights (an official whose name wraps takes more rows) into pages that each fit in
 * the rows available; an item is never split across pages. The page shown is any integer: the view takes it
 * modulo the number of pages, so turning past the last page comes back to the first, and the screen's state need
 * not know how large the screen is.
 */
public record Paging(List<Integer> starts, int items) {
    public Paging {
        starts = List.copyOf(starts);
    }

    public static Paging of(List<Integer> heights, int rows) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int used = 0;
        for (int i = 0; i < heights.size(); i++) {
            int h = heights.get(i);
            if (used > 0 && used + h > rows) {
                starts.add(i);
                used = 0;
            }
            used += h;
        }
        return new Paging(starts, heights.size());
    }

    public int pages() {
        return starts.size();
    }

    /** The page index in 0..pages-1 for any page number. */
    public int index(int page) {
        return Math.floorMod(page, pages());
    }

    /** The first item on the page. */
    public int first(int page) {
        return starts.get(index(page));
    }

    /** One past the last item on the page. */
    public int end(int page) {
        int i = index(page);
        return i + 1 < starts.size() ? starts.get(i + 1) : items;
    }
}
