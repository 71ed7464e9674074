package vn.tinnhiem.tui;

import java.awt.Font;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.i18n.Messages;

/**
 * The room's window as the chair's loop sees it (window mode only): {@code p} on the keying or results screen
 * opens or closes it instead of showing the room's view in place. After every frame of the chair's screen it
 * follows the chair's state ({@link ScreenState#roomModel}: committed ballots and the close, never the ballot
 * being typed); the page shown, its pause and the time of the last turn are the room's own ({@link RoomScreen}).
 */
final class Projector {
    private static final Logger LOG = LoggerFactory.getLogger(Projector.class);

    private final Messages messages;
    private final List<Font> fonts;
    private final Supplier<javax.swing.JFrame> chairsFrame;
    private Consumer<Object> events = e -> { };
    private RoomWindow window;
    private RoomScreen shown;

    Projector(Messages messages, List<Font> fonts, Supplier<javax.swing.JFrame> chairsFrame) {
        this.messages = messages;
        this.fonts = List.copyOf(fonts);
        this.chairsFrame = chairsFrame;
    }

    /** Where the room's window puts its keys and close requests: the chair's loop's queue. */
    void sendTo(Consumer<Object> queue) {
        this.events = queue;
    }

    boolean isOpen() {
        return window != null;
    }

    RoomWindow window() {
        return window;
    }

    /** {@code p}: opens the room's window showing the chair's round, or closes it. */
    void toggle(ScreenState chairState) throws IOException {
        if (window != null) {
            close();
            return;
        }
        RoomModel model = chairState.roomModel();
        shown = model == null ? null : RoomScreen.over(chairState, model);
        window = RoomWindow.open(messages, fonts, chairsFrame.get(), model, events);
        window.fit(fonts, model);
        window.draw(shown);
    }

    /** After a frame of the chair's screen: the room sees the same round's committed count, redrawn if it changed. */
    void follow(ScreenState chairState) {
        try {
            followNow(chairState);
        } catch (IOException | RuntimeException ex) {
            failed(ex);
        }
    }

    private void followNow(ScreenState chairState) throws IOException {
        if (window == null) {
            return;
        }
        RoomModel model = chairState.roomModel();
        RoomModel before = shown == null ? null : shown.room();
        if (model == null) {
            // the chair left the round: the room keeps it until another round comes up
            return;
        }
        if (before != null && before.round().id() == model.round().id()) {
            RoomModel next = model.atPage(before.page(), before.paused());
            if (next.equals(before)) {
                return;
            }
            shown = new RoomScreen(chairState, next, shown.lastTurn());
        } else {
            shown = RoomScreen.over(chairState, model);
            window.fit(fonts, model);
        }
        window.draw(shown);
    }

    /** Time passes: the page turns by itself, and a window resized by hand is drawn again. */
    void tick(long millis) {
        try {
            tickNow(millis);
        } catch (IOException | RuntimeException ex) {
            failed(ex);
        }
    }

    private void tickNow(long millis) throws IOException {
        if (window == null) {
            return;
        }
        window.refitIfResized(fonts, shown == null ? null : shown.room());
        boolean redraw = window.resized();
        if (shown != null) {
            RoomScreen next = (RoomScreen) shown.update(new Msg.Tick(millis)).state();
            redraw |= next.room().page() != shown.room().page();
            shown = next;
        }
        if (redraw) {
            window.draw(shown);
        }
    }

    /** A key typed in the room's window (Space, ←, →) or its close button; {@code p} or Esc there closes it. */
    void handle(RoomWindow.Event e) {
        try {
            handleNow(e);
        } catch (IOException | RuntimeException ex) {
            failed(ex);
        }
    }

    private void handleNow(RoomWindow.Event e) throws IOException {
        if (window == null) {
            return;
        }
        if (e.closing()) {
            close();
            return;
        }
        if (shown == null) {
            if (RoomScreen.KEYS.find(e.key()).orElse(null) == RoomScreen.Action.BACK) {
                close();
            }
            return;
        }
        ScreenState next = shown.update(new Msg.Key(e.key())).state();
        if (next instanceof RoomScreen r) {
            shown = r;
            window.draw(shown);
        } else {
            close();
        }
    }

    /** The room's window failing never stops the count: it closes, and the log says why. */
    private void failed(Exception e) {
        LOG.error("the room's window failed; closed", e);
        close();
    }

    void close() {
        if (window != null) {
            LOG.info("room's window closed");
            window.close();
            window = null;
        }
    }
}
