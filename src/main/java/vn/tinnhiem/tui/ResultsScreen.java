package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.Flag;
import vn.tinnhiem.domain.OfficialResult;
import vn.tinnhiem.domain.RoundResult;

/**
 * The result of a closed round: per official, counts and shares of the ballots collected with two decimals,
 * and the flags of NQ 96/2023/QH15 and QĐ 96-QĐ/TW in words. Read-only.
 */
public record ResultsScreen(String meetingTitle, RoundResult result, int first, Notice notice, String fingerprint)
        implements ScreenState {

    /** Without a fingerprint: a round closed before tinnhiem kept them. */
    public ResultsScreen(String meetingTitle, RoundResult result, int first, Notice notice) {
        this(meetingTitle, result, first, notice, null);
    }

    enum Action { UP, DOWN, EXPORT, VOTE, ROOM, BACK }

    private static final List<Binding> KEYS = List.of(
            Binding.of("↑↓", "ui.key.scroll", Action.UP, type(KeyType.ArrowUp, KeyType.PageUp)),
            Binding.of(null, null, Action.DOWN, type(KeyType.ArrowDown, KeyType.PageDown)),
            Binding.of("x", "report.minutes.key.export", Action.EXPORT, ch('x')),
            Binding.of("b", "ui.key.voteFlagged", Action.VOTE, ch('b')),
            Binding.of("p", "room.key.show", Action.ROOM, ch('p')),
            Binding.of("q", "ui.key.back", Action.BACK, ch('q')),
            Binding.of(null, null, Action.BACK, type(KeyType.Escape)));

    @Override
    public List<Binding> footer() {
        return KEYS;
    }

    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.Refused r) {
            return Step.stay(new ResultsScreen(meetingTitle, result, first, Notice.error(r.problem()), fingerprint));
        }
        if (msg instanceof Msg.Written w) {
            return Step.stay(new ResultsScreen(meetingTitle, result, first, Notice.infoOrNull(w.notice()),
                    fingerprint));
        }
        if (!(msg instanceof Msg.Key key)) {
            return Step.stay(this);
        }
        Object action = Binding.find(KEYS, key.stroke()).orElse(null);
        if (!(action instanceof Action a)) {
            return Step.stay(this);
        }
        int last = Math.max(0, result.officials().size() - 1);
        return switch (a) {
            case UP -> Step.stay(new ResultsScreen(meetingTitle, result, Math.max(0, first - 1), null, fingerprint));
            case DOWN -> Step.stay(new ResultsScreen(meetingTitle, result, Math.min(last, first + 1), null,
                    fingerprint));
            case EXPORT -> Step.of(this, new Effect.ExportMinutes(result.round().id()));
            case VOTE -> voteForFlagged();
            case ROOM -> Step.stay(RoomScreen.over(this, new RoomModel(meetingTitle, result, fingerprint, 0, false)));
            case BACK -> Step.of(this, new Effect.ToMeeting(result.round().meetingId(), null));
        };
    }

    /**
     * NQ 96/2023/QH15: an official rated low by more than half, but by under two thirds, who does not resign faces
     * a vote of confidence (two thirds or more goes to dismissal directly). Opens that round's form with them.
     */
    private Step voteForFlagged() {
        if (result.round().kind() != vn.tinnhiem.domain.RoundKind.RATING) {
            return Step.stay(new ResultsScreen(meetingTitle, result, first,
                    Notice.error(vn.tinnhiem.domain.Problem.of("ui.results.voteOnlyFromRating")), fingerprint));
        }
        List<vn.tinnhiem.domain.Official> flagged = result.officials().stream()
                .filter(r -> r.flag() == Flag.LOW_OVER_HALF).map(OfficialResult::official).toList();
        if (flagged.isEmpty()) {
            return Step.stay(new ResultsScreen(meetingTitle, result, first, Notice.info("ui.results.noneFlagged"),
                    fingerprint));
        }
        return Step.of(this, new Effect.ToVoteRound(result.round().meetingId(), flagged));
    }

    /**
     * The round's fingerprint in groups of four hex digits, for the room to note: on one line when it fits, else
     * on two. Returns the row after it.
     */
    private int drawFingerprint(View v, int row) {
        String label = v.t("ui.audit.fingerprint") + " ";
        if (fingerprint == null) {
            v.text(2, row, View.fit(v.t("ui.audit.noFingerprint"), v.width() - 4));
            return row + 1;
        }
        String grouped = Fingerprint.grouped(fingerprint);
        if (label.length() + grouped.length() <= v.width() - 4) {
            v.text(2, row, label);
            v.bold(2 + label.length(), row, grouped);
            return row + 1;
        }
        List<String> lines = Fingerprint.groupedLines(fingerprint, 8);
        int col = Math.min(label.length(), Math.max(0, v.width() - 4 - lines.get(0).length()));
        v.text(2, row, View.fit(label, col));
        for (String line : lines) {
            v.bold(2 + col, row++, line);
        }
        return row;
    }

    @Override
    public void draw(View v) {
        var round = result.round();
        var t = result.tally();
        v.title(v.t("ui.app.name") + " — " + (round.rehearsal() ? v.t("room.mark.rehearsal") + " — " : "") + meetingTitle, v.t("ui.round.name", round.number()) + " · "
                + v.t("ui.kind." + round.kind().name()) + " · " + v.t("ui.round.closed") + RoundSettingsView.marks(v, round));
        v.bold(2, 1, v.t("ui.results.counts", round.issued(), round.collected(), t.validBallots(),
                t.invalidBallots(), t.voidedBallots()));
        v.text(2, 2, View.fit(v.t("ui.results.base", result.base(), v.t("rules.base." + round.form().base().name())),
                v.width() - 4));
        v.text(2, 3, View.fit(v.t("ui.results.rules", v.messages().rules(round.form())), v.width() - 4));
        Set<Flag> seen = EnumSet.noneOf(Flag.class);
        for (OfficialResult r : result.officials()) {
            if (r.flag() != null) {
                seen.add(r.flag());
            }
        }
        int legendRows = seen.size();
        int top = drawFingerprint(v, 4) + 2;
        int bottom = v.height() - 3 - legendRows;
        TallyTable.draw(v, result, top, bottom, first, null, i -> "", -1, true);
        int row = bottom;
        for (Flag f : seen) {
            v.colored(2, row++, View.fit(v.messages().flagShort(round.form(), f) + ": "
                    + v.messages().flagLong(round.form(), f),
                    v.width() - 4), TextColor.ANSI.RED_BRIGHT);
        }
        v.notice(notice, 2); // the exported minutes' full path may need a second line
    }
}
