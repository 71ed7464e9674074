package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Layout.fill;
import static vn.tinnhiem.tui.Layout.length;

import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.Percent;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.i18n.Messages;

/**
 * The room's view, for the projector: the meeting and the round, the key totals in large block digits with a
 * progress bar, then every official's whole name and position beside a bar split by level, page after page; after
 * the close the base, the flags in words and the fingerprint. Never the ballot being typed, never the chair's keys.
 * Draws into any text area, of any size, from a {@link RoomModel} alone.
 */
public final class RoomView {
    private RoomView() {
    }

    /** Draws the model over the whole of {@code g}. */
    public static void draw(TextGraphics g, Messages messages, RoomModel model) {
        View v = new View(g, messages);
        draw(v, model, new Rect(0, 0, v.width(), v.height()));
    }

    static void draw(View v, RoomModel m, Rect area) {
        if (m.edited()) {
            edited(v, m, area);
            return;
        }
        Round round = m.round();
        boolean small = area.height() < 30;
        List<String> fingerprint = fingerprintLines(v, m, area.width() - 4);
        List<String> heading = heading(m, area);
        List<Rect> rows = rows(m, area, heading, fingerprint);
        title(v, m, heading, rows.get(0));
        if (round.rehearsal()) {
            v.reverse(rows.get(1).col(), rows.get(1).row(), center(v.t("room.rehearsal"), rows.get(1).width()));
        }
        totals(v, m, rows.get(3).inset(2, 0));
        summary(v, m, rows.get(4).inset(2, 0));
        if (!m.talliesHidden()) {
            legend(v, m, rows.get(5).inset(2, 0));
        }
        Rect list = rows.get(7).inset(2, 0);
        int page = 0;
        int pages = 1;
        if (m.talliesHidden()) {
            Rect mid = new Rect(list.col(), list.row() + list.height() / 2, list.width(), 1);
            // A round hiding its tallies from the room says so while it waits for its sheet too: "results when the
            // sheet is entered" was a promise the round then did not keep.
            v.bold(mid.col(), mid.row(), center(v.t(m.waitingForSheet() && !m.round().settings().hideTallies()
                    ? "counting.room.waiting" : "room.hidden"), mid.width()));
        } else {
            RoomOfficials officials = RoomOfficials.of(v, m.result(), list.width(), !small);
            Paging paging = Paging.of(officials.heights(), list.height());
            page = paging.index(m.page());
            pages = paging.pages();
            officials.draw(v, list, paging.first(m.page()), paging.end(m.page()));
        }
        Rect fp = rows.get(8);
        for (int i = 0; i < fingerprint.size(); i++) {
            v.bold(fp.col() + 2, fp.row() + i, fingerprint.get(i));
        }
        footer(v, m, rows.get(9), page, pages);
    }

    /**
     * A closed round whose data no longer match the fingerprint of its close, or an open round whose file another
     * program changed while it was being keyed: the meeting, the round, and that said in large type, with no figure
     * read from the changed file and no fingerprint beside them.
     */
    private static void edited(View v, RoomModel m, Rect area) {
        List<String> heading = heading(m, area);
        List<Rect> rows = Layout.vertical(area, length(heading.size() + 1), length(m.round().rehearsal() ? 1 : 0),
                fill(1), length(1));
        title(v, m, heading, rows.get(0));
        if (m.round().rehearsal()) {
            v.reverse(rows.get(1).col(), rows.get(1).row(), center(v.t("room.rehearsal"), rows.get(1).width()));
        }
        Rect mid = rows.get(2).inset(2, 0);
        List<String> lines = new ArrayList<>(Wrap.lines(v.t(m.closed() ? "room.edited"
                : "room.edited.open", m.round().number()), mid.width()));
        lines.add("");
        lines.addAll(Wrap.lines(v.t("room.edited.what"), mid.width()));
        int top = mid.row() + Math.max(0, (mid.height() - lines.size()) / 2);
        for (int i = 0; i < lines.size() && top + i < mid.row() + mid.height(); i++) {
            v.colored(mid.col(), top + i, center(lines.get(i), mid.width()),
                    com.googlecode.lanterna.TextColor.ANSI.RED_BRIGHT);
        }
        footer(v, m, rows.get(3), 0, 1);
    }

    /** How many pages the officials take in {@code area} (1 while the tallies are hidden). */
    static int pages(View v, RoomModel m, Rect area) {
        if (m.talliesHidden() || m.edited()) {
            return 1;
        }
        Rect list = rows(m, area, heading(m, area), fingerprintLines(v, m, area.width() - 4)).get(7).inset(2, 0);
        RoomOfficials officials = RoomOfficials.of(v, m.result(), list.width(), area.height() >= 30);
        return Paging.of(officials.heights(), list.height()).pages();
    }

    private static List<String> heading(RoomModel m, Rect area) {
        List<String> heading = Wrap.lines(m.meetingTitle(), area.width() - 2);
        return heading.subList(0, Math.min(2, heading.size()));
    }

    /** From the top: title, rehearsal, gap, digits, summary, legend, gap, officials, fingerprint, footer. */
    private static List<Rect> rows(RoomModel m, Rect area, List<String> heading, List<String> fingerprint) {
        boolean small = area.height() < 30;
        int bigRows = small ? 3 : 5;
        return Layout.vertical(area,
                length(heading.size() + 1),
                length(m.round().rehearsal() ? 1 : 0),
                length(small ? 0 : 1),
                length(bigRows),
                length(1),
                length(m.talliesHidden() ? 0 : 1),
                length(small ? 0 : 1),
                fill(1),
                length(fingerprint.size()),
                length(1));
    }

