package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.input.KeyType;

/**
 * The room's view shown in place of the chair's screen (a text terminal has one screen): {@code p} goes back to
 * the chair's screen exactly as it was, the ballot being typed included, which the room never sees. Pages turn by
 * themselves every {@link #TURN_MILLIS} ms as time arrives in {@link Msg.Tick}s; Space pauses, ←/→ turn by hand.
 *
 * @param lastTurn when the page last turned, or -1: count from the next tick
 */
public record RoomScreen(ScreenState chair, RoomModel room, long lastTurn) implements ScreenState {
    static final long TURN_MILLIS = 8000;

    enum Action { BACK, PAUSE, PREVIOUS, NEXT }

    /** Never drawn (the room needs no keys on its screen): dispatch only, listed in the chair's help and README. */
    static final Keys<Action> KEYS = Keys.of("room",
            Binding.of("p", "room.key.back", 1, Action.BACK, ch('p', 'q').or(type(KeyType.Escape))),
            Binding.of("Space", "room.key.pause", 2, Action.PAUSE, ch(' ')),
            Binding.of("→", "room.key.turn", 3, Action.NEXT, type(KeyType.ArrowRight, KeyType.PageDown)),
            Binding.of("←", "room.key.turn", 3, Action.PREVIOUS, type(KeyType.ArrowLeft, KeyType.PageUp)));

    /** The room's view of a chair's screen, from its first page. */
    public static RoomScreen over(ScreenState chair, RoomModel room) {
        return new RoomScreen(chair, room.atPage(0, false), -1);
    }

    @Override
    public Keys<?> footer() {
        return KEYS;
    }

    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.Tick t) {
            if (lastTurn < 0) {
                return Step.stay(new RoomScreen(chair, room, t.millis()));
            }
            if (room.paused() || t.millis() - lastTurn < TURN_MILLIS) {
                return Step.stay(this);
            }
            return Step.stay(new RoomScreen(chair, room.atPage(room.page() + 1, false), t.millis()));
        }
        if (ChangedOutside.is(msg)) {
            // Another program changed the file under the count on show: the chair's screen learns it, and the
            // room sees what it then shows (the edit said, no figure).
            ScreenState told = chair.update(msg).state();
            RoomModel now = told.roomModel();
            return Step.stay(now == null ? this : new RoomScreen(told, now.atPage(room.page(), room.paused()),
                    lastTurn));
        }
        if (!(msg instanceof Msg.Key key)) {
            return Step.stay(this);
        }
        Action a = KEYS.find(key.stroke()).orElse(null);
        if (a == null) {
            return Step.stay(this);
        }
        return switch (a) {
            case BACK -> Step.stay(chair);
            case PAUSE -> Step.stay(new RoomScreen(chair, room.atPage(room.page(), !room.paused()), -1));
            case NEXT -> Step.stay(new RoomScreen(chair, room.atPage(room.page() + 1, room.paused()), -1));
            case PREVIOUS -> Step.stay(new RoomScreen(chair, room.atPage(room.page() - 1, room.paused()), -1));
        };
    }

    /** The whole screen is the room's: no footer of keys, the room does not need them. */
    @Override
    public void draw(View v) {
        RoomView.draw(v, room, new Rect(0, 0, v.width(), v.height()));
    }

    @Override
    public RoomModel roomModel() {
        return room;
    }

    @Override
    public boolean fullScreen() {
        return true;
    }
}
