package vn.tinnhiem.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * A legend of keys ("1 = Tín nhiệm · 0 = không đánh dấu · …") laid on as many lines as it needs, broken between
 * its items, so no key's meaning is cut at the edge of a narrow screen.
 */
final class Legend {
    static final String SEPARATOR = " · ";

    private Legend() {
    }

    /** The items of a legend written in one message, separated by " · ". */
    static List<String> items(String joined) {
        return List.of(joined.split(" · "));
    }

    /**
     * Lines of at most {@code width} columns; an item wider than a line goes on over the next, between words.
     * At most {@code maxLines}: the last one then ends in "…".
     */
    static List<String> lines(List<String> items, int width, int maxLines) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String item : items) {
            if (line.length() > 0 && line.length() + SEPARATOR.length() + item.length() <= width) {
                line.append(SEPARATOR).append(item);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            List<String> parts = Wrap.lines(item, width);
            out.addAll(parts.subList(0, parts.size() - 1));
            line.append(parts.get(parts.size() - 1));
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        if (out.size() > Math.max(1, maxLines)) {
            int keep = Math.max(1, maxLines);
            String last = out.get(keep - 1) + SEPARATOR + out.get(keep);
            out = new ArrayList<>(out.subList(0, keep));
            out.set(keep - 1, View.fit(last, width));
        }
        return out;
    }
}