    /** The meeting's title, whole, on one or two lines; under it the round, its kind and its state. */
    private static void title(View v, RoomModel m, List<String> heading, Rect r) {
        Round round = m.round();
        for (int i = 0; i < heading.size(); i++) {
            v.reverse(r.col(), r.row() + i, View.fit(" " + heading.get(i), r.width()));
        }
        String line = v.t("ui.round.name", round.number()) + " · " + v.t("ui.kind." + round.kind().name()) + " · "
                + v.t(m.closed() ? "room.state.closed" : "room.state.open");
        v.bold(r.col() + 2, r.row() + heading.size(), View.fit(line, r.width() - 4));
    }

    /** Ballots entered (or collected) of issued in large digits, with a progress bar beside them. */
    private static void totals(View v, RoomModel m, Rect r) {
        Round round = m.round();
        long done = m.closed() ? round.collected() : m.result().tally().entered();
        // Double entry: the ballots agreed so far of those the committee numbered, once the count is fixed.
        long of = m.doubleEntry() && m.numbered() != null ? m.numbered() : round.issued();
        String big = done + "/" + of;
        BlockDigits.Size size = BlockDigits.fitting(big, r.width() * 2 / 3, r.height());
        int used = 0;
        if (size != null) {
            List<String> lines = BlockDigits.render(big, size);
            for (int i = 0; i < lines.size(); i++) {
                v.bold(r.col(), r.row() + i, lines.get(i));
            }
            used = BlockDigits.width(big, size) + 3;
        }
        int w = r.width() - used;
        if (w < 12) {
            return;
        }
        String label = v.t(m.closed() ? "room.big.closed" : !m.doubleEntry() ? "room.big.open"
                : m.numbered() != null ? "room.de.big" : "room.de.big.unnumbered");
        v.text(r.col() + used, r.row(), View.fit(label, w));
        String share = v.messages().percent(Percent.of(done, of));
        int barW = Math.max(4, w - share.length() - 1);
        v.bold(r.col() + used, r.row() + Math.min(r.height() - 1, r.height() / 2),
                Bar.progress(done, of, barW) + " " + share);
    }

    /** One line: the ballots by validity, and over what the shares are taken. */
    private static void summary(View v, RoomModel m, Rect r) {
        RoundResult res = m.result();
        var t = res.tally();
        String text;
        if (m.closed()) {
            text = v.t("room.summary.closed", t.validBallots(), t.invalidBallots(), res.base(),
                    v.t("rules.base." + m.round().form().base().name()));
        } else if (m.waitingForSheet()) {
            text = v.t("counting.room.summary", m.round().issued());
        } else if (m.doubleEntry() && m.numbered() == null) {
            text = v.t("room.de.summary.unnumbered", m.round().issued());
        } else if (m.doubleEntry() && m.talliesHidden()) {
            text = v.t("room.de.summary.hidden", t.entered(), m.numbered());
        } else if (m.doubleEntry()) {
            text = v.t("room.de.summary", t.validBallots(), t.invalidBallots(), t.entered(), m.numbered());
        } else if (m.talliesHidden()) {
            text = v.t("room.summary.hidden", t.entered(), m.round().issued());
        } else {
            text = v.t("room.summary.open", t.validBallots(), t.invalidBallots(), t.entered());
        }
        for (String line : Wrap.lines(text, r.width()).subList(0, 1)) {
            v.text(r.col(), r.row(), View.fit(line, r.width()));
        }
    }

    /** Each level's fill pattern beside its name, so the bars read without colour. */
    private static void legend(View v, RoomModel m, Rect r) {
        var form = m.round().form();
        StringBuilder sb = new StringBuilder();
        for (int l = 1; l <= form.levels(); l++) {
            sb.append(Bar.pattern(form.levels(), l)).append(Bar.pattern(form.levels(), l)).append(' ')
                    .append(v.messages().level(form, l)).append("   ");
        }
        sb.append(Bar.INVALID).append(Bar.INVALID).append(' ').append(v.t("ui.level.short.invalid"));
        v.text(r.col(), r.row(), View.fit(sb.toString(), r.width()));
    }

    private static List<String> fingerprintLines(View v, RoomModel m, int width) {
        List<String> out = new ArrayList<>();
        if (!m.closed() || m.fingerprint() == null) {
            return out;
        }
        String label = v.t("ui.audit.fingerprint") + " ";
        String grouped = Fingerprint.grouped(m.fingerprint());
        if (label.length() + grouped.length() <= width) {
            out.add(label + grouped);
            return out;
        }
        List<String> halves = Fingerprint.groupedLines(m.fingerprint(), 8);
        if (label.length() + halves.get(0).length() <= width) {
            out.add(label + halves.get(0));
            out.add(" ".repeat(label.length()) + halves.get(1));
            return out;
        }
        out.add(label);
        for (int per = 8; per >= 1; per /= 2) {
            List<String> lines = Fingerprint.groupedLines(m.fingerprint(), per);
            if (lines.get(0).length() <= width) {
                out.addAll(lines);
                return out;
            }
        }
        return out;
    }

    private static void footer(View v, RoomModel m, Rect r, int page, int pages) {
        String left = pages > 1 ? v.t("room.page", page + 1, pages) + " · "
                + v.t(m.paused() ? "room.page.paused" : "room.page.auto") : "";
        String right = m.round().rehearsal() ? v.t("room.rehearsal.short") : "";
        int gap = r.width() - 2 - left.length() - right.length();
        String line = gap >= 1 ? " " + left + " ".repeat(gap) + right + " " : " " + left;
        v.reverse(r.col(), r.row(), View.fit(line, r.width()));
    }

    static String center(String s, int width) {
        if (s.length() >= width) {
            return View.fit(s, width);
        }
        int pad = (width - s.length()) / 2;
        return View.fit(" ".repeat(pad) + s, width);
    }
}
