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
        for (String word : words(text.strip())) {
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

    /**
     * The words of a stripped text between runs of white space, as {@code text.split("\\s+")} gives them (one
     * empty word for an empty text), without a regular expression: screens wrap text on every frame.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        if (words.isEmpty()) {
            words.add("");
        }
        return words;
    }

    /** White space as {@code \\s} has it (ASCII). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }
}
