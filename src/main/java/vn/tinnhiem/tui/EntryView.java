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
        Header h = header(s, v);
        v.title(h.titleLeft(), h.titleRight());
        v.bold(2, 1, h.counts());
        int w = v.width() - 4;
        List<String> legend = legend(v, round, w);
        for (int i = 0; i < legend.size(); i++) {
            v.text(2, 2 + i, legend.get(i));
        }
        int baseRow = 2 + legend.size();

        int lift = NoticeLines.lift(v, s.notice());
        int bottom = v.height() - 4 - lift;
        int n = round.officials().size();
        BallotDraft d = s.draft();
        int cursor = d.wholeInvalid() ? -1 : d.cursor();
        RoundResult live = LiveResult.of(round, t);
        int[] heights = TallyTable.heights(v, live, true, false);
        List<String> baseLines = h.baseLines();
        boolean scrolls = rows(heights) > bottom - (baseRow + baseLines.size() + 1);
        if (scrolls) { // room for the widest "12–24/45" there can be
            baseLines = h.widestLines();
        }
        int top = baseRow + baseLines.size() + 1;
        int first = TallyTable.firstFor(heights, cursor, bottom - top);
        int end = TallyTable.draw(v, live, top, bottom, first, v.t("ui.col.mark"), new MarkColumn(s),
                cursor < n ? cursor : -1, false);
        if (scrolls) {
            baseLines = shownLines(v, h.base(), first, end, n, w);
        }
        for (int i = 0; i < baseLines.size(); i++) {
            v.text(2, baseRow + i, baseLines.get(i));
        }
        if (h.lastLine() != null) {
            v.text(2, bottom, h.lastLine());
        }
        drawDraftLine(s, v, d, bottom + 1);
        v.notice(s.notice(), NoticeLines.MAX);
        if (s.prompt() != null) {
            s.prompt().draw(v);
        }
        if (s.ask() != null) {
            drawAsk(s, v);
        }
        if (s.lookup() != null) {
            Ballot b = s.lookup();
            List<String> lines = new ArrayList<>();
            String recorded = v.t(b.status() == BallotStatus.VALID ? "ui.lookup.valid" : "ui.lookup.invalid");
            // Voided, said first; how it was recorded after ("valid; VOIDED" read as a contradiction).
            lines.add(b.voided() ? v.t("ui.lookup.stateVoided", recorded, b.voidReason())
                    : v.t("ui.lookup.state", recorded, v.t("ui.lookup.counts")));
            lines.add(v.t("ui.lookup.marks", describe(v, b)));
            if (b.replaces() != null) {
                lines.add(v.t("ui.lookup.replaces", b.replaces()));
            }
            s.ballots().stream().filter(x -> x.replaces() != null && x.replaces() == b.number()).findFirst()
                    .ifPresent(x -> lines.add(v.t("ui.lookup.replacedBy", x.number())));
            lines.add(v.t("ui.lookup.close"));
            Box.draw(v, v.t("ui.lookup.shown", b.number()), lines);
        }
    }

    /**
     * What the screen's top says, laid out once per recorded ballot (a key changes the ballot being typed, not
     * these): the title, the counts, and the sentence on the base of the shares over up to three lines.
     */
    private record Header(vn.tinnhiem.domain.Round round, Tally tally, boolean changedOutside, String meetingTitle,
                          int width, vn.tinnhiem.i18n.Messages messages, String titleLeft, String titleRight,
                          String counts,
                          String base, List<String> baseLines, List<String> widestLines, Ballot last,
                          String lastLine) {
    }

    /** The base's lines with "officials first–end of n shown", kept for the rows last shown (they move rarely). */
    private record Shown(String base, int first, int end, int n, int w, List<String> lines) {
    }

    private static volatile Shown lastShown;

    private static List<String> shownLines(View v, String base, int first, int end, int n, int w) {
        Shown last = lastShown;
        if (last == null || !last.base().equals(base) || last.first() != first || last.end() != end
                || last.n() != n || last.w() != w) {
            last = new Shown(base, first, end, n, w, baseLines(base, v.t("ui.entry.rowsShown", first + 1, end, n), w));
            lastShown = last;
        }
        return last.lines();
    }

    private static int rows(int[] heights) {
        int total = 0;
        for (int x : heights) {
            total += x;
        }
        return total;
    }

    private static volatile Header lastHeader;

    private static Header header(EntryScreen s, View v) {
        var round = s.round();
        Tally t = s.tally();
        Header h = lastHeader;
        Ballot last = s.lastCommitted().orElse(null);
        if (h != null && h.round() == round && h.tally() == t && h.last() == last && h.width() == v.width()
                && h.changedOutside() == s.changedOutside()
                && h.messages() == v.messages() && h.meetingTitle().equals(s.meetingTitle())) {
            return h;
        }
        int w = v.width() - 4;
        int n = round.officials().size();
        String base = s.changedOutside() ? v.t("ui.entry.changedOutsideBase")
                : round.settings().hideTallies() ? v.t("room.chair.hidden")
                : v.t("law.entry.base", t.entered(), v.messages().base(round.form()));
        h = new Header(round, t, s.changedOutside(), s.meetingTitle(), v.width(), v.messages(),
                v.t("ui.app.name") + " — " + s.meetingTitle(),
                v.t("ui.round.name", round.number()) + " · " + v.t("ui.kind." + round.kind().name()) + " · "
                        + v.t("ui.round.open") + RoundSettingsView.marks(v, round),
                View.fit(v.t("ui.entry.counts", round.issued(), t.entered(), t.validBallots(), t.invalidBallots(),
                        t.voidedBallots()), v.width() - 4),
                base, List.copyOf(baseLines(base, null, w)),
                List.copyOf(baseLines(base, v.t("ui.entry.rowsShown", n, n, n), w)), last,
                last == null ? null : lastLine(v, last));
        lastHeader = h;
        return h;
    }

    /** The legend's lines, laid out once per round and screen size rather than on every key. */
    private record LegendLines(vn.tinnhiem.domain.BallotForm form, int w, int h, vn.tinnhiem.i18n.Messages messages,
                               List<String> lines) {
    }

    private static volatile LegendLines lastLegend;

    private static List<String> legend(View v, vn.tinnhiem.domain.Round round, int w) {
        LegendLines last = lastLegend;
        if (last != null && last.form() == round.form() && last.w() == w && last.h() == v.height()
                && last.messages() == v.messages()) {
            return last.lines();
        }
        List<String> items = new ArrayList<>();
        for (int level = 1; level <= round.levels(); level++) {
            items.add(level + " = " + v.messages().level(round.form(), level));
        }
        items.addAll(Legend.items(v.t("ui.entry.legendRest")));
        items.addAll(Legend.items(v.t("ui.entry.legendKeypad")));
        // Every key's meaning whole, on as many lines as it takes; the table below gives way.
        List<String> lines = List.copyOf(Legend.lines(items, w, Math.max(2, (v.height() - 12) / 3)));
        lastLegend = new LegendLines(round.form(), w, v.height(), v.messages(), lines);
        return lines;
    }

    private static List<String> baseLines(String base, String shown, int w) {
        List<String> lines = new ArrayList<>(Wrap.lines(base, w));
        if (shown != null) {
            String last = lines.get(lines.size() - 1);
            if (last.length() + 2 + shown.length() <= w) {
                // At the right edge, over the table's last column, as the results screen shows it: not read as the
                // end of the sentence before it.
                lines.set(lines.size() - 1, last + " ".repeat(w - last.length() - shown.length()) + shown);
            } else {
                lines.add(shown);
            }
        }
        if (lines.size() > 3) {
            String cut = lines.get(2) + " " + lines.get(3);
            lines = new ArrayList<>(lines.subList(0, 3));
            lines.set(2, View.fit(cut, w));
        }
        return lines;
    }

    private static void drawAsk(EntryScreen s, View v) {
        var round = s.round();
        if (s.ask() instanceof EntryAsk.Close c) {
            // The figures it is weighed against beside the count typed: 3 collected of 60 issued is seen at once.
            Box.draw(v, v.t("ui.close.title", round.number()), List.of(v.t("ui.close.confirm", round.number(),
                    c.collected(), round.issued(), s.tally().entered())));
        } else if (s.ask() instanceof EntryAsk.Void x) {
            Box.draw(v, v.t("ui.void.askTitle", x.ballot().number()), List.of(
                    v.t("ui.lookup.marks", describe(v, x.ballot())), v.t("ui.void.askReason", x.reason()),
                    v.t("ui.void.askWhat", x.ballot().number(), s.nextNumber()), v.t("ui.ask.keys")));
        } else if (s.ask() instanceof EntryAsk.Discard x) {
            Box.draw(v, v.t("ui.discard.title", s.nextNumber()), List.of(
                    v.t("ui.discard.what", s.draft().wholeInvalid() ? v.t("ui.entry.wholeInvalidShort")
                            : marks(s.draft().marks())),
                    v.t("ui.discard.then." + x.then().name().toLowerCase() + keep(s, x.then()),
                            s.draft().lines() - s.draft().marks().size()),
                    v.t("ui.ask.keys")));
        }
    }

    /**
     * How the question says to keep the ballot: nothing once the file was changed outside (nothing is recorded now);
     * type the lines left, then Enter, when it is not complete; else Enter.
     */
    private static String keep(EntryScreen s, EntryKeys.Action then) {
        if (then == EntryKeys.Action.ABANDON) {
            return "";
        }
        if (s.changedOutside() && then == EntryKeys.Action.LEAVE) {
            return ".changedOutside";
        }
        return s.draft().isComplete() ? "" : ".incomplete";
    }

    /**
     * "Vừa ghi phiếu số 38: 32222 12312 …", every mark of it, to check against the paper: where the groups of five
     * do not fit (48 officials at 80 columns), the marks go without their spaces.
     */
    private static String lastLine(View v, Ballot b) {
        String replaces = b.replaces() == null ? "" : " " + v.t("ui.entry.replaces", b.replaces());
        String line = v.t("ui.entry.last", b.number(), describe(v, b)) + replaces;
        if (line.length() > v.width() - 4 && b.status() != BallotStatus.INVALID) {
            StringBuilder plain = new StringBuilder();
            for (Mark m : b.marks()) {
                plain.append(m.code());
            }
            line = v.t("ui.entry.last", b.number(), plain) + replaces;
        }
        return View.fit(line, v.width() - 4);
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

    /**
     * The mark column's text by line: a class of its own, made with {@code new}, rather than a lambda capturing the
     * screen, which the compiler used here makes through a method handle and a call into the JVM on every frame.
     */
    private record MarkColumn(EntryScreen s) implements java.util.function.IntFunction<String> {
        @Override
        public String apply(int line) {
            return markText(s, line);
        }
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

    /** The draft line's head ("Phiếu số 23: "), laid out once per ballot rather than on every key. */
    private record DraftHead(vn.tinnhiem.i18n.Messages messages, int number, Integer replaces, String text) {
    }

    private static volatile DraftHead lastDraftHead;

    private static String draftHead(EntryScreen s, View v) {
        DraftHead last = lastDraftHead;
        if (last != null && last.messages() == v.messages() && last.number() == s.nextNumber()
                && java.util.Objects.equals(last.replaces(), s.replaces())) {
            return last.text();
        }
        String head = v.t("ui.entry.ballotNo", s.nextNumber()) + " ";
        if (s.replaces() != null) {
            head += v.t("ui.entry.replaces", s.replaces()) + " ";
        }
        lastDraftHead = new DraftHead(v.messages(), s.nextNumber(), s.replaces(), head);
        return head;
    }

    private static void drawDraftLine(EntryScreen s, View v, BallotDraft d, int row) {
        String head = draftHead(s, v);
        String body;
        if (d.wholeInvalid()) {
            body = v.t("ui.entry.wholeInvalid");
        } else {
            String counter = " (" + d.cursor() + "/" + d.lines() + ")";
            body = draftMarks(d, s.filling(), v.width() - 4 - head.length() - counter.length()) + counter;
        }
        v.bold(2, row, View.fit(head + body, v.width() - 4));
    }

    /**
     * The ballot being typed, in groups of five; where that does not fit before the count "(17/50)" (50 officials
     * at 80 columns), without the groups' spaces; where even that does not fit, the marks up to a few past the
     * cursor, the first ones left out behind "…". The count stays whole.
     */
    static String draftMarks(BallotDraft d, boolean filling, int room) {
        StringBuilder plain = new StringBuilder(d.lines());
        StringBuilder grouped = new StringBuilder(d.lines() + d.lines() / 5);
        for (int i = 0; i < d.lines(); i++) {
            char c = i < d.marks().size() ? (char) ('0' + d.marks().get(i).code()) : filling ? '+' : '_';
            plain.append(c);
            grouped.append(c);
            if (i % 5 == 4) {
                grouped.append(' ');
            }
        }
        if (grouped.length() <= room) {
            return grouped.toString();
        }
        if (plain.length() + 1 <= room) {
            return plain + " ";
        }
        if (d.cursor() + 5 <= room) { // the first marks and a few lines past the cursor: nothing left out before
            return plain.substring(0, Math.max(0, room));
        }
        int end = Math.min(plain.length(), d.cursor() + 5);
        return room < 2 ? "" : "…" + plain.substring(end - (room - 1), end);
    }
}
