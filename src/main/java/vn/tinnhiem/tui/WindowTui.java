package vn.tinnhiem.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import java.awt.Font;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Backups;
import vn.tinnhiem.store.Store;

/**
 * Runs the same screens, keys and loop as {@link Tui} in a window of its own ({@link TerminalWindow}): for
 * computers without a usable console (Windows, a double-click on the jar, {@code javaw}) and for a font size the
 * chair controls. Closing the window is Ctrl-C, except that a half-typed ballot asks first.
 */
public final class WindowTui {
    private static final Logger LOG = LoggerFactory.getLogger(WindowTui.class);

    private WindowTui() {
    }

    /**
     * The font named with {@code --font} (null: the shipped one) and {@code --font-size} (null: remembered);
     * {@code projector}: the room's window opens at once ({@code --projector}).
     */
    public record Choice(String fontName, Integer fontSize, boolean projector) {
        public Choice(String fontName, Integer fontSize) {
            this(fontName, fontSize, false);
        }
    }

    /** Blocks until the chair quits or closes the window. */
    public static void run(Store store, Messages messages, Path dbFile, Path dataDir, Choice choice)
            throws IOException {
        Session session = open(store, messages, dbFile, dataDir, choice);
        try {
            session.app().loop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            session.close();
        }
    }

    /** An open window with its screen and loop, not yet running; {@link #close} remembers the sizes and closes. */
    record Session(TerminalWindow window, TerminalScreen screen, App app, WindowSettings before, Path settingsFile)
            implements AutoCloseable {
        @Override
        public void close() {
            remember(window, before, settingsFile);
            try {
                screen.stopScreen();
            } catch (IOException | RuntimeException e) {
                LOG.debug("stopping the window's screen: {}", e.toString());
            }
            window.close();
        }
    }

    static Session open(Store store, Messages messages, Path dbFile, Path dataDir, Choice choice)
            throws IOException {
        Path settingsFile = WindowSettings.beside(dbFile);
        WindowSettings settings = WindowSettings.load(settingsFile);
        GraphicsDevice device = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
        int size = choice.fontSize() != null ? choice.fontSize()
                : settings.hasFontSize() ? settings.fontSize() : defaultFontSize(device);

        Problem warning = null;
        List<Font> fonts = List.of(WindowFont.bundled());
        if (choice.fontName() != null) {
            var named = WindowFont.installed(choice.fontName());
            if (named.isPresent()) {
                fonts = List.of(named.get(), WindowFont.bundled());
            } else {
                warning = Problem.of("ui.window.fontMissing", choice.fontName());
            }
        }
        if (warning == null) {
            warning = WindowFont.check(fonts.get(0), textToShow(dataDir));
        }
        String title = messages.get("ui.window.title", dbFile.toAbsolutePath().getFileName());
        TerminalWindow window;
        try {
            window = TerminalWindow.open(title, fonts, size, settings.width(), settings.height(), device);
        } catch (IllegalArgumentException e) {
            // Lanterna refuses a font that is not monospaced: the shipped one instead, and say so
            LOG.warn("font {} refused: {}", choice.fontName(), e.toString());
            warning = Problem.of("ui.window.fontMissing", choice.fontName());
            fonts = List.of(WindowFont.bundled());
            window = TerminalWindow.open(title, fonts, size, settings.width(), settings.height(), device);
        }
        LOG.info("window open: font size {}, {}", size, fonts.get(0).getFamily());
        try {
            TerminalScreen screen = new TerminalScreen(window.terminal());
            screen.startScreen();
            EffectRunner runner = new EffectRunner(store, messages, Clock.systemDefaultZone(), dbFile.toString(),
                    Tui.defaultRoster(dataDir), Backups.of(dbFile, Clock.systemDefaultZone()))
                    .exportingTo(dataDir.resolve("exports"));
            App app = new App(screen, messages, runner, warning);
            window.onCloseRequest(app::askToQuit);
            TerminalWindow chairs = window;
            app.projectWith(new Projector(messages, fonts, chairs::frame));
            if (choice.projector()) {
                app.projector().toggle(app.state());
            }
            return new Session(window, screen, app, settings, settingsFile);
        } catch (IOException | RuntimeException e) {
            window.close();
            throw e;
        }
    }

    /** The font size and, unless full screen, the window's size, for next time. */
    static void remember(TerminalWindow window, WindowSettings before, Path file) {
        WindowSettings next = before.withFontSize(window.fontSize());
        if (!window.isFullScreen()) {
            next = next.withSize(window.frame().getWidth(), window.frame().getHeight());
        }
        if (!next.equals(before)) {
            next.save(file);
        }
    }

    /** About 50 rows of text on the display: 20 points on a 1080-line screen or projector. */
    static int defaultFontSize(GraphicsDevice device) {
        int h = device.getDefaultConfiguration().getBounds().height;
        return Math.max(12, Math.min(40, Math.round(h / 54f)));
    }

    /** Every message in both languages, every Vietnamese letter, and the rosters in the data folder. */
    static String textToShow(Path dataDir) {
        StringBuilder sb = new StringBuilder(WindowFont.VIETNAMESE_LETTERS);
        sb.append(Messages.vietnamese().everyText()).append(Messages.english().everyText());
        if (Files.isDirectory(dataDir)) {
            try (DirectoryStream<Path> csvs = Files.newDirectoryStream(dataDir, "*.csv")) {
                for (Path csv : csvs) {
                    sb.append(new String(Files.readAllBytes(csv), StandardCharsets.UTF_8));
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("rosters not read for the font check: {}", e.toString());
            }
        }
        return sb.toString();
    }
}
