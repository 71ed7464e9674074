package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import vn.tinnhiem.domain.AuditEvent;

/**
 * A meeting's audit log, oldest first: when, what (in words), which round, the start of the entry's hash and
 * its detail; with whether the whole file's chain is intact. Read-only, scrollable. {@code first}: the entry
 * chosen (shown reversed); {@code open}: that entry shown whole in a box, its detail field by field in words
 * ({@link AuditEntryView}), where the list cuts it to the width.
 */
public record AuditScreen(long meetingId, String meetingTitle, List<AuditEvent> events, Map<Long, Integer> rounds,
                          int total, boolean intact, int first, boolean open) implements ScreenState {
    static final int PAGE = 10;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    enum Action { UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, SHOW, HELP, BACK }

    static final Keys<Action> KEYS = Keys.of("audit",
            Binding.of("↑", "ui.key.scroll", 2, Action.UP, type(KeyType.ArrowUp)),
            Binding.of("↓", "ui.key.scroll", 2, Action.DOWN, type(KeyType.ArrowDown)),
            Binding.of("PgUp", "ui.key.page", 3, Action.PAGE_UP, type(KeyType.PageUp)),
            Binding.of("PgDn", "ui.key.page", 3, Action.PAGE_DOWN, type(KeyType.PageDown)),
            Binding.of("Home", "ui.key.firstLast", 4, Action.HOME, type(KeyType.Home)),
            Binding.of("End", "ui.key.firstLast", 4, Action.END, type(KeyType.End)),
            Binding.of("Enter", "ui.audit.key.show", 1, Action.SHOW, type(KeyType.Enter)),
            Binding.of("F1", Keys.HELP, 0, Action.HELP, Binding.help()),
            Binding.of("q", "ui.key.back", 1, Action.BACK, ch('q')),
            Binding.of("Esc", "ui.key.back", 0, Action.BACK, type(KeyType.Escape)));

    public AuditScreen {
        events = List.copyOf(events);
        rounds = Map.copyOf(rounds);
    }

    public AuditScreen(long meetingId, String meetingTitle, List<AuditEvent> events, Map<Long, Integer> rounds,
                       int total, boolean intact, int first) {
        this(meetingId, meetingTitle, events, rounds, total, intact, first, false);
    }

    @Override
    public Keys<?> footer() {
        return KEYS;
    }

    private AuditScreen at(int row) {
        int last = Math.max(0, events.size() - 1);
        return new AuditScreen(meetingId, meetingTitle, events, rounds, total, intact,
                Math.max(0, Math.min(last, row)), false);
    }

    @Override
    public Step update(Msg msg) {
        if (!(msg instanceof Msg.Key key)) {
            return Step.stay(this);
        }
        if (open) {
            // The entry shown whole: Esc, Enter or q closes it (F1 still helps); the list stays where it was.
            Action a = KEYS.find(key.stroke()).orElse(null);
            return a == Action.HELP ? Step.stay(new HelpOverlay(this, KEYS))
                    : a == Action.SHOW || a == Action.BACK ? Step.stay(at(first)) : Step.stay(this);
        }
        Action a = KEYS.find(key.stroke()).orElse(null);
        if (a == null) {
            return Step.stay(this);
        }
        return switch (a) {
            case UP -> Step.stay(at(first - 1));
            case DOWN -> Step.stay(at(first + 1));
            case PAGE_UP -> Step.stay(at(first - PAGE));
            case PAGE_DOWN -> Step.stay(at(first + PAGE));
            case HOME -> Step.stay(at(0));
            case END -> Step.stay(at(events.size() - 1));
            case SHOW -> Step.stay(events.isEmpty() ? this
                    : new AuditScreen(meetingId, meetingTitle, events, rounds, total, intact, first, true));
            case HELP -> Step.stay(new HelpOverlay(this, KEYS));
            case BACK -> Step.of(this, new Effect.ToMeeting(meetingId, null));
        };
    }

    /** "05/03/2026 09:30:15" from the stored ISO time with its offset; the stored text when it does not parse. */
    static String time(String stored) {
        try {
            return SHOWN.format(OffsetDateTime.parse(stored));
        } catch (DateTimeParseException e) {
            return stored;
        }
    }

    @Override
    public void draw(View v) {
        v.title(v.t("ui.app.name") + " — " + v.t("ui.audit.title"), meetingTitle);
        String summary = v.t("ui.audit.summary", events.size(), total,
                v.t(intact ? "ui.audit.intact" : "ui.audit.broken"));
        if (intact) {
            v.bold(2, 1, View.fit(summary, v.width() - 4));
        } else {
            v.colored(2, 1, View.fit(summary, v.width() - 4), TextColor.ANSI.RED_BRIGHT);
        }
        // What the log keeps of a ballot (and what it does not) is worth its second line rather than an ellipsis.
        java.util.List<String> note = Wrap.lines(v.t("ui.audit.note"), v.width() - 4);
        v.text(2, 2, note.get(0));
        if (note.size() > 1) {
            v.text(2, 3, View.fit(String.join(" ", note.subList(1, note.size())), v.width() - 4));
        }
        int top = 5;
        int detailW = Math.max(10, v.width() - 4 - 6 - 20 - 16 - 6 - 10);
        v.bold(2, top - 1, View.fit(View.fit(v.t("ui.audit.col.seq"), 6) + View.fit(v.t("ui.audit.col.time"), 20)
                + View.fit(v.t("ui.audit.col.kind"), 16) + View.fit(v.t("ui.audit.col.round"), 6)
                + View.fit(v.t("ui.audit.col.hash"), 10) + v.t("ui.audit.col.detail"), v.width() - 4));
        if (events.isEmpty()) {
            v.text(2, top, v.t("ui.audit.empty"));
        }
        int bottom = v.height() - 2;
        // Never scroll past the point where the last entry sits on the last row.
        int start = Math.max(0, Math.min(first, events.size() - (bottom - top)));
        for (int i = start; i < events.size() && top + i - start < bottom; i++) {
            AuditEvent e = events.get(i);
            Integer round = e.roundId() == null ? null : rounds.get(e.roundId());
            String line = View.fit(String.valueOf(e.seq()), 6) + View.fit(time(e.time()), 20)
                    + View.fit(v.t("ui.audit.kind." + e.kind().name()), 16)
                    + View.fit(round == null ? "" : String.valueOf(round), 6)
                    + View.fit(e.hash() == null ? "" : e.hash().substring(0, Math.min(8, e.hash().length())), 10)
                    + View.fit(e.detail(), detailW);
            if (i == first) {
                v.reverse(2, top + i - start, View.fit(line, v.width() - 4));
            } else {
                v.text(2, top + i - start, line);
            }
        }
        if (open && first < events.size()) {
            AuditEvent e = events.get(first);
            AuditEntryView.draw(v, e, e.roundId() == null ? null : rounds.get(e.roundId()));
        }
    }
}
