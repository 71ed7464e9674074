package vn.tinnhiem.tui;

import com.googlecode.lanterna.TextColor;
import java.util.function.IntFunction;
import vn.tinnhiem.domain.OfficialResult;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.i18n.Messages;

/**
 * The table of officials with count and percentage for every level and for invalid lines, used live while
 * ballots are entered and for the results of a closed round.
 */
final class TallyTable {
    private static final int NO_W = 4;
    private static final int CELL_W = 14;

    private TallyTable() {
    }

    /**
     * Draws rows {@code first..} of the result from screen row {@code top} to {@code bottom} (exclusive).
     * {@code extra} is an optional narrow column after the name (the mark being typed), {@code highlight} the row
     * shown in reverse, or -1.
     */
    static void draw(View v, RoundResult result, int top, int bottom, int first, String extraHeader,
                     IntFunction<String> extra, int highlight, boolean flags) {
        var form = result.round().form();
        int levels = form.levels();
        // Under 100 columns the cells close up and a flag shows as its threshold ("> 1/2"), spelled out below.
        boolean narrow = v.width() < 100;
        int cellW = narrow ? CELL_W - 2 : CELL_W;
        int extraW = extraHeader == null ? 0 : 7;
        int flagW = flags ? (narrow ? 7 : 14) : 0;
        int fixed = 2 + NO_W + extraW + cellW * (levels + 1) + flagW;
        int nameArea = Math.max(12, v.width() - fixed - 2);
        int nameW = nameArea >= 52 ? 30 : nameArea;
        int positionW = nameArea - nameW;
        StringBuilder header = new StringBuilder(View.fit(v.t("ui.col.no"), NO_W)).append(View.fit(v.t("ui.col.name"),
                nameW));
        if (positionW > 0) {
            header.append(View.fit(v.t("ui.col.position"), positionW));
        }
        if (extraHeader != null) {
            header.append(View.fit(extraHeader, extraW));
        }
        for (int level = 1; level <= levels; level++) {
            header.append(View.right(View.fit(v.messages().levelShort(form, level), cellW - 1).strip(), cellW - 1))
                    .append(' ');
        }
        header.append(View.right(View.fit(v.t("ui.level.short.invalid"), cellW - 1).strip(), cellW - 1)).append(' ');
        if (flags) {
            header.append(' ').append(View.fit(v.t("ui.col.flag"), flagW - 1));
        }
        v.bold(2, top - 1, View.fit(header.toString(), v.width() - 4));
        String[] cells = cells(v, result, cellW);
        for (int i = first; i < result.officials().size() && top + i - first < bottom; i++) {
            OfficialResult r = result.officials().get(i);
            StringBuilder line = new StringBuilder(View.fit(String.valueOf(i + 1), NO_W))
                    .append(View.fit(r.official().fullName(), nameW));
            if (positionW > 0) {
                line.append(View.fit(r.official().position(), positionW));
            }
            if (extraHeader != null) {
                line.append(View.fit(extra.apply(i), extraW));
            }
            line.append(cells[i]);
            int row = top + i - first;
            String text = View.fit(line.toString(), v.width() - 4 - flagW);
            if (i == highlight) {
                v.reverse(2, row, text);
            } else {
                v.text(2, row, text);
            }
            if (flags && r.flag() != null) {
                String flag = v.messages().flagShort(form, r.flag());
                int cut = flag.indexOf(' ', 2);
                v.colored(2 + text.length(), row, " " + (narrow && cut > 0 ? flag.substring(0, cut) : flag),
                        TextColor.ANSI.RED_BRIGHT);
            }
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
