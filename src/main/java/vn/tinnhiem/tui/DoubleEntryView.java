package vn.tinnhiem.tui;

import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.DoubleEntry;
import vn.tinnhiem.domain.DoubleEntryProgress;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.SerialState;
import vn.tinnhiem.domain.Tally;

/**
 * Draws the double-entry screen: the round's progress by state, the conflicts to pull by serial and line, the
 * tally of the agreed ballots with the marks being typed beside the names, the reading kept last (its serial and
 * pass, never its marks: the next pass of the same paper must not see them), and the serial or marks being typed.
 */
final class DoubleEntryView {
    /** Rows of the tally table (with its heading) kept however long the list of conflicts grows. */
    private static final int MIN_TABLE_ROWS = 4;

    private DoubleEntryView() {
    }

    static void draw(DoubleEntryScreen s, View v) {
        var round = s.round();
        Tally t = s.tally();
        v.title(v.t("ui.app.name") + " — " + s.meetingTitle(), v.t("ui.round.name", round.number()) + " · " + v.t("ui.kind." + round.kind().name())
                + " · " + v.t("ui.round.open") + RoundSettingsView.marks(v, round));
        DoubleEntryProgress p = s.progress();
        String counts = s.numbered() == null ? v.t("de.counts.unnumbered", round.issued())
                : v.t("de.counts", s.numbered(), p.missing().size(), p.once().size(), p.agreed(), p.conflicts().size(),
                p.resolved().size());
        v.bold(2, 1, View.fit(counts, v.width() - 4));
        // Every key's meaning whole, on two lines if need be (on one, 80 columns lost "9 = nhiều dấu" and the key
        // for a whole invalid ballot); the rows below move down by the second.
        List<String> items = new ArrayList<>();
        for (int level = 1; level <= round.levels(); level++) {
            items.add(level + " = " + v.messages().level(round.form(), level));
        }
        items.addAll(Legend.items(v.t("ui.entry.legendRest")));
        List<String> legend = Legend.lines(items, v.width() - 4, 2);
        for (int i = 0; i < legend.size(); i++) {
            v.text(2, 2 + i, legend.get(i));
        }
        int extra = legend.size() - 1;
        int bottom = v.height() - 5;
        // Every conflict in full, on as many rows as it takes: the committee pulls these papers. The table gives
        // way, down to a few rows of officials.
        List<String> pull = conflicts(v, p, v.width() - 4);
        int room = Math.max(1, bottom - 5 - extra - MIN_TABLE_ROWS);
        if (pull.size() > room) {
            pull = new ArrayList<>(pull.subList(0, room));
            pull.set(room - 1, View.fit(pull.get(room - 1) + " …", v.width() - 4));
        }
        for (int i = 0; i < pull.size(); i++) {
            v.text(2, 3 + extra + i, pull.get(i));
        }
        int shift = pull.size() - 1 + extra;

        int top = 6 + shift;
        int rows = bottom - top;
        int n = round.officials().size();
        BallotDraft d = s.draft();
        boolean marking = s.serial() != null;
        int cursor = !marking || d.wholeInvalid() ? -1 : d.cursor();
        int first = Math.max(0, Math.min(cursor - rows / 2, n - rows));
        RoundResult live = LiveResult.of(round, t);
        String base = s.changedOutside() ? v.t("ui.entry.changedOutsideBase")
                : round.settings().hideTallies() ? v.t("room.chair.hidden")
                : v.t("de.base", t.entered(), v.messages().base(round.form()));
        if (n > rows) {
            String shown = v.t("ui.entry.rowsShown", first + 1, Math.min(n, first + rows), n);
            base = View.fit(base, v.width() - 6 - shown.length()) + "  " + shown;
        }
        v.text(2, 4 + shift, View.fit(base, v.width() - 4));
        TallyTable.draw(v, live, top, bottom, first, v.t("ui.col.mark"), i -> marking ? markText(s, i) : "",
                cursor >= 0 && cursor < n ? cursor : -1, false);
        if (s.last() != null) {
            v.text(2, v.height() - 5, View.fit(v.t("de.last", s.last().serial(), s.last().pass()), v.width() - 4));
        }
        if (s.ask() != DoubleEntryScreen.Ask.NUMBERED) { // the count is not yet the chair's: no serial to suggest
            v.bold(2, v.height() - 4, View.fit(typing(s, v), v.width() - 4));
        }
        v.notice(s.notice(), 2); // a conflict or a gap is worth two lines rather than an ellipsis
        if (s.prompt() != null) {
            s.prompt().draw(v);
        }
        if (s.ask() != null) {
            DoubleEntryAskView.draw(s, v);
        }
    }

    /**
     * "Lệch, rút phiếu đọc lại: số 5 (dòng 2, 7) · số 9 (cả phiếu)": serial and lines, never the readings; broken
     * between conflicts, so a serial and its lines stay on one row.
     */
    private static List<String> conflicts(View v, DoubleEntryProgress p, int width) {
        if (p.conflicts().isEmpty()) {
            return List.of(View.fit(v.t("de.conflicts.none"), width));
        }
        List<String> items = new ArrayList<>();
        for (SerialState.InConflict c : p.conflicts()) {
            items.add(v.t("de.conflicts.item", c.serial(), v.t(DoubleEntryNotices.lines(c.lines()))));
        }
        List<String> rows = new ArrayList<>();
        String row = v.t("de.conflicts", items.get(0));
        for (String item : items.subList(1, items.size())) {
            if (row.length() + 3 + item.length() <= width) {
                row = row + " · " + item;
            } else {
                rows.addAll(Wrap.lines(row + " ·", width));
                row = "  " + item;
            }
        }
        rows.addAll(Wrap.lines(row, width));
        return rows;
    }

    private static String typing(DoubleEntryScreen s, View v) {
        if (s.serial() == null) {
            Integer next = s.suggested();
            String typed = s.serialText().isEmpty() ? "_" : s.serialText() + "_";
            boolean again = next != null && DoubleEntry.state(next, s.readings()) instanceof SerialState.InConflict;
            return v.t("de.typing.serial", typed) + (next == null || !s.serialText().isEmpty() ? ""
                    : "  " + v.t(again ? "de.typing.suggestedAgain" : "de.typing.suggested", next));
        }
        BallotDraft d = s.draft();
        String head = v.t("de.typing.marks", s.serial(), s.pass()) + " ";
        if (d.wholeInvalid()) {
            return head + v.t("ui.entry.wholeInvalid");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.lines(); i++) {
            sb.append(i < d.marks().size() ? String.valueOf(d.marks().get(i).code()) : s.filling() ? "+" : "_");
            if (i % 5 == 4) {
                sb.append(' ');
            }
        }
        return head + sb + " (" + d.cursor() + "/" + d.lines() + ")";
    }

    private static String markText(DoubleEntryScreen s, int line) {
        BallotDraft d = s.draft();
        if (d.wholeInvalid()) {
            return "  ✗";
        }
        if (line < d.marks().size()) {
            return "  " + d.marks().get(line).code();
        }
        if (s.filling()) {
            return "  +";
        }
        return line == d.cursor() ? " ▶ _" : "";
    }
}
