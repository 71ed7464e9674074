package vn.tinnhiem.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Numbers in large digits drawn with block characters, for the totals the back row must read: five rows with
 * double-width blocks where there is room, five rows of single blocks, or three rows of half blocks on a small
 * screen. Digits, the decimal comma and point, '/', '%', '-' and spaces; anything else is drawn blank.
 */
public final class BlockDigits {
    /** Each glyph: five rows of three pixels. */
    private static final Map<Character, String[]> GLYPHS = Map.ofEntries(
            Map.entry('0', new String[] {"###", "#.#", "#.#", "#.#", "###"}),
            Map.entry('1', new String[] {".#.", "##.", ".#.", ".#.", "###"}),
            Map.entry('2', new String[] {"###", "..#", "###", "#..", "###"}),
            Map.entry('3', new String[] {"###", "..#", "###", "..#", "###"}),
            Map.entry('4', new String[] {"#.#", "#.#", "###", "..#", "..#"}),
            Map.entry('5', new String[] {"###", "#..", "###", "..#", "###"}),
            Map.entry('6', new String[] {"###", "#..", "###", "#.#", "###"}),
            Map.entry('7', new String[] {"###", "..#", "..#", "..#", "..#"}),
            Map.entry('8', new String[] {"###", "#.#", "###", "#.#", "###"}),
            Map.entry('9', new String[] {"###", "#.#", "###", "..#", "###"}),
            Map.entry('/', new String[] {"..#", "..#", ".#.", "#..", "#.."}),
            Map.entry('%', new String[] {"#.#", "..#", ".#.", "#..", "#.#"}),
            Map.entry(',', new String[] {"...", "...", "...", ".#.", "#.."}),
            Map.entry('.', new String[] {"...", "...", "...", "...", ".#."}),
            Map.entry('-', new String[] {"...", "...", "###", "...", "..."}),
            Map.entry(' ', new String[] {"...", "...", "...", "...", "..."}));

    /** How large a number is drawn. */
    public enum Size {
        /** Five rows, each pixel two blocks wide. */
        LARGE(5, 2),
        /** Five rows, one block a pixel. */
        MEDIUM(5, 1),
        /** Three rows of half blocks. */
        SMALL(3, 1);

        final int rows;
        final int scale;

        Size(int rows, int scale) {
            this.rows = rows;
            this.scale = scale;
        }

        public int rows() {
            return rows;
        }
    }

    private BlockDigits() {
    }

    /** The columns {@code text} takes at a size: each glyph and one blank column after all but the last. */
    public static int width(String text, Size size) {
        return text.isEmpty() ? 0 : text.length() * (3 * size.scale + 1) - 1;
    }

    /** The largest size at which {@code text} fits in the area, or {@code null} when none does. */
    public static Size fitting(String text, int columns, int rows) {
        for (Size s : Size.values()) {
            if (s.rows <= rows && width(text, s) <= columns) {
                return s;
            }
        }
        return null;
    }

    /** The rows of {@code text} drawn at a size. */
    public static List<String> render(String text, Size size) {
        List<StringBuilder> pixelRows = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            pixelRows.add(new StringBuilder());
        }
        for (int i = 0; i < text.length(); i++) {
            String[] g = GLYPHS.getOrDefault(text.charAt(i), GLYPHS.get(' '));
            for (int r = 0; r < 5; r++) {
                if (i > 0) {
                    pixelRows.get(r).append('.');
                }
                pixelRows.get(r).append(g[r]);
            }
        }
        List<String> out = new ArrayList<>();
        if (size == Size.SMALL) {
            for (int r = 0; r < 5; r += 2) {
                String top = pixelRows.get(r).toString();
                String low = r + 1 < 5 ? pixelRows.get(r + 1).toString() : ".".repeat(top.length());
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < top.length(); c++) {
                    boolean a = top.charAt(c) == '#';
                    boolean b = low.charAt(c) == '#';
                    line.append(a && b ? '█' : a ? '▀' : b ? '▄' : ' ');
                }
                out.add(line.toString());
            }
            return out;
        }
        for (StringBuilder row : pixelRows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length(); c++) {
                boolean glyphGap = (c + 1) % 4 == 0;
                String cell = row.charAt(c) == '#' ? "█" : " ";
                line.append(glyphGap ? cell : cell.repeat(size.scale));
            }
            out.add(line.toString());
        }
        return out;
    }
}
