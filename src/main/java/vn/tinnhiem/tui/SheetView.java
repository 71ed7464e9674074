package vn.tinnhiem.tui;

import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.ControlTotals;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.SheetCell;
import vn.tinnhiem.domain.SheetLife;
import vn.tinnhiem.domain.TallySheet;
import vn.tinnhiem.report.SheetMinutes;

/**
 * Draws the tally-sheet screen: where the sheet stands, the ballot totals, one row per official (each level, the
 * invalid lines, their sum and its difference from the valid ballots), the failing control totals of the grid
 * with their differences, and any question over them. The cursor's cell is in reverse video; after two readings
 * in conflict the cells they differ in are marked ≠, never with either reading's number.
 */
final class SheetView {
    private SheetView() {
    }

    static void draw(SheetScreen s, View v) {
        var round = s.round();
        v.title(v.t("ui.app.name") + " — " + s.meetingTitle(), v.t("ui.round.name", round.number()) + " · " + v.t("ui.kind." + round.kind().name())
                + " · " + v.t("ui.round.open") + RoundSettingsView.marks(v, round));
        SheetLife life = s.life();
        List<SheetCell> marked = life instanceof SheetLife.InConflict c ? c.differing() : List.of();
        v.bold(2, 1, View.fit(v.t(lifeLine(s, life)), v.width() - 4));
        // Under 100 columns the cells close up and the sum column gives way: its difference stays.
        boolean narrow = v.width() < 100;
        int cellW = narrow ? 10 : 12;
        drawTotals(s, v, 2, cellW, marked);
        int panel = v.height() >= 30 ? 6 : 4;
        int top = 5;
        int bottom = v.height() - 2 - panel;
        String shown = drawGrid(s, v, top, bottom, cellW, marked, !narrow);
        if (!marked.isEmpty()) {
            String places = SheetMinutes.places(round, marked, v.messages());
            v.text(2, 3, View.fit(v.t("sheet.differing", places), v.width() - 6 - shown.length()));
        }
        drawProblems(s, v, bottom, panel);
        v.notice(s.notice());
        if (s.ask() != null) {
            drawAsk(s, v, life);
        }
    }

    private static Problem lifeLine(SheetScreen s, SheetLife life) {
        int next = life.entries() + 1;
        if (life instanceof SheetLife.Keyed k) {
            return Problem.of("sheet.life.Keyed", k.latest().pass(), totals(s, life));
        }
        if (life instanceof SheetLife.EnteredOnce) {
            return Problem.of("sheet.life.EnteredOnce", next);
        }
        if (life instanceof SheetLife.Agreed) {
            return Problem.of("sheet.life.Agreed", totals(s, life));
        }
        if (life instanceof SheetLife.InConflict c) {
            return Problem.of("sheet.life.InConflict", c.differing().size(), next);
        }
        if (life instanceof SheetLife.Resolved r) {
            return Problem.of("sheet.life.Resolved", r.reading().pass(), r.differing().size(), totals(s, life));
        }
        return Problem.of("sheet.life.NotEntered", next);
    }

    private static Problem totals(SheetScreen s, SheetLife life) {
        int failing = ControlTotals.check(life.counted().orElseThrow(), s.round().issued()).size();
        return failing == 0 ? Problem.of("sheet.totals.hold") : Problem.of("sheet.totals.failing", failing);
    }

    private static void drawTotals(SheetScreen s, View v, int row, int cellW, List<SheetCell> marked) {
        int col = 2;
        String[] labels = {"sheet.cell.issued", "sheet.cell.collected", "sheet.cell.valid", "sheet.cell.invalid"};
        for (int c = 0; c < SheetCell.TOTALS && col < v.width() - 2; c++) {
            String label = v.t(labels[c]) + " ";
            v.text(col, row, label);
            col += label.length();
            col = cell(s, v, col, row, new SheetCell(0, c), cellW - 1, marked) + 2;
        }
    }

    /** One number, right-aligned in {@code w} columns, reversed under the cursor; returns the column after it. */
    private static int cell(SheetScreen s, View v, int col, int row, SheetCell cell, int w, List<SheetCell> marked) {
        String number = String.valueOf(s.draft().value(cell));
        String text = (marked.contains(cell) ? "≠" : "") + View.right(number, w - (marked.contains(cell) ? 1 : 0));
        if (cell.equals(s.cursor()) && s.ask() == null) {
            v.reverse(col, row, text);
        } else {
            v.text(col, row, text);
        }
        return col + w;
    }

