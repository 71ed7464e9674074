package vn.tinnhiem.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.swing.AWTTerminalFontConfiguration;
import com.googlecode.lanterna.terminal.swing.SwingTerminal;
import com.googlecode.lanterna.terminal.swing.SwingTerminalFontConfiguration;
import com.googlecode.lanterna.terminal.swing.TerminalEmulatorColorConfiguration;
import com.googlecode.lanterna.terminal.swing.TerminalEmulatorDeviceConfiguration;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GraphicsDevice;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * One window showing a Lanterna screen in Lanterna's Swing terminal, with a font size the chair controls
 * (Ctrl+Plus, Ctrl+Minus, Ctrl+0, see {@link WindowKeys}) and full screen on a chosen display (F11). Several may
 * be open side by side (the counting screen on the laptop, another on the projector); each knows only its frame.
 *
 * <p>Not Lanterna's {@code SwingTerminalFrame}: its font is fixed when it is built. Here a new Swing terminal with
 * the new font takes the old one's place inside the same frame, and {@link #terminal()} (what the Lanterna screen
 * writes to) follows it, so the screen sees a resize and redraws everything.
 */
public final class TerminalWindow {
    /** The window's cell grid before it has a size of its own. */
    static final TerminalSize START_GRID = new TerminalSize(100, 32);

    private final JFrame frame;
    private final List<Font> fonts;
    private final int startFontSize;
    private final SwappableTerminal terminal;
    private volatile SwingTerminal current;
    private volatile int fontSize;
    private volatile boolean fullScreen;
    private volatile Runnable onClose = () -> { };

