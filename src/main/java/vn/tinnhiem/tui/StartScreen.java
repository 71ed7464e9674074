package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import vn.tinnhiem.store.MeetingSummary;

/** The first screen: the meetings in the file, to open one or create a new one. */
public record StartScreen(String file, List<MeetingSummary> meetings, int selected, Notice notice)
        implements ScreenState {

    enum Action { UP, DOWN, OPEN, NEW, HELP, QUIT }

    static final Keys<Action> KEYS = Keys.of("start",
            Binding.of("↑", "ui.key.select", 3, Action.UP, type(KeyType.ArrowUp)),
            Binding.of("↓", "ui.key.select", 3, Action.DOWN, type(KeyType.ArrowDown)),
            Binding.of("Enter", "ui.key.open", 1, Action.OPEN, type(KeyType.Enter)),
            Binding.of("m", "ui.key.newMeeting", 2, Action.NEW, ch('m')),
            Binding.of("F1", Keys.HELP, 0, Action.HELP, Binding.help()),
            Binding.of("q", "ui.key.quit", 1, Action.QUIT, ch('q')));

    public StartScreen {
        meetings = List.copyOf(meetings);
    }

    @Override
    public Keys<?> footer() {
        return KEYS;
    }

    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.Refused r) {
            return Step.stay(new StartScreen(file, meetings, selected, Notice.error(r.problem())));
        }
        if (!(msg instanceof Msg.Key key)) {
            return Step.stay(this);
        }
        Action a = KEYS.find(key.stroke()).orElse(null);
        if (a == null) {
            return Step.stay(this);
        }
        return switch (a) {
            case UP -> Step.stay(new StartScreen(file, meetings, Math.max(0, selected - 1), null));
            case DOWN -> Step.stay(new StartScreen(file, meetings, Math.min(meetings.size() - 1, selected + 1), null));
            case OPEN -> meetings.isEmpty() ? Step.stay(this)
                    : Step.of(this, new Effect.ToMeeting(meetings.get(selected).id(), null));
            case NEW -> Step.of(this, new Effect.ToMeetingForm(null));
            case HELP -> Step.stay(new HelpOverlay(this, KEYS));
            case QUIT -> Step.of(this, new Effect.Quit());
        };
    }

    @Override
    public void draw(View v) {
        v.title(v.t("ui.app.name") + " — " + v.t("ui.start.title"), file);
        if (meetings.isEmpty()) {
            v.text(2, 2, v.t("ui.start.empty"));
            v.text(2, 3, v.t("ui.start.emptyHint"));
        } else {
            int titleW = Math.max(10, v.width() - 4 - 5 - 12 - 10 - 18);
            v.bold(2, 2, View.fit(View.fit(v.t("ui.start.col.no"), 5) + View.fit(v.t("ui.start.col.title"), titleW)
                    + View.fit(v.t("ui.start.col.date"), 12) + View.fit(v.t("ui.start.col.officials"), 10)
                    + v.t("ui.start.col.rounds"), v.width() - 4));
            int lift = NoticeLines.lift(v, notice);
            int top = Math.max(0, selected - (v.height() - 8 - lift));
            for (int i = top; i < meetings.size() && 3 + i - top < v.height() - 3 - lift; i++) {
                MeetingSummary m = meetings.get(i);
                String rounds = m.openRounds() > 0 ? v.t("ui.start.roundsOpen", m.rounds(), m.openRounds())
                        : String.valueOf(m.rounds());
                String line = View.fit(View.fit(String.valueOf(i + 1), 5) + View.fit(m.title(), titleW - 1) + " "
                        + View.fit(m.date(), 12) + View.fit(String.valueOf(m.officials()), 10) + rounds, v.width() - 4);
                if (i == selected) {
                    v.reverse(2, 3 + i - top, View.fit(line, v.width() - 4));
                } else {
                    v.text(2, 3 + i - top, line);
                }
            }
        }
        v.notice(notice, NoticeLines.MAX);
    }
}
