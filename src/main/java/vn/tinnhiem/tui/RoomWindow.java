package vn.tinnhiem.tui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.i18n.Messages;

/**
 * The room's own window: full screen on the second display when there is one (the laptop's screen keeps the
 * chair's keying), else an ordinary window beside the chair's that can be moved and resized. It draws a
 * {@link RoomScreen} (or, while the chair is on no round, a line saying the count has not begun) and hands its
 * keys and its close button to the chair's loop as {@link Event}s; it is only ever drawn from that loop.
 */
final class RoomWindow {
    private static final Logger LOG = LoggerFactory.getLogger(RoomWindow.class);

    /** What the room's window asks of the chair's loop: a key typed in it, or to be closed. */
    record Event(KeyStroke key) {
        boolean closing() {
            return key == null;
        }
    }

    private final TerminalWindow window;
    private final TerminalScreen screen;
    private final Messages messages;
    private final Thread keys;
    private volatile boolean open = true;
    /** The window's inside when the font was last fitted: a new size (by hand, F11) fits it again. */
    private Dimension fitted = new Dimension();

    private RoomWindow(TerminalWindow window, TerminalScreen screen, Messages messages, Consumer<Object> events) {
        this.window = window;
        this.screen = screen;
        this.messages = messages;
        this.keys = new Thread(() -> readKeys(events), "room-keys");
        keys.setDaemon(true);
        window.onCloseRequest(() -> events.accept(new Event(null)));
    }

    /**
     * Opens the window on the display the chair's window is not on, full screen, or else (one display) as an
     * ordinary window on the right half of it, the chair's window moved to the left half so that both are seen.
     * Its font size fits {@code model} ({@link RoomFont}).
     */
    static RoomWindow open(Messages messages, List<Font> fonts, javax.swing.JFrame chairsFrame, RoomModel model,
                           Consumer<Object> events) throws IOException {
        GraphicsDevice chairs = TerminalWindow.onSwing(() -> chairsFrame.getGraphicsConfiguration().getDevice());
        GraphicsDevice projector = null;
        for (GraphicsDevice d : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            if (!d.equals(chairs) && projector == null) {
                projector = d;
            }
        }
        GraphicsDevice on = projector != null ? projector : chairs;
        Rectangle bounds = on.getDefaultConfiguration().getBounds();
        Dimension pixels = projector != null ? bounds.getSize() : new Dimension(bounds.width / 2, bounds.height);
        int size = RoomFont.fit(pixels, s -> TerminalWindow.cell(fonts, s), messages, model);
        String title = messages.get("room.window.title");
        TerminalWindow window = TerminalWindow.open(title, fonts, size, pixels.width, pixels.height, on);
        LOG.info("room's window open: font size {}, {} display(s), {}", size,
                GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length,
                projector != null ? "full screen on the second" : "a window");
        try {
            if (projector != null) {
                window.fullScreen(true, projector);
            } else {
                TerminalWindow.onSwing(() -> {
                    window.frame().setLocation(bounds.x + bounds.width - window.frame().getWidth(), bounds.y);
                    if (!chairsFrame.getBounds().intersection(window.frame().getBounds()).isEmpty()) {
                        chairsFrame.setBounds(bounds.x, bounds.y, Math.min(chairsFrame.getWidth(), bounds.width / 2),
                                Math.min(Math.max(chairsFrame.getHeight(), bounds.height * 3 / 4), bounds.height));
                        chairsFrame.validate();
                    }
                    return null;
                });
            }
            TerminalScreen screen = new TerminalScreen(window.terminal());
            screen.startScreen();
            RoomWindow room = new RoomWindow(window, screen, messages, events);
            room.keys.start();
            return room;
        } catch (IOException | RuntimeException e) {
            window.close();
            throw e;
        }
    }

    TerminalWindow window() {
        return window;
    }

    TerminalScreen screen() {
        return screen;
    }

    /** A new font size for the round now shown, fitted to the window's size now. */
    void fit(List<Font> fonts, RoomModel model) {
        Dimension pixels = TerminalWindow.onSwing(() -> window.frame().getContentPane().getSize());
        fitted = pixels;
        if (pixels.width > 0 && pixels.height > 0) {
            window.setFontSize(RoomFont.fit(pixels, s -> TerminalWindow.cell(fonts, s), messages, model));
        }
    }

    /** Draws the room's view, or the waiting line when {@code shown} is null. */
    void draw(RoomScreen shown) throws IOException {
        screen.doResizeIfNecessary();
        screen.newTextGraphics().fill(' ');
        screen.setCursorPosition(null);
        // A projector washes colours out: the room's text is bright white, not the terminal's default light grey.
        TextGraphics g = screen.newTextGraphics();
        g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
        View v = new View(g, messages);
        if (shown != null) {
            shown.draw(v);
        } else {
            String line = messages.get("room.window.waiting");
            int row = v.height() / 2;
            for (String l : Box.wrap(line, Math.max(1, v.width() - 4))) {
                v.bold(0, row++, RoomView.center(l, v.width()));
            }
        }
        screen.refresh();
    }

    /** True when the window changed size since it was last drawn. */
    boolean resized() {
        return screen.doResizeIfNecessary() != null;
    }

    /**
     * Fits the font again when the window's inside changed size since the last fit (moved to full screen, resized
     * by hand); Ctrl+Plus and Ctrl+Minus, which change the grid and not the window, are left as chosen.
     */
    void refitIfResized(List<Font> fonts, RoomModel model) {
        Dimension pixels = TerminalWindow.onSwing(() -> window.frame().getContentPane().getSize());
        if (!pixels.equals(fitted)) {
            fit(fonts, model);
        }
    }

    void close() {
        open = false;
        try {
            screen.stopScreen();
        } catch (IOException | RuntimeException e) {
            LOG.debug("stopping the room's screen: {}", e.toString());
        }
        window.close();
    }

    private void readKeys(Consumer<Object> events) {
        try {
            while (open) {
                KeyStroke key = screen.pollInput();
                if (key == null) {
                    Thread.sleep(10);
                } else {
                    events.accept(new Event(key));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("the room's window no longer reads keys", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
