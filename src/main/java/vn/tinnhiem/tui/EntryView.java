package vn.tinnhiem.tui;

import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.Tally;

/**
 * Draws the ballot-entry screen: counts, legend, the live table with the ballot being typed beside the names, the
 * last committed ballot with its number (to check against the paper), the draft line, and any dialog over them.
 */
final class EntryView {
    private EntryView() {
    }

    static void draw(EntryScreen s, View v) {
        var round = s.round();
        Tally t = s.tally();
        v.title(v.t("ui.app.name") + " — " + (round.rehearsal() ? v.t("room.mark.rehearsal") + " — " : "")
                + s.meetingTitle(), v.t("ui.round.name", round.number()) + " · " + v.t("ui.kind." + round.kind().name())
                + " · " + v.t("ui.round.open") + RoundSettingsView.marks(v, round));
        v.bold(2, 1, View.fit(v.t("ui.entry.counts", round.issued(), t.entered(), t.validBallots(),
                t.invalidBallots(), t.voidedBallots()), v.width() - 4));
        StringBuilder legend = new StringBuilder();
        for (int level = 1; level <= round.levels(); level++) {
            legend.append(level).append(" = ").append(v.messages().level(round.form(), level)).append(" · ");
        }
        legend.append(v.t("ui.entry.legendRest"));
        v.text(2, 2, View.fit(legend.toString(), v.width() - 4));
        v.text(2, 3, View.fit(v.t("ui.entry.legendKeypad"), v.width() - 4));

        int top = 6;
        int bottom = v.height() - 4;
        int rows = bottom - top;
        int n = round.officials().size();
        BallotDraft d = s.draft();
        int cursor = d.wholeInvalid() ? -1 : d.cursor();
        int first = Math.max(0, Math.min(cursor - rows / 2, n - rows));
        RoundResult live = LiveResult.of(round, t);
        String base = round.settings().hideTallies() ? v.t("room.chair.hidden")
                : v.t("law.entry.base", t.entered(), v.messages().base(round.form()));
        if (n > rows) {
            String shown = v.t("ui.entry.rowsShown", first + 1, Math.min(n, first + rows), n);
            base = View.fit(base, v.width() - 6 - shown.length()) + "  " + shown;
        }
        v.text(2, 4, View.fit(base, v.width() - 4));
        TallyTable.draw(v, live, top, bottom, first, v.t("ui.col.mark"), i -> markText(s, i),
                cursor < n ? cursor : -1, false);
        s.lastCommitted().ifPresent(b -> v.text(2, v.height() - 4, View.fit(v.t("ui.entry.last", b.number(),
                describe(v, b)) + (b.replaces() == null ? "" : " " + v.t("ui.entry.replaces", b.replaces())),
                v.width() - 4)));
        drawDraftLine(s, v, d);
        v.notice(s.notice());
        if (s.prompt() != null) {
            s.prompt().draw(v);
        }
        if (s.ask() != null) {
            drawAsk(s, v);
        }
        if (s.lookup() != null) {
            Ballot b = s.lookup();
            List<String> lines = new ArrayList<>();
            lines.add(v.t("ui.lookup.state", v.t(b.status() == BallotStatus.VALID ? "ui.lookup.valid"
                    : "ui.lookup.invalid"), b.voided() ? v.t("ui.lookup.voided", b.voidReason()) : v.t("ui.lookup.counts")));
            lines.add(v.t("ui.lookup.marks", describe(v, b)));
            if (b.replaces() != null) {
                lines.add(v.t("ui.lookup.replaces", b.replaces()));
            }
            lines.add(v.t("ui.lookup.close"));
            Box.draw(v, v.t("ui.lookup.shown", b.number()), lines);
        }
    }

    private static void drawAsk(EntryScreen s, View v) {
        var round = s.round();
        if (s.ask() instanceof EntryAsk.Close c) {
            Box.draw(v, v.t("ui.close.title", round.number()), List.of(v.t("ui.close.confirm", round.number(),
                    c.collected())));
        } else if (s.ask() instanceof EntryAsk.Void x) {
            Box.draw(v, v.t("ui.void.askTitle", x.ballot().number()), List.of(
                    v.t("ui.lookup.marks", describe(v, x.ballot())), v.t("ui.void.askReason", x.reason()),
                    v.t("ui.void.askWhat", x.ballot().number(), s.nextNumber()), v.t("ui.ask.keys")));
        } else if (s.ask() instanceof EntryAsk.Discard x) {
            Box.draw(v, v.t("ui.discard.title", s.nextNumber()), List.of(
                    v.t("ui.discard.what", s.draft().wholeInvalid() ? v.t("ui.entry.wholeInvalidShort")
                            : marks(s.draft().marks())),
                    v.t("ui.discard.then." + x.then().name().toLowerCase()), v.t("ui.ask.keys")));
        }
    }

    /** "1 1 2 3 0  2 1 …" or "không hợp lệ (cả phiếu)". */
    static String describe(View v, Ballot b) {
        return b.status() == BallotStatus.INVALID ? v.t("ui.entry.wholeInvalidShort") : marks(b.marks());
    }

    /** Marks in groups of five, so a reader can keep their place on a long ballot. */
    static String marks(List<Mark> marks) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < marks.size(); i++) {
            sb.append(marks.get(i).code());
            if (i % 5 == 4 && i < marks.size() - 1) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static String markText(EntryScreen s, int line) {
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

    private static void drawDraftLine(EntryScreen s, View v, BallotDraft d) {
        String head = v.t("ui.entry.ballotNo", s.nextNumber()) + " ";
        if (s.replaces() != null) {
            head += v.t("ui.entry.replaces", s.replaces()) + " ";
        }
        String body;
        if (d.wholeInvalid()) {
            body = v.t("ui.entry.wholeInvalid");
        } else {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < d.lines(); i++) {
                sb.append(i < d.marks().size() ? String.valueOf(d.marks().get(i).code()) : s.filling() ? "+" : "_");
                if (i % 5 == 4) {
                    sb.append(' ');
                }
            }
            body = sb + " (" + d.cursor() + "/" + d.lines() + ")";
        }
        v.bold(2, v.height() - 3, View.fit(head + body, v.width() - 4));
    }
}