    /** Draws the officials' rows; returns the "rows 1–12 of 50" note it put on the right of row 3, or "". */
    private static String drawGrid(SheetScreen s, View v, int top, int bottom, int cellW, List<SheetCell> marked,
                                   boolean withSum) {
        var round = s.round();
        int levels = round.levels();
        int n = round.officials().size();
        int rows = Math.max(1, bottom - top);
        int cursorLine = s.cursor().row() == 0 ? 0 : s.cursor().row() - 1;
        int first = Math.max(0, Math.min(cursorLine - rows / 2, n - rows));
        int fixed = 4 + cellW * (levels + (withSum ? 3 : 2));
        int nameArea = Math.max(10, v.width() - 4 - fixed);
        int nameW = nameArea >= 52 ? 30 : nameArea;
        int positionW = nameArea - nameW;
        StringBuilder header = new StringBuilder(View.fit(v.t("ui.col.no"), 4)).append(View.fit(v.t("ui.col.name"),
                nameW));
        if (positionW > 0) {
            header.append(View.fit(v.t("ui.col.position"), positionW));
        }
        for (int level = 1; level <= levels; level++) {
            header.append(head(v.messages().levelShort(round.form(), level), cellW));
        }
        header.append(head(v.t("sheet.col.invalid"), cellW));
        if (withSum) {
            header.append(head(v.t("sheet.col.sum"), cellW));
        }
        header.append(head(v.t("sheet.col.diff"), cellW));
        v.bold(2, top - 1, View.fit(header.toString(), v.width() - 4));
        String shown = "";
        if (n > rows) {
            shown = v.t("ui.entry.rowsShown", first + 1, Math.min(n, first + rows), n);
            v.text(Math.max(2, v.width() - 2 - shown.length()), 3, shown);
        }
        TallySheet d = s.draft();
        for (int i = first; i < n && top + i - first < bottom; i++) {
            int row = top + i - first;
            Official o = round.officials().get(i);
            StringBuilder line = new StringBuilder(View.fit(String.valueOf(i + 1), 4)).append(View.fit(o.fullName(),
                    nameW));
            if (positionW > 0) {
                line.append(View.fit(o.position(), positionW));
            }
            v.text(2, row, line.toString());
            int col = 2 + line.length();
            for (int c = 0; c <= levels; c++) {
                col = cell(s, v, col, row, new SheetCell(i + 1, c), cellW - 1, marked) + 1;
            }
            LineCount counts = d.lines().get(i);
            long sum = counts.marked() + counts.invalid();
            long diff = sum - d.valid();
            if (withSum) {
                v.text(col, row, View.right(String.valueOf(sum), cellW - 1) + " ");
                col += cellW;
            }
            String off = diff == 0 ? "=" : (diff > 0 ? "+" : "") + diff;
            v.text(col, row, View.right(off, cellW - 1));
        }
        return shown;
    }

    private static String head(String label, int cellW) {
        return View.right(View.fit(label, cellW - 1).strip(), cellW - 1) + " ";
    }

    /** The failing control totals of the grid as keyed, each with its difference, under a line saying how many. */
    private static void drawProblems(SheetScreen s, View v, int top, int rows) {
        List<Problem> problems = s.problems();
        v.bold(2, top, View.fit(problems.isEmpty() ? v.t("sheet.panel.hold")
                : v.t("sheet.panel.failing", problems.size()), v.width() - 4));
        for (int i = 0; i < problems.size() && i < rows - 1; i++) {
            boolean last = i == rows - 2 && problems.size() > rows - 1;
            String text = last ? v.t("sheet.panel.more", problems.size() - i) : "• " + v.t(problems.get(i));
            v.text(2, top + 1 + i, View.fit(text, v.width() - 4));
        }
    }

    private static void drawAsk(SheetScreen s, View v, SheetLife life) {
        int next = life.entries() + 1;
        switch (s.ask()) {
            case SAVE -> {
                List<String> lines = new ArrayList<>();
                int failing = s.problems().size();
                lines.add(failing == 0 ? v.t("sheet.ask.save.hold") : v.t("sheet.ask.save.failing", failing));
                if (s.twice() && life.entries() == 0) {
                    lines.add(v.t("sheet.ask.save.second"));
                }
                lines.add(v.t("ui.ask.keys"));
                Box.draw(v, v.t("sheet.ask.save.title", next), lines);
            }
            case CLOSE -> Box.draw(v, v.t("ui.close.title", s.round().number()), List.of(
                    v.t("sheet.ask.close", s.round().number(), life.counted().orElseThrow().collected()),
                    v.t("ui.ask.keys")));
            case LEAVE, QUIT -> Box.draw(v, v.t("sheet.ask.discard.title", next), List.of(
                    v.t("sheet.ask.discard"), v.t("ui.ask.keys")));
            case REFUSED -> {
                List<String> lines = new ArrayList<>();
                var round = s.round();
                for (Problem p : ControlTotals.check(life.counted().orElseThrow(), round.issued(), round.officials())) {
                    lines.add("• " + v.t(p));
                }
                lines.add(v.t("sheet.refused.what"));
                Box.draw(v, v.t("sheet.refused.title", s.round().number()), lines);
            }
        }
    }
}
