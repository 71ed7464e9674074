package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records as RFC 4180 has them: a field in double quotes may hold the separator, a line break
 * (Excel's Alt+Enter in a cell) and {@code ""} for one quote. A line break inside a cell becomes one space: a name
 * or position is printed on one line of the ballot.
 */
final class CsvRecords {
    /** One record: the file line it starts on (from 1), its cells, and whether a quote was left open. */
    record Row(int line, List<String> cells, boolean unclosedQuote) {
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private CsvRecords() {
    }

    static List<Row> split(String text, char sep) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak && c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (lineBreak) {
                    line++;
                    if (!cell.isEmpty() && cell.charAt(cell.length() - 1) != ' ') {
                        cell.append(' ');
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == sep) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (lineBreak) {
                cells.add(cell.toString());
                rows.add(new Row(start, List.copyOf(cells), false));
                cells.clear();
                cell.setLength(0);
                line++;
                start = line;
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        rows.add(new Row(start, List.copyOf(cells), quoted));
        return rows;
    }
}
