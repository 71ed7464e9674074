package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.LogHead;
import vn.tinnhiem.domain.Flag;
import vn.tinnhiem.domain.OfficialResult;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.RoundResult;

/**
 * The result of a closed round: per official, counts and shares of the ballots collected with two decimals,
 * and the flags of the round's rule set in words. Read-only.
 *
 * @param edited the round's data no longer match the fingerprint stored at its close (the file was changed outside
 *               tinnhiem): the screen says so for as long as it is up, and the room's view shows no figures at all
 */
public record ResultsScreen(String meetingTitle, RoundResult result, int first, Notice notice, String fingerprint,
                            LogHead head, boolean edited) implements ScreenState {

    /** Without a fingerprint: a round closed before tinnhiem kept them. */
    public ResultsScreen(String meetingTitle, RoundResult result, int first, Notice notice) {
        this(meetingTitle, result, first, notice, null, null);
    }

    /** Without the log's head at the close: a round closed before tinnhiem kept a log. */
    public ResultsScreen(String meetingTitle, RoundResult result, int first, Notice notice, String fingerprint) {
        this(meetingTitle, result, first, notice, fingerprint, null);
    }

    /** Data that still match their fingerprint (or a round without one). */
    public ResultsScreen(String meetingTitle, RoundResult result, int first, Notice notice, String fingerprint,
                         LogHead head) {
        this(meetingTitle, result, first, notice, fingerprint, head, false);
    }

    enum Action { UP, DOWN, EXPORT, VOTE, ROOM, HELP, BACK }

    static final Keys<Action> KEYS = Keys.of("results",
            Binding.of("↑", "ui.key.scroll", 3, Action.UP, type(KeyType.ArrowUp, KeyType.PageUp)),
            Binding.of("↓", "ui.key.scroll", 3, Action.DOWN, type(KeyType.ArrowDown, KeyType.PageDown)),
            Binding.of("x", "report.minutes.key.export", 1, Action.EXPORT, ch('x')),
            Binding.of("b", "ui.key.voteFlagged", 2, Action.VOTE, ch('b')),
            Binding.of("p", "room.key.show", 2, Action.ROOM, ch('p')),
            Binding.of("F1", Keys.HELP, 0, Action.HELP, Binding.help()),
            Binding.of("q", "ui.key.back", 1, Action.BACK, ch('q')),
            Binding.of("Esc", "ui.key.back", 0, Action.BACK, type(KeyType.Escape)));

    /** A vote of confidence is not followed by another: its results do not offer {@code b}. */
    private static final Keys<Action> KEYS_AFTER_A_VOTE = KEYS.without(Action.VOTE);

    @Override
    public Keys<?> footer() {
        return shown();
    }

    private Keys<Action> shown() {
        return result.round().kind() == vn.tinnhiem.domain.RoundKind.RATING ? KEYS : KEYS_AFTER_A_VOTE;
    }

    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.Refused r) {
            return Step.stay(with(Notice.error(r.problem())));
        }
        if (msg instanceof Msg.Written w) {
            return Step.stay(with(Notice.infoOrNull(w.notice())));
        }
        if (!(msg instanceof Msg.Key key)) {
            return Step.stay(this);
        }
        Action a = KEYS.find(key.stroke()).orElse(null);
        if (a == null) {
            return Step.stay(this);
        }
        int last = Math.max(0, result.officials().size() - 1);
        return switch (a) {
            case UP -> Step.stay(scrolled(Math.max(0, first - 1)));
            case DOWN -> Step.stay(scrolled(Math.min(last, first + 1)));
            // No minutes of figures that are not the signed result: said here, shortly enough for 80 columns.
            case EXPORT -> edited ? Step.stay(with(Notice.error(Problem.of("ui.results.editedNoMinutes",
                    result.round().number())))) : Step.of(this, new Effect.ExportMinutes(result.round().id()));
            case VOTE -> voteForFlagged();
            case HELP -> Step.stay(new HelpOverlay(this, shown()));
            case ROOM -> Step.stay(RoomScreen.over(this, roomModel()));
            case BACK -> Step.of(this, new Effect.ToMeeting(result.round().meetingId(), null));
        };
    }

    /**
     * The vote of confidence the round's rule set says follows a rating (NQ 96/2023/QH15: over one half low and
     * under two thirds; NQ 85/2014 and NQ 35/2012: the severe flag; QĐ 96-QĐ/TW: none). Opens that round's form
     * with them; the runner leaves out anyone already in a vote of confidence of this meeting.
     */
    private Step voteForFlagged() {
        if (edited) {
            // who is flagged comes from figures that are not the signed result
            return Step.stay(with(Notice.error(Problem.of("ui.results.editedNoVote", result.round().number()))));
        }
        var form = result.round().form();
        if (result.round().kind() != vn.tinnhiem.domain.RoundKind.RATING) {
            return Step.stay(with(Notice.error(Problem.of("ui.results.voteOnlyFromRating"))));
        }
        Flag followUp = form.preset().law().followUp();
        Problem law = Problem.of("rules.preset." + form.preset().name());
        if (followUp == null) {
            return Step.stay(with(Notice.info("law.followUp.none", law)));
        }
        List<vn.tinnhiem.domain.Official> flagged = result.officials().stream()
                .filter(r -> r.flag() == followUp).map(OfficialResult::official).toList();
        if (flagged.isEmpty()) {
            return Step.stay(with(Notice.info("law.followUp.noneFlagged", law)));
        }
        return Step.of(this, new Effect.ToVoteRound(result.round().meetingId(), flagged));
    }

    @Override
    public RoomModel roomModel() {
        return new RoomModel(meetingTitle, result, fingerprint, 0, false, null, edited);
    }

    private ResultsScreen with(Notice n) {
        return new ResultsScreen(meetingTitle, result, first, n, fingerprint, head, edited);
    }

    private ResultsScreen scrolled(int top) {
        return new ResultsScreen(meetingTitle, result, top, null, fingerprint, head, edited);
    }

    /**
     * The round's fingerprint in groups of four hex digits, for the room to note: on one line when it fits, else
     * on two. Returns the row after it.
     */
    private int drawFingerprint(View v, int row) {
        // The data changed since the close: the fingerprint is still the one on the signed paper, said not to match.
        String label = v.t(edited ? "ui.results.fingerprintEdited" : "ui.audit.fingerprint") + " ";
        if (fingerprint == null) {
            v.text(2, row, View.fit(v.t("ui.audit.noFingerprint"), v.width() - 4));
            return row + 1;
        }
        String grouped = Fingerprint.grouped(fingerprint);
        if (label.length() + grouped.length() <= v.width() - 4) {
            labelled(v, row, label);
            value(v, 2 + label.length(), row, grouped);
            return row + 1;
        }
        List<String> lines = Fingerprint.groupedLines(fingerprint, 8);
        if (edited && label.length() + lines.get(0).length() > v.width() - 4) {
            labelled(v, row++, View.fit(label, v.width() - 4)); // the warning whole, on a line of its own
            for (String line : lines) {
                value(v, 4, row++, line);
            }
            return row;
        }
        int col = Math.min(label.length(), Math.max(0, v.width() - 4 - lines.get(0).length()));
        labelled(v, row, View.fit(label, col));
        for (String line : lines) {
            value(v, 2 + col, row++, line);
        }
        return row;
    }

    private void labelled(View v, int row, String label) {
        if (edited) {
            v.colored(2, row, label, TextColor.ANSI.RED_BRIGHT);
        } else {
            v.text(2, row, label);
        }
    }

    private void value(View v, int col, int row, String text) {
        if (edited) {
            v.colored(col, row, text, TextColor.ANSI.RED_BRIGHT);
        } else {
            v.bold(col, row, text);
        }
    }

    /**
     * The audit log's head at the close (entry number and short hash), under the fingerprint: noted on the signed
     * paper with it, it anchors the log ({@code tinnhiem verify --head}). Returns the row after it.
     */
    private int drawHead(View v, int row) {
        if (head == null) {
            return row;
        }
        String label = v.t("record.head.label") + " ";
        v.text(2, row, View.fit(label, v.width() - 4));
        if (label.length() + head.shown().length() <= v.width() - 4) {
            v.bold(2 + label.length(), row, head.shown());
        }
        return row + 1;
    }

    @Override
    public void draw(View v) {
        var round = result.round();
        var t = result.tally();
        v.title(v.t("ui.app.name") + " — " + meetingTitle, v.t("ui.round.name", round.number()) + " · "
                + v.t("ui.kind." + round.kind().name()) + " · " + v.t("ui.round.closed")
                + RoundSettingsView.marks(v, round)
                // figures that are not the signed result never look like it, even in the title
                + (edited ? " · " + v.t("ui.results.editedMark") : ""));
        // Only a round keyed ballot by ballot can void a ballot at entry; the others say nothing of voids.
        v.bold(2, 1, v.t(round.settings().counting().ballotByBallot() ? "ui.results.counts" : "counting.results.counts",
                round.issued(), round.collected(), t.validBallots(), t.invalidBallots(), t.voidedBallots()));
        v.text(2, 2, View.fit(v.t("ui.results.base", result.base(), v.messages().base(round.form())),
                v.width() - 4));
        int w = v.width() - 4;
        int row = 3;
        for (String line : capped(Wrap.lines(v.t("ui.results.rules", v.messages().rules(round.form())), w), 3, w)) {
            v.text(2, row++, line);
        }
        Set<Flag> seen = EnumSet.noneOf(Flag.class);
        for (OfficialResult r : result.officials()) {
            if (r.flag() != null) {
                seen.add(r.flag());
            }
        }
        // What each flag means under the round's rule set, whole: a chair reads the consequence out.
        List<String> flagLines = new java.util.ArrayList<>();
        for (Flag f : seen) {
            flagLines.addAll(capped(Wrap.lines(v.messages().flagShort(round.form(), f) + ": "
                    + v.messages().flagLong(round.form(), f), w), 2, w));
        }
        int top = drawHead(v, drawFingerprint(v, row)) + 2;
        Notice shownNotice = exportNotice(v);
        int bottom = v.height() - 3 - flagLines.size() - NoticeLines.lift(v, shownNotice);
        int end = TallyTable.draw(v, result, top, bottom, first, null, i -> "", -1, true);
        if (first > 0 || end < result.officials().size()) {
            String shown = v.t("ui.entry.rowsShown", first + 1, end, result.officials().size());
            v.text(2 + Math.max(0, w - shown.length()), top - 2, shown);
        }
        row = bottom;
        for (String line : flagLines) {
            v.colored(2, row++, line, TextColor.ANSI.RED_BRIGHT);
        }
        v.notice(shownNotice, NoticeLines.MAX);
    }

    /** The first {@code max} lines, the last of them ending in "…" when more were left out. */
    private static List<String> capped(List<String> lines, int max, int w) {
        if (lines.size() <= max) {
            return lines;
        }
        List<String> out = new java.util.ArrayList<>(lines.subList(0, max));
        out.set(max - 1, View.fit(out.get(max - 1) + " " + lines.get(max), w));
        return out;
    }

    /**
     * The exported minutes' path on a line of its own when it does not fit after the sentence, shortened in the
     * middle only beyond that line (the folder's start and the name still show): kept on the sentence's line, a
     * long folder was cut to a score of characters ("/tmp/…/b…-hop-thu-9-…"), and the committee could not read
     * where the files went. A notice breaks between words only, so the path is one word of at most a line.
     */
    private Notice exportNotice(View v) {
        // Data edited since the close: said whenever no refusal is up (a refusal of x or b gives the same reason).
        if (edited && (notice == null || !notice.error())) {
            return Notice.error(Problem.of("ui.results.fingerprintDiffers", result.round().number()));
        }
        if (notice == null || !notice.message().key().startsWith("report.minutes.exported")) {
            return notice;
        }
        String path = String.valueOf(notice.message().args().get(0));
        String sentence = v.t(notice.message());
        int after = sentence.length() - sentence.indexOf(path) - path.length(); // ".html, .csv, .txt"
        int room = sentence.length() < v.width() - 1 ? path.length() : v.width() - 1 - after;
        return new Notice(notice.error(), vn.tinnhiem.domain.Problem.of(notice.message().key(),
                View.middle(path, Math.max(12, room))));
    }
}
