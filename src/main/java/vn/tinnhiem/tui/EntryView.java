package vn.tinnhiem.tui;

import com.googlecode.lanterna.TextColor;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.Tally;

/** Draws the ballot-entry screen: counts, legend, the live table with the ballot being typed, the draft line. */
final class EntryView {
    private EntryView() {
    }

    static void draw(EntryScreen s, View v) {
        var round = s.round();
        var kind = round.kind();
        Tally t = s.tally();
        v.title(v.t("ui.app.name") + " — " + (round.rehearsal() ? v.t("room.mark.rehearsal") + " — " : "") + s.meetingTitle(), v.t("ui.round.name", round.number()) + " · "
                + v.t("ui.kind." + kind.name()) + " · " + v.t("ui.round.open") + RoundSettingsView.marks(v, round));
        v.bold(2, 1, v.t("ui.entry.counts", round.issued(), t.entered(), t.validBallots(), t.invalidBallots(),
                t.voidedBallots()));
        StringBuilder legend = new StringBuilder();
        for (int level = 1; level <= round.levels(); level++) {
            legend.append(level).append(" = ").append(v.messages().level(round.form(), level)).append(" · ");
        }
        legend.append(v.t("ui.entry.legendRest"));
        v.text(2, 2, View.fit(legend.toString(), v.width() - 4));
        String base = v.t(round.settings().hideTallies() ? "room.chair.hidden" : "ui.entry.base", t.entered());
        v.text(2, 3, View.fit(base, v.width() - 4));

        int top = 5;
        int bottom = v.height() - 4;
        int rows = bottom - top;
        int n = round.officials().size();
        BallotDraft d = s.draft();
        int cursor = d.wholeInvalid() ? -1 : d.cursor();
        int first = Math.max(0, Math.min(cursor - rows / 2, n - rows));
        RoundResult live = RoundResult.of(round, t, t.entered());
        TallyTable.draw(v, live, top, bottom, first, v.t("ui.col.mark"), i -> markText(d, i),
                cursor < n ? cursor : -1, false);
        if (n > rows) {
            String shown = v.t("ui.entry.rowsShown", first + 1, Math.min(n, first + rows), n);
            v.text(2, 3, View.fit(base, v.width() - 6 - shown.length()) + "  " + shown);
        }
        drawDraftLine(s, v, d);
        if (s.prompt() != null) {
            s.prompt().draw(v);
        }
        if (s.confirmCollected() != null) {
            v.colored(2, v.height() - 3, View.fit(v.t("ui.close.confirm", round.number(), s.confirmCollected()),
                    v.width() - 4), TextColor.ANSI.YELLOW_BRIGHT);
        }
        v.notice(s.notice());
    }

    private static String markText(BallotDraft d, int line) {
        if (d.wholeInvalid()) {
            return "  ✗";
        }
        if (line < d.marks().size()) {
            return "  " + d.marks().get(line).code();
        }
        return line == d.cursor() ? " ▶ _" : "";
    }

    private static void drawDraftLine(EntryScreen s, View v, BallotDraft d) {
        if (s.confirmCollected() != null) {
            return;
        }
        String head = v.t("ui.entry.ballotNo", s.nextNumber()) + " ";
        String body;
        if (d.wholeInvalid()) {
            body = v.t("ui.entry.wholeInvalid");
        } else {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < d.lines(); i++) {
                sb.append(i < d.marks().size() ? String.valueOf(d.marks().get(i).code()) : "_");
                if (i % 5 == 4) {
                    sb.append(' ');
                }
            }
            body = sb + "  (" + d.cursor() + "/" + d.lines() + ")";
        }
        v.bold(2, v.height() - 3, View.fit(head + body, v.width() - 4));
    }

}