    private TerminalWindow(String title, List<Font> fonts, int fontSize) {
        this.fonts = List.copyOf(fonts);
        this.startFontSize = fontSize;
        this.fontSize = fontSize;
        this.current = newTerminal(fontSize, START_GRID);
        this.terminal = new SwappableTerminal(current);
        this.frame = new JFrame(title);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.getContentPane().setLayout(new BorderLayout());
        frame.getContentPane().add(current, BorderLayout.CENTER);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                onClose.run();
            }
        });
    }

    /**
     * Opens a window (on Swing's thread, waiting until it shows) titled {@code title}, drawing with the first of
     * {@code fonts} that has a character at {@code fontSize} points, {@code width}×{@code height} pixels (0: sized
     * for {@link #START_GRID}, within the display), centred on {@code device}.
     */
    public static TerminalWindow open(String title, List<Font> fonts, int fontSize, int width, int height,
                                      GraphicsDevice device) {
        return onSwing(() -> {
            TerminalWindow w = new TerminalWindow(title, fonts, fontSize);
            Rectangle screen = device.getDefaultConfiguration().getBounds();
            if (width > 0 && height > 0) {
                w.frame.setSize(Math.min(width, screen.width), Math.min(height, screen.height));
            } else {
                w.frame.pack();
                w.frame.setSize(Math.min(w.frame.getWidth(), screen.width * 9 / 10),
                        Math.min(w.frame.getHeight(), screen.height * 9 / 10));
            }
            w.frame.setLocation(screen.x + (screen.width - w.frame.getWidth()) / 2,
                    screen.y + (screen.height - w.frame.getHeight()) / 2);
            w.frame.setVisible(true);
            w.current.requestFocusInWindow();
            return w;
        });
    }

    /** What a Lanterna screen writes to and reads keys from: follows the window through every change of font. */
    public Terminal terminal() {
        return terminal.proxy();
    }

    /** The Swing terminal showing now (it changes with the font size). */
    SwingTerminal component() {
        return current;
    }

    public JFrame frame() {
        return frame;
    }

    public int fontSize() {
        return fontSize;
    }

    public boolean isFullScreen() {
        return fullScreen;
    }

    /** Run (on Swing's thread) when the chair closes the window; the window stays open until {@link #close}. */
    public void onCloseRequest(Runnable action) {
        this.onClose = action;
    }

    /** Draws with a new font size (clamped to 8–96): fewer, larger cells in the same window, or more, smaller. */
    public void setFontSize(int size) {
        int next = Math.max(WindowSettings.MIN_FONT, Math.min(WindowSettings.MAX_FONT, size));
        if (next == fontSize) {
            return;
        }
        onSwing(() -> {
            java.awt.Dimension pixels = frame.getContentPane().getSize();
            SwingTerminal replacement = newTerminal(next, grid(next, pixels.width, pixels.height));
            SwingTerminal old = current;
            frame.getContentPane().add(replacement, BorderLayout.CENTER); // BorderLayout: the new one is shown
            // Lanterna's Swing terminal takes keys only once told it was made displayable, and it listens for that
            // change alone; added to a frame already shown, it hears it together with others and would answer
            // every read with EOF: the keys typed after a change of font would be lost. So it is told again.
            replacement.dispatchEvent(new java.awt.event.HierarchyEvent(replacement,
                    java.awt.event.HierarchyEvent.HIERARCHY_CHANGED, replacement, frame.getContentPane(),
                    java.awt.event.HierarchyEvent.DISPLAYABILITY_CHANGED));
            current = replacement;
            fontSize = next;
            terminal.swap(old, replacement);
            frame.getContentPane().remove(old);
            frame.validate();
            replacement.requestFocusInWindow();
            // once it has been laid out and painted, its grid is final: tell the screen again
            SwingUtilities.invokeLater(terminal::announceSize);
            return null;
        });
    }

    public void zoom(int steps) {
        setFontSize(fontSize + steps * Math.max(1, fontSize / 10));
    }

    public void resetFontSize() {
        setFontSize(startFontSize);
    }

    /** Full screen on the display the window is on, or back to a window. */
    public void toggleFullScreen() {
        onSwing(() -> {
            showFullScreen(!fullScreen, frame.getGraphicsConfiguration().getDevice());
            return null;
        });
    }

    /** Full screen on {@code device} (a projector, say), or back to a window when {@code on} is false. */
    public void fullScreen(boolean on, GraphicsDevice device) {
        onSwing(() -> {
            showFullScreen(on, device);
            return null;
        });
    }

    private void showFullScreen(boolean on, GraphicsDevice device) {
        if (on == fullScreen) {
            return;
        }
        if (on) {
            Rectangle bounds = device.getDefaultConfiguration().getBounds();
            frame.setLocation(bounds.x, bounds.y);
            if (device.isFullScreenSupported()) {
                device.setFullScreenWindow(frame);
            } else {
                frame.setBounds(bounds);
            }
        } else {
            GraphicsDevice dev = frame.getGraphicsConfiguration().getDevice();
            if (dev.getFullScreenWindow() == frame) {
                dev.setFullScreenWindow(null);
            }
        }
        fullScreen = on;
        frame.validate();
        refocus();
    }

    /** The keys go to the terminal again once the window manager has settled (leaving full screen loses them). */
    private void refocus() {
        SwingUtilities.invokeLater(() -> {
            frame.toFront();
            frame.requestFocus();
            current.requestFocusInWindow();
        });
    }

    /** Hides and releases the window. */
    public void close() {
        onSwing(() -> {
            if (fullScreen) {
                showFullScreen(false, frame.getGraphicsConfiguration().getDevice());
            }
            frame.dispose();
            return null;
        });
    }

    private SwingTerminalFontConfiguration fontConfig(int size) {
        return fontConfig(fonts, size);
    }

    /** One cell of the grid, in pixels, drawn with {@code fonts} at {@code size} points. */
    static java.awt.Dimension cell(List<Font> fonts, int size) {
        SwingTerminalFontConfiguration f = fontConfig(fonts, size);
        return new java.awt.Dimension(f.getFontWidth(), f.getFontHeight());
    }

    private static SwingTerminalFontConfiguration fontConfig(List<Font> fonts, int size) {
        Font[] sized = fonts.stream().map(f -> f.deriveFont((float) size)).toArray(Font[]::new);
        return new SwingTerminalFontConfiguration(true, AWTTerminalFontConfiguration.BoldMode.EVERYTHING_BUT_SYMBOLS,
                sized);
    }

    /** The cells that fit in {@code width}×{@code height} pixels at this font size. */
    private TerminalSize grid(int size, int width, int height) {
        SwingTerminalFontConfiguration f = fontConfig(size);
        if (width <= 0 || height <= 0) {
            return START_GRID;
        }
        return new TerminalSize(Math.max(1, width / f.getFontWidth()), Math.max(1, height / f.getFontHeight()));
    }

    private SwingTerminal newTerminal(int size, TerminalSize grid) {
        SwingTerminalFontConfiguration fontConfig = fontConfig(size);
        TerminalEmulatorDeviceConfiguration device = TerminalEmulatorDeviceConfiguration.getDefault()
                .withLineBufferScrollbackSize(0).withCursorBlinking(false);
        SwingTerminal t = new WindowKeys.Terminal(this, grid, device, fontConfig,
                TerminalEmulatorColorConfiguration.getDefault());
        t.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mousePressed(java.awt.event.MouseEvent e) {
                t.requestFocusInWindow(); // a click in the window gives it the keys back, whatever took them
            }
        });
        return t;
    }

    static <T> T onSwing(Supplier<T> work) {
        if (SwingUtilities.isEventDispatchThread()) {
            return work.get();
        }
        List<T> result = new ArrayList<>(1);
        try {
            SwingUtilities.invokeAndWait(() -> result.add(work.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the window", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        return result.get(0);
    }
}
