package vn.tinnhiem.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import com.googlecode.lanterna.terminal.ansi.StreamBasedTerminal;
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
    /** The smallest screen the chair's screens are drawn on; below it the screen says so and takes no key. */
    private static final int MIN_COLUMNS = 40;
    private static final int MIN_ROWS = 12;

    private final TerminalScreen screen;
    /** What the chair sees: drawn whole on every frame, sent to the terminal by difference. */
    private final Canvas canvas;
    private final Messages messages;
    private final EffectRunner runner;
    private ScreenState state;
    private volatile boolean quit;
    private Runnable afterFrame; // once, after the next frame: see afterFirstFrame
    /** Keys, resizes and close requests, in the order they came; the loop waits on it. */
    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    /** The room's own window, in window mode; null in a text terminal, where the room's view shows in place. */
    private Projector projector;

    public App(TerminalScreen screen, Messages messages, EffectRunner runner) {
        this(screen, messages, runner, null);
    }

    /** As above, the start screen showing {@code startNotice} (a warning about the window's font, say). */
    public App(TerminalScreen screen, Messages messages, EffectRunner runner, Problem startNotice) {
        this.screen = screen;
        this.canvas = new Canvas(screen.getTerminal());
        this.messages = messages;
        this.runner = runner;
        this.state = show(runner.run(new Effect.ToStart(startNotice)));
    }

    private static ScreenState show(Msg msg) {
        if (msg instanceof Msg.Show s) {
            return s.screen();
        }
        throw new IllegalStateException("the start screen could not be loaded: " + msg);
    }

    /**
     * A terminal on a byte stream: the chair's screen writes its frames to {@code out} itself (see {@link AnsiFrame}),
     * the stream the terminal writes to.
     */
    public void sendFramesTo(java.io.OutputStream out) {
        canvas.sendTo(out);
    }

    /** Window mode: {@code p} opens the room's own window instead of showing the room's view in place. */
    void projectWith(Projector p) {
        this.projector = p;
        p.sendTo(events::add);
    }

    Projector projector() {
        return projector;
    }

    /** What the chair's screen shows, as text (for tests). */
    String shown() {
        return canvas.shown();
    }

    public ScreenState state() {
        return state;
    }

    public boolean quitting() {
        return quit;
    }

    /** Handles one key and every effect it leads to. Ctrl-C quits from anywhere: all that was acknowledged is saved. */
    public void press(KeyStroke key) {
        if (Binding.isCtrlC(key) || key.getKeyType() == KeyType.EOF) {
            LOG.info("quit on {}", key);
            quit = true;
            return;
        }
        TerminalSize size = screen.getTerminalSize();
        if (size.getColumns() < MIN_COLUMNS || size.getRows() < MIN_ROWS) {
            return; // the screen only says it is too small: a key typed now would act unseen
        }
        if (key.isCtrlDown() && key.getCharacter() != null && Character.toLowerCase(key.getCharacter()) == 'l') {
            canvas.repaintAll(); // Ctrl-L, as in every terminal program: the screen sent whole again
            return;
        }
        Msg msg = new Msg.Key(key);
        Step step = update(msg);
        Optional<Problem> changed = step.effects().isEmpty() || changedOutsideSaid ? Optional.empty()
                : runner.changedOutside();
        if (changed.isPresent()) {
            // The key reads or writes the file, which another program changed: the screen learns it first, then
            // the key acts on the screen that knows (the step worked out above is dropped: updates are pure).
            changedOutsideSaid = true;
            dispatch(new Msg.Refused(changed.get()));
            dispatch(msg);
            return;
        }
        dispatch(step);
    }

    /**
     * Whether another program changed the file, asked after each frame is out. Before a key it is asked only when
     * the key leads to reading or writing the file: the question takes the file's lock and reads its log's index
     * (70 to 90 µs on a pseudo-terminal, a third of what a typed mark takes in all), and a mark, which only changes
     * the screen, need not wait for it. The screen learns it right after that frame; the store refuses every write
     * once the file has changed, whatever the screen knows; the room's view, whose pages turn by themselves, learns
     * it without a key.
     */
    private void noticeOutsideEdit() throws IOException {
        Optional<Problem> changed = changedOutsideSaid ? Optional.empty() : runner.changedOutside();
        if (changed.isPresent()) {
            changedOutsideSaid = true;
            dispatch(new Msg.Refused(changed.get()));
            draw();
        }
    }

    /** Whether the screen was told, once, that another program changed the file. */
    private boolean changedOutsideSaid;

    /** The window is being closed: may be called from any thread; the loop answers it before the next key. */
    public void askToQuit() {
        events.add(QUIT_ASKED);
    }

    /**
     * Closing the window, answered by the screen: most quit at once (what was acknowledged is saved); one holding
     * a half-typed ballot asks first ({@link ScreenState#quitRequested}).
     */
    public void requestQuit() {
        Step step = state.quitRequested();
        state = step.state();
        if (step.effects().stream().anyMatch(e -> e instanceof Effect.Quit)) {
            quit = true;
        }
    }

    private void dispatch(Msg first) {
        if (first instanceof Msg.Show s) {
            state = s.screen();
            return;
        }
        dispatch(update(first));
    }

    /** The current screen's answer to {@code msg}, not yet applied. */
    private Step update(Msg msg) {
        try {
            return state.update(msg);
        } catch (RuntimeException e) {
            LOG.error("screen update failed on {}", msg, e);
            return state.update(new Msg.Refused(Problem.of("ui.error.unexpected")));
        }
    }

    /** Applies {@code first}, the screen's answer to a message, and every effect it leads to, in turn. */
    private void dispatch(Step first) {
        Deque<Msg> queue = new ArrayDeque<>();
        Step step = first;
        while (step != null && !quit) {
            if (projector != null && step.state() instanceof RoomScreen room && room.chair() == state) {
                toggleProjector(); // the chair's screen stays as it is, the half-typed ballot with it
            } else {
                state = step.state();
            }
            for (Effect effect : step.effects()) {
                if (effect instanceof Effect.Quit) {
                    quit = true;
                    return;
                }
                queue.add(runner.run(effect));
            }
            step = null;
            while (step == null && !queue.isEmpty() && !quit) {
                Msg msg = queue.poll();
                if (msg instanceof Msg.Show s) {
                    state = s.screen();
                } else {
                    step = update(msg);
                }
            }
        }
    }

    private void toggleProjector() {
        try {
            projector.toggle(state);
        } catch (IOException | RuntimeException e) {
            LOG.error("the room's window could not open", e);
            projector.close();
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

    /** Runs {@code task} once, right after the next frame is out (work that must not delay the first screen). */
    public void afterFirstFrame(Runnable task) {
        this.afterFrame = task;
    }

    /**
     * The terminal said its size changed (from the terminal's own thread): the next frame is sent whole, even when
     * the size it ends at is the one last drawn. Resizes in quick succession (a window's corner dragged: 80 → 120 →
     * 80 → 120 columns) reach the loop as one; a terminal that shrank meanwhile pushed its top rows away (into its
     * scroll-back), so what it shows is not the last frame any more.
     */
    void terminalResized() {
        resizeSeen.set(true);
        events.add(RESIZED);
    }

    private final AtomicBoolean resizeSeen = new AtomicBoolean();

    /** Draws the current state on the screen. */
    public void draw() throws IOException {
        // The screen's terminal and size; Lanterna's own buffers are not drawn into (see Canvas).
        boolean seen = resizeSeen.getAndSet(false);
        boolean resized = screen.doResizeIfNecessary() != null || seen;
        canvas.begin(screen.getTerminalSize(), resized);
        View view = new View(canvas, messages);
        if (view.width() < MIN_COLUMNS || view.height() < MIN_ROWS) {
            String tooSmall = messages.get("ui.tooSmallLarger", view.width(), view.height(), MIN_COLUMNS, MIN_ROWS);
            java.util.List<String> lines = Box.wrap(tooSmall, view.width());
            for (int i = 0; i < lines.size() && i < view.height(); i++) {
                view.text(0, i, View.fit(lines.get(i), view.width()));
            }
        } else {
            state.draw(view);
            if (!state.fullScreen()) {
                view.footer(state.footer());
            }
        }
        try {
            canvas.show();
        } catch (RuntimeException e) {
            // A window's terminal paints through Swing, which refuses to paint a component that has, for a
            // moment, no size (a window being laid out, as when the room's window opens beside the chair's). The
            // count goes on; the next frame is sent whole.
            LOG.warn("the frame could not be shown; the next one is sent whole", e);
            canvas.repaintAll();
        }
        if (projector != null) {
            projector.follow(state);
        }
        if (afterFrame != null) {
            Runnable task = afterFrame;
            afterFrame = null;
            task.run();
        }
        noticeOutsideEdit();
    }

    /**
     * Reads keys until the chair quits; redraws after every key (a burst, such as a paste, is handled whole
     * first) and on every resize. Keys are read by a blocking read on a thread of their own, which also handles
     * them and draws the frame they cause (a key reaches the screen without waiting for another thread to be
     * woken). Everything else (a resize, put in a queue by the terminal's listener; a close request; the room's
     * window; the room's view turning its pages) is handled by the calling thread, which waits on that queue
     * without polling. The two take turns: one handles and draws at a time.
     */
    public void loop() throws IOException, InterruptedException {
        TerminalResizeListener onResize = (terminal, size) -> terminalResized();
        Terminal terminal = screen.getTerminal();
        terminal.addResizeListener(onResize);
        // A terminal on the process's streams reads without locking out the drawing; a virtual one (in tests)
        // holds its lock while it blocks, so it is polled instead.
        boolean blocking = terminal instanceof StreamBasedTerminal;
        Thread keys = new Thread(() -> readKeys(blocking), "keys");
        keys.setDaemon(true); // left blocked in its read when the chair quits
        turn.lock();
        try {
            keys.start();
            draw();
            while (!quit) {
                turn.unlock();
                Object event;
                try {
                    // The room's view turns its pages by itself: it is woken up every half second.
                    event = moving() ? events.poll(500, TimeUnit.MILLISECONDS) : events.take();
                } finally {
                    turn.lock();
                }
                if (event == null) {
                    if (projector != null) {
                        projector.tick(System.currentTimeMillis());
                    }
                    if (tick(System.currentTimeMillis())) {
                        draw();
                    }
                    continue;
                }
                while (!quit && event != null) {
                    if (event instanceof IOException e) {
                        throw e;
                    }
                    if (event == QUIT_ASKED) {
                        requestQuit();
                    } else if (event instanceof RoomWindow.Event e && projector != null) {
                        projector.handle(e);
                    }
                    event = events.poll();
                }
                if (!quit) {
                    draw();
                }
            }
        } finally {
            turn.unlock();
            terminal.removeResizeListener(onResize);
            if (projector != null) {
                projector.close();
            }
        }
    }

    private static final Object RESIZED = new Object();
    private static final Object QUIT_ASKED = new Object();
    /** Wakes the loop up: the room's view has come up, whose pages turn by themselves. */
    private static final Object MOVING = new Object();
    /** Wakes the loop up to see that the chair quit by a key. */
    private static final Object KEYS_DONE = new Object();
    private final ReentrantLock turn = new ReentrantLock();

    /** Whether the screen moves by itself (the room's view, here or in its own window). */
    private boolean moving() {
        return state instanceof RoomScreen || projector != null && projector.isOpen();
    }

    /**
     * A key the keys thread read, and any read with it: a burst (a paste, keys typed while a frame was drawn) is
     * handled whole, then one frame. In turn with the loop's thread.
     */
    void keyed(KeyStroke key) throws IOException {
        turn.lock();
        try {
            boolean wasMoving = moving();
            press(key);
            KeyStroke more;
            while (!quit && (more = screen.pollInput()) != null) {
                press(more);
            }
            if (!quit) {
                draw();
            }
            if (!wasMoving && moving()) {
                events.add(MOVING); // the waiting loop wakes up to turn the pages
            }
        } finally {
            turn.unlock();
        }
    }

    /** Puts {@code s} on the screen as it is, with no effect run: for the keying warm-up's own screen alone. */
    void showForWarmUp(ScreenState s) {
        state = s;
    }

    private void readKeys(boolean blocking) {
        try {
            while (!quit) {
                KeyStroke key = blocking ? screen.readInput() : screen.pollInput();
                if (key == null) {
                    Thread.sleep(2);
                    continue;
                }
                keyed(key);
            }
            events.add(KEYS_DONE);
        } catch (IOException e) {
            events.add(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            events.add(new IOException(e));
        }
    }
}
