package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.Numbers;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundRules;
import vn.tinnhiem.domain.RoundSettings;

/**
 * Opening a round: the kind of ballot form, the officials it lists (the whole roster in order by default) and
 * the ballots issued (by default one per member present).
 */
public record OpenRoundScreen(long meetingId, String meetingTitle, List<Official> roster, List<Boolean> chosen,
                              RoundKind kind, Field issued, int focus, Notice notice, RoundSettings settings,
                              int present) implements ScreenState {
    static final int KIND_ROW = 0;
    static final int ISSUED_ROW = 1;

    enum Action { UP, DOWN, KIND, TOGGLE, ALL, REHEARSAL, HIDE, COUNTING, OPEN, HELP, CANCEL }

    static final Keys<Action> KEYS = Keys.of("openRound",
            Binding.of("↑", "ui.key.select", 4, Action.UP, type(KeyType.ArrowUp, KeyType.ReverseTab)),
            Binding.of("↓", "ui.key.select", 4, Action.DOWN, type(KeyType.ArrowDown, KeyType.Tab)),
            Binding.of("←→", "ui.key.kind", 3, Action.KIND, type(KeyType.ArrowLeft, KeyType.ArrowRight)),
            Binding.of("Space", "ui.key.toggle", 2, Action.TOGGLE, ch(' ')),
            Binding.of("*", "ui.key.all", 5, Action.ALL, ch('*')),
            Binding.of("d", "room.key.rehearsal", 6, Action.REHEARSAL, ch('d')),
            Binding.of("a", "room.key.hide", 6, Action.HIDE, ch('a')),
            Binding.of("k", "counting.key.counting", 3, Action.COUNTING, ch('k')),
            Binding.of("Enter", "ui.key.openIt", 1, Action.OPEN, type(KeyType.Enter, KeyType.F2)),
            Binding.of("F1", Keys.HELP, 0, Action.HELP, Binding.help()),
            Binding.of("Esc", "ui.key.cancel", 1, Action.CANCEL, type(KeyType.Escape)));

    public OpenRoundScreen {
        roster = List.copyOf(roster);
        chosen = List.copyOf(chosen);
        if (settings == null) {
            settings = RoundSettings.NORMAL;
        }
    }


    public static OpenRoundScreen of(long meetingId, String title, List<Official> roster, int present) {
        List<Boolean> all = new ArrayList<>();
        roster.forEach(o -> all.add(Boolean.TRUE));
        return new OpenRoundScreen(meetingId, title, roster, all, RoundKind.RATING,
                Field.suggestedNumber("ui.open.issued", present > 0 ? String.valueOf(present) : ""), KIND_ROW, null,
                RoundSettings.NORMAL, present);
    }

    /** A vote of confidence on officials a rating flagged, with their names and positions carried over. */
    public static OpenRoundScreen forVote(long meetingId, String title, List<Official> flagged, int present) {
        OpenRoundScreen s = of(meetingId, title, flagged, present);
        return new OpenRoundScreen(meetingId, title, flagged, s.chosen(), RoundKind.VOTE, s.issued(), ISSUED_ROW,
                Notice.info("ui.open.voteFromRating", flagged.size()), RoundSettings.NORMAL, present);
    }

    private OpenRoundScreen with(List<Boolean> c, RoundKind k, Field f, int fo, Notice n) {
        return new OpenRoundScreen(meetingId, meetingTitle, roster, c, k, f, fo, n, settings, present);
    }

    @Override
    public Keys<?> footer() {
        return KEYS;
    }

    public List<Official> onBallot() {
        List<Official> out = new ArrayList<>();
        for (int i = 0; i < roster.size(); i++) {
            if (chosen.get(i)) {
                out.add(roster.get(i));
            }
        }
        return out;
    }

    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.Refused r) {
            return Step.stay(with(chosen, kind, issued, focus, Notice.error(r.problem())));
        }
        if (!(msg instanceof Msg.Key key)) {
            return Step.stay(this);
        }
        KeyStroke k = key.stroke();
        if (focus == ISSUED_ROW && Field.isEditKey(k) && !(k.getKeyType() == KeyType.Character
                && !Character.isDigit(k.getCharacter()))) {
            return Step.stay(with(chosen, kind, issued.edit(k), focus, null));
        }
        if (focus == KIND_ROW && Binding.ch(' ').test(k)) {
            return Step.stay(otherKind());
        }
        Action a = KEYS.find(k).orElse(null);
        if (a == null) {
            return Step.stay(this);
        }
        int last = 1 + roster.size();
        return switch (a) {
            case UP -> Step.stay(with(chosen, kind, issued, Math.max(0, focus - 1), null));
            case DOWN -> Step.stay(with(chosen, kind, issued, Math.min(last, focus + 1), null));
            case TOGGLE -> {
                if (focus < 2) {
                    yield Step.stay(this);
                }
                List<Boolean> c = new ArrayList<>(chosen);
                c.set(focus - 2, !c.get(focus - 2));
                yield Step.stay(with(c, kind, issued, focus, null));
            }
            case ALL -> {
                boolean allOn = chosen.stream().allMatch(b -> b);
                List<Boolean> c = new ArrayList<>();
                roster.forEach(o -> c.add(!allOn));
                yield Step.stay(with(c, kind, issued, focus, null));
            }
            case KIND -> Step.stay(focus == KIND_ROW ? otherKind() : this);
            // Each said as it changes: a letter typed by mistake (in the count of ballots, say) is not a setting
            // changed unseen.
            case REHEARSAL -> Step.stay(new OpenRoundScreen(meetingId, meetingTitle, roster, chosen, kind, issued,
                    focus, Notice.info(settings.rehearsal() ? "room.open.rehearsalOff" : "room.open.rehearsalOn"),
                    settings.withRehearsal(!settings.rehearsal()), present));
            case HIDE -> Step.stay(new OpenRoundScreen(meetingId, meetingTitle, roster, chosen, kind, issued,
                    focus, Notice.info(settings.hideTallies() ? "room.open.hideOff" : "room.open.hideOn"),
                    settings.withHideTallies(!settings.hideTallies()), present));
            case COUNTING -> {
                RoundSettings next = settings.withCounting(settings.counting().next());
                yield Step.stay(new OpenRoundScreen(meetingId, meetingTitle, roster, chosen, kind, issued, focus,
                        Notice.info("counting.open.changed", Problem.of("counting.name." + next.counting().name())),
                        next, present));
            }
            case OPEN -> open();
            case HELP -> Step.stay(new HelpOverlay(this, KEYS));
            case CANCEL -> Step.of(this, new Effect.ToMeeting(meetingId, null));
        };
    }

    private OpenRoundScreen otherKind() {
        return with(chosen, kind == RoundKind.RATING ? RoundKind.VOTE : RoundKind.RATING, issued, focus, null);
    }

    private Step open() {
        Checked<Integer> n = Numbers.count(issued.text());
        if (!n.isOk()) {
            return Step.stay(with(chosen, kind, issued, ISSUED_ROW, Notice.error(
                    Problem.of("ui.form.fieldProblem", Problem.of("ui.open.issued"), n.problem()))));
        }
        Checked<Integer> ok = RoundRules.opening(onBallot(), n.value());
        if (!ok.isOk()) {
            return Step.stay(with(chosen, kind, issued, focus, Notice.error(ok.problem())));
        }
        // More ballots issued than members present is most likely a slip (60 for 48): said once, and the round
        // opens at the second Enter on the same count (a member come late whose arrival the meeting has not
        // noted yet).
        Problem over = Problem.of("ui.open.overPresent", n.value(), present);
        if (present > 0 && n.value() > present && (notice == null || !over.equals(notice.message()))) {
            return Step.stay(with(chosen, kind, issued, ISSUED_ROW, Notice.error(over)));
        }
        return Step.of(this, new Effect.OpenRound(meetingId, kind, onBallot(), n.value(), settings));
    }

    @Override
    public void draw(View v) {
        v.title(v.t("ui.app.name") + " — " + v.t("ui.open.title"), meetingTitle);
        String kindText = "◀ " + v.t("ui.kind." + kind.name()) + " (" + v.t("ui.open.levels", kind.levels()) + ") ▶";
        String kindLabel = View.fit(v.t("ui.open.kind"), 26);
        if (focus == KIND_ROW) {
            v.bold(2, 2, kindLabel);
            v.reverse(28, 2, kindText);
        } else {
            v.text(2, 2, kindLabel + kindText);
        }
        issued.draw(v, 2, 3, 26, 8, focus == ISSUED_ROW);
        int down = RoundSettingsView.draw(v, settings, 4) - 1;
        v.text(2, 5 + down, View.fit(v.t("counting.open.row", v.t("counting.name." + settings.counting().name())),
                v.width() - 4));
        v.text(2, 6 + down, v.t("ui.open.onBallot", onBallot().size(), roster.size()));
        int lift = NoticeLines.lift(v, notice);
        int rows = v.height() - 11 - lift - down;
        // Every name whole: the column is as wide as the longest, the positions give way.
        int longest = roster.stream().mapToInt(o -> o.fullName().length()).max().orElse(0);
        int nameW = Math.max(36, Math.min(longest + 1, v.width() - 6 - 8 - 12));
        int sel = Math.max(0, focus - 2);
        int top = Math.max(0, sel - rows + 1);
        for (int i = top; i < roster.size() && i - top < rows; i++) {
            Official o = roster.get(i);
            String line = (chosen.get(i) ? "[x] " : "[ ] ") + View.fit(String.valueOf(i + 1), 4)
                    + View.fit(o.fullName(), nameW) + o.position();
            if (focus == i + 2) {
                v.reverse(4, 7 + down + i - top, View.fit(line, v.width() - 6));
            } else {
                v.text(4, 7 + down + i - top, View.fit(line, v.width() - 6));
            }
        }
        v.text(2, v.height() - 3 - lift, View.fit(v.t("ui.open.hint"), v.width() - 4));
        v.notice(notice, NoticeLines.MAX);
    }
}
