package vn.tinnhiem.tui;

import com.googlecode.lanterna.TextColor;
import java.util.List;
import java.util.function.IntFunction;
import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.OfficialResult;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.i18n.Messages;

/**
 * The table of officials with count and percentage for every level and for invalid lines, used live while
 * ballots are entered and for the results of a closed round. A name longer than its column goes on to the rows
 * under it, broken between words: an official's name is never cut.
 */
final class TallyTable {
    private static final int NO_W = 4;
    private static final int CELL_W = 14;

    private TallyTable() {
    }

    /** Column widths for a screen width: under 100 columns the cells close up. */
    private record Columns(boolean narrow, int cellW, int extraW, int flagW, int nameW, int positionW) {
        static Columns of(View v, BallotForm form, boolean extra, boolean flags) {
            boolean narrow = v.width() < 100;
            int cellW = narrow ? CELL_W - 2 : CELL_W;
            int extraW = extra ? 7 : 0;
            int flagW = flags ? (narrow ? Math.max(7, v.t("ui.col.flag").length() + 1) : 14) : 0;
            int fixed = 2 + NO_W + extraW + cellW * (form.levels() + 1) + flagW;
            int nameArea = Math.max(12, v.width() - fixed - 2);
            int nameW = nameArea >= 52 ? 30 : nameArea;
            return new Columns(narrow, cellW, extraW, flagW, nameW, nameArea - nameW);
        }
    }

    /** The rows each official takes: as many as its name needs in the name column. */
    static int[] heights(View v, RoundResult result, boolean extra, boolean flags) {
        Columns c = Columns.of(v, result.round().form(), extra, flags);
        return names(result, c.nameW(), c.positionW()).heights();
    }

    /**
     * Every official's name broken into the name column's rows, the rows each takes, and the start of its first
     * row (number, name, position) as the table shows it.
     */
    private record Names(List<?> officials, int nameW, int positionW, List<List<String>> lines, int[] heights,
                         String[] starts) {
    }

    private static volatile Names lastNames;

    /** The names as wrapped for a round and a column width, worked out once per both (not on every key). */
    private static Names names(RoundResult result, int nameW, int positionW) {
        Names last = lastNames;
        List<?> officials = result.round().officials();
        if (last != null && last.officials() == officials && last.nameW() == nameW
                && last.positionW() == positionW) {
            return last;
        }
        List<List<String>> lines = new java.util.ArrayList<>();
        int[] heights = new int[result.officials().size()];
        String[] starts = new String[heights.length];
        for (int i = 0; i < heights.length; i++) {
            var official = result.officials().get(i).official();
            lines.add(Wrap.lines(official.fullName(), nameW));
            heights[i] = lines.get(i).size();
            starts[i] = View.fit(String.valueOf(i + 1), NO_W) + View.fit(lines.get(i).get(0), nameW)
                    + (positionW > 0 ? View.fit(official.position(), positionW) : "");
        }
        Names made = new Names(officials, nameW, positionW, List.copyOf(lines), heights, starts);
        lastNames = made;
        return made;
    }

    /**
     * The first official to show so that {@code cursor} is whole on screen, the table moving by half a screenful
     * at a time rather than on every key: it stays put while the cursor goes down to three quarters of the rows,
     * then moves up by half of them (the cursor back at a quarter), and so on; the rows are kept filled at the end.
     * A table that moved up one row on every mark redrew every row on every key, on the chair's screen and on the
     * projector. With one row per official: {@code k × rows/2}, where {@code k} counts the half screenfuls the
     * cursor has gone past three quarters, kept between 0 and {@code n - rows}.
     */
    static int firstFor(int[] heights, int cursor, int rows) {
        if (cursor < 0 || heights.length == 0) {
            return 0;
        }
        int c = Math.min(cursor, heights.length - 1);
        int at = 0; // the cursor's first row, counted from the first official's
        for (int i = 0; i < c; i++) {
            at += heights[i];
        }
        int step = Math.max(1, rows / 2);
        int start = rows - rows / 4;
        int top = at < start ? 0 : ((at - start) / step + 1) * step;
        int first = 0;
        int row = 0; // the first official's row
        while (first < c && row + heights[first] <= top) {
            row += heights[first++];
        }
        int total = row;
        for (int i = first; i < heights.length; i++) {
            total += heights[i];
        }
        while (first > 0 && total - (row - heights[first - 1]) <= rows) { // no blank rows at the end
            row -= heights[--first];
        }
        while (first < c && at + heights[c] - row > rows) { // the cursor's official whole on screen
            row += heights[first++];
        }
        return first;
    }

