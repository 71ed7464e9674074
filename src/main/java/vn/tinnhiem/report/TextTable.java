package vn.tinnhiem.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with columns aligned by what the eye sees: a Vietnamese letter with its tone mark takes
 * one column whether it is stored as one code point or with combining marks, so width counts code points that
 * are not combining marks (the store keeps text in NFC; this is for safety). Columns are two spaces apart.
 */
final class TextTable {
    private final List<Boolean> rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<Boolean> rightAligned) {
        this.rightAligned = List.copyOf(rightAligned);
    }

    TextTable row(List<String> cells) {
        if (cells.size() != rightAligned.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + rightAligned.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    String render() {
        int[] widths = new int[rightAligned.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                if (c > 0) {
                    line.append("  ");
                }
                line.append(rightAligned.get(c) ? padLeft(row.get(c), widths[c]) : padRight(row.get(c), widths[c]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    static int width(String s) {
        return (int) s.codePoints().filter(cp -> {
            int type = Character.getType(cp);
            return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK;
        }).count();
    }

    static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - width(s))) + s;
    }

    static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - width(s)));
    }
}
