package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.i18n.Messages;

/**
 * The event loop: key → update → (new state, effects) → effects run → their outcome becomes the next message →
 * the state is drawn. One instance drives either the real terminal or, in tests, a virtual one.
 */
public final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final Screen screen;
    private final Messages messages;
    private final EffectRunner runner;
    private ScreenState state;
    private boolean quit;

    public App(Screen screen, Messages messages, EffectRunner runner) {
        this.screen = screen;
        this.messages = messages;
        this.runner = runner;
        this.state = show(runner.run(new Effect.ToStart(null)));
    }

    private static ScreenState show(Msg msg) {
        if (msg instanceof Msg.Show s) {
            return s.screen();
        }
        throw new IllegalStateException("the start screen could not be loaded: " + msg);
    }

    public ScreenState state() {
        return state;
    }

    public boolean quitting() {
        return quit;
    }

    /** Handles one key and every effect it leads to. Ctrl-C quits from anywhere: all that was acknowledged is saved. */
    public void press(KeyStroke key) {
        if (Binding.isCtrlC(key) || key.getKeyType() == com.googlecode.lanterna.input.KeyType.EOF) {
            quit = true;
            return;
        }
        dispatch(new Msg.Key(key));
    }

    private void dispatch(Msg first) {
        Deque<Msg> queue = new ArrayDeque<>();
        queue.add(first);
        while (!queue.isEmpty() && !quit) {
            Msg msg = queue.poll();
            if (msg instanceof Msg.Show s) {
                state = s.screen();
                continue;
            }
            Step step;
            try {
                step = state.update(msg);
            } catch (RuntimeException e) {
                LOG.error("screen update failed on {}", msg, e);
                step = state.update(new Msg.Refused(Problem.of("ui.error.unexpected")));
            }
            state = step.state();
            for (Effect effect : step.effects()) {
                if (effect instanceof Effect.Quit) {
                    quit = true;
                    return;
                }
                queue.add(runner.run(effect));
            }
        }
    }

    /** Lets time pass for a screen that moves by itself; true when the screen changed and must be redrawn. */
    public boolean tick(long millis) {
        if (!(state instanceof RoomScreen)) {
            return false;
        }
        ScreenState before = state;
        dispatch(new Msg.Tick(millis));
        return state != before;
    }

    /** Draws the current state on the screen. */
    public void draw() throws IOException {
        screen.doResizeIfNecessary();
        screen.clear();
        screen.setCursorPosition(null);
        View view = new View(screen.newTextGraphics(), messages);
        if (view.width() < 40 || view.height() < 12) {
            view.text(0, 0, View.fit(messages.get("ui.tooSmall", 40, 12), view.width()));
        } else {
            state.draw(view);
            if (!state.fullScreen()) {
                view.footer(state.footer());
            }
        }
        screen.refresh();
    }

    /** Reads keys until the chair quits; redraws after every key and on every resize. */
    public void loop() throws IOException, InterruptedException {
        draw();
        while (!quit) {
            KeyStroke key = screen.pollInput();
            if (key == null) {
                if (screen.doResizeIfNecessary() != null | tick(System.currentTimeMillis())) {
                    draw();
                }
                Thread.sleep(15);
                continue;
            }
            press(key);
            // A burst of keys (a paste, a fast typist) is handled whole before the next draw.
            while (!quit && (key = screen.pollInput()) != null) {
                press(key);
            }
            if (!quit) {
                draw();
            }
        }
    }
}