    /**
     * Draws officials {@code first..} of the result from screen row {@code top} to {@code bottom} (exclusive), each
     * on all the rows its name needs (one that does not fit whole is left for the next screenful), and returns the
     * index after the last one drawn. {@code extra} is an optional narrow column after the name (the mark being
     * typed), {@code highlight} the official shown in reverse, or -1.
     */
    static int draw(View v, RoundResult result, int top, int bottom, int first, String extraHeader,
                    IntFunction<String> extra, int highlight, boolean flags) {
        var form = result.round().form();
        int levels = form.levels();
        // Under 100 columns a flag shows as its threshold ("> 1/2"), spelled out below.
        Columns c = Columns.of(v, form, extraHeader != null, flags);
        int cellW = c.cellW();
        if (highlight >= first && highlight < result.officials().size()) {
            // a screen that counts one row per official still keeps the one being marked in view
            int[] heights = heights(v, result, extraHeader != null, flags);
            int used = 0;
            for (int i = first; i <= highlight; i++) {
                used += heights[i];
            }
            if (used > bottom - top) {
                first = firstFor(heights, highlight, bottom - top);
            }
        }
        v.bold(2, top - 1, header(v, form, c, extraHeader, flags));
        String[] cells = cells(v, result, cellW);
        Names wrapped = names(result, c.nameW(), c.positionW());
        List<List<String>> names = wrapped.lines();
        int row = top;
        int i = first;
        for (; i < result.officials().size(); i++) {
            OfficialResult r = result.officials().get(i);
            List<String> name = names.get(i);
            if (row + name.size() > bottom && (i > first || row >= bottom)) {
                break;
            }
            String mark = extraHeader == null ? "" : extra.apply(i);
            String text = rowText(wrapped, cells, i, mark, c, v.width() - 4 - c.flagW());
            put(v, row, text, i == highlight);
            if (flags && r.flag() != null) {
                String flag = v.messages().flagShort(form, r.flag());
                int cut = flag.indexOf(' ', 2);
                v.colored(2 + text.length(), row, " " + (c.narrow() && cut > 0 ? flag.substring(0, cut) : flag),
                        TextColor.ANSI.RED_BRIGHT);
            }
            row++;
            for (int k = 1; k < name.size() && row < bottom; k++, row++) {
                put(v, row, View.fit(" ".repeat(NO_W) + View.fit(name.get(k), c.nameW()), text.length()),
                        i == highlight);
            }
        }
        return i;
    }

    /**
     * The rows' texts of the last frame, by official: on the keying screen a key changes the mark of one or two
     * rows, so the others are the same strings again rather than new ones on every key.
     */
    private record Rows(String[] cells, Names names, int width, int extraW, Row[] rows) {
    }

    /** One row's text with the mark it was laid out with. */
    private record Row(String mark, String text) {
    }

    private static volatile Rows lastRows;

    private static String rowText(Names wrapped, String[] cells, int i, String mark, Columns c, int width) {
        Rows rows = lastRows;
        if (rows == null || rows.cells() != cells || rows.names() != wrapped || rows.width() != width
                || rows.extraW() != c.extraW()) {
            rows = new Rows(cells, wrapped, width, c.extraW(), new Row[cells.length]);
            lastRows = rows;
        }
        Row known = rows.rows()[i];
        if (known != null && known.mark().equals(mark)) {
            return known.text();
        }
        StringBuilder line = new StringBuilder(160).append(wrapped.starts()[i]);
        if (c.extraW() > 0) {
            line.append(View.fit(mark, c.extraW()));
        }
        String text = View.fit(line.append(cells[i]).toString(), width);
        rows.rows()[i] = new Row(mark, text); // mark and text together: a thread sees both or neither
        return text;
    }

    /** The header row, laid out once per form, width and language (not on every key). */
    private record Header(BallotForm form, int width, Messages messages, String extra, boolean flags, String text) {
    }

    private static volatile Header lastHeader;

    private static String header(View v, BallotForm form, Columns c, String extraHeader, boolean flags) {
        Header last = lastHeader;
        if (last != null && last.form() == form && last.width() == v.width() && last.messages() == v.messages()
                && java.util.Objects.equals(last.extra(), extraHeader) && last.flags() == flags) {
            return last.text();
        }
        int levels = form.levels();
        int cellW = c.cellW();
        StringBuilder header = new StringBuilder(View.fit(v.t("ui.col.no"), NO_W)).append(View.fit(v.t("ui.col.name"),
                c.nameW()));
        if (c.positionW() > 0) {
            header.append(View.fit(v.t("ui.col.position"), c.positionW()));
        }
        if (extraHeader != null) {
            header.append(View.fit(extraHeader, c.extraW()));
        }
        for (int level = 1; level <= levels; level++) {
            header.append(View.right(View.fit(v.messages().levelShort(form, level), cellW - 1).strip(), cellW - 1))
                    .append(' ');
        }
        String invalid = v.t(c.narrow() ? "fit.col.invalidNarrow" : "ui.level.short.invalid");
        header.append(View.right(View.fit(invalid, cellW - 1).strip(), cellW - 1)).append(' ');
        if (flags) {
            header.append(' ').append(View.fit(v.t("ui.col.flag"), c.flagW() - 1));
        }
        String text = View.fit(header.toString(), v.width() - 4);
        lastHeader = new Header(form, v.width(), v.messages(), extraHeader, flags, text);
        return text;
    }

    private static void put(View v, int row, String text, boolean highlight) {
        if (highlight) {
            v.reverse(2, row, text);
        } else {
            v.text(2, row, text);
        }
    }

    /** The count and share cells of every row, worked out once per result and width (see {@link LiveResult}). */
    private record Cells(RoundResult result, int cellW, Messages messages, String[] rows) {
    }

    private static volatile Cells lastCells;

    private static String[] cells(View v, RoundResult result, int cellW) {
        Cells last = lastCells;
        if (last != null && last.result() == result && last.cellW() == cellW && last.messages() == v.messages()) {
            return last.rows();
        }
        int levels = result.round().form().levels();
        String[] rows = new String[result.officials().size()];
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            OfficialResult r = result.officials().get(i);
            line.setLength(0);
            for (int level = 1; level <= levels; level++) {
                line.append(cell(v, r.count().level(level), r.levelShares().get(level - 1), cellW));
            }
            rows[i] = line.append(cell(v, r.count().invalid(), r.invalidShare(), cellW)).toString();
        }
        lastCells = new Cells(result, cellW, v.messages(), rows);
        return rows;
    }

    private static String cell(View v, long count, vn.tinnhiem.domain.Percent share, int cellW) {
        return View.right(count + " " + View.right(v.messages().percent(share), 7), cellW - 1) + " ";
    }
}
