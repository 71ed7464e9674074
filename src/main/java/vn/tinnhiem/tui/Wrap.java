package vn.tinnhiem.tui;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines between words, so a whole name is shown on as many lines as it needs, never cut. */
public final class Wrap {
    private Wrap() {
    }

    /** Lines of at most {@code width} columns; a single word longer than that is broken inside. */
    public static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        int w = Math.max(1, width);
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > w) {
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, w));
                word = word.substring(w);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > w) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
