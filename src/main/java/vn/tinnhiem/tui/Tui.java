package vn.tinnhiem.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Backups;
import vn.tinnhiem.store.Store;

/** Runs the text interface on the process's terminal until the chair quits. */
public final class Tui {
    private static final Logger LOG = LoggerFactory.getLogger(Tui.class);

    private Tui() {
    }

    /**
     * Blocks until the chair quits. Ctrl-C is read as a key (quit); the terminal is restored on every way out,
     * a kill by SIGTERM or a closed window included (through a shutdown hook).
     *
     * <p>Lanterna puts the terminal in raw mode (no echo, no line editing) as soon as it is created, and only puts
     * it back in its own shutdown hook, at the JVM's exit; stopping the screen only leaves the alternate screen. So
     * the terminal is closed too, right when the screen ends: the shell is usable even if the process lingers or
     * prints an error after the screen.
     */
    public static void run(Store store, Messages messages, Path dbFile, Path dataDir) throws IOException {
        run(store, messages, dbFile, dataDir, () -> { });
    }

    /** As above; {@code afterFirstFrame} runs once the first screen is out (the backup taken at start). */
    public static void run(Store store, Messages messages, Path dbFile, Path dataDir, Runnable afterFirstFrame)
            throws IOException {
        OutputStream out = terminalOutput(new FileOutputStream(FileDescriptor.out));
        DefaultTerminalFactory factory = new DefaultTerminalFactory(out, System.in, StandardCharsets.UTF_8);
        factory.setForceTextTerminal(true);
        factory.setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
        Terminal terminal = factory.createTerminal(); // raw mode from here on
        TerminalModes.ownTheKeyboard(); // no quit, suspend or flow-control keys while the screen runs
        TerminalScreen screen;
        try {
            screen = new TerminalScreen(terminal);
        } catch (IOException | RuntimeException e) {
            terminal.close();
            throw e;
        }
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable restore = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    screen.stopScreen();
                } catch (IOException | RuntimeException e) {
                    LOG.warn("restoring the terminal failed", e);
                }
                try {
                    terminal.close(); // stty back to what it was: echo and line editing
                } catch (IOException | RuntimeException e) {
                    // in a shutdown hook close() cannot unregister Lanterna's own hook, which restores it as well
                    LOG.debug("closing the terminal: {}", e.toString());
                }
            }
        };
        Thread hook = new Thread(restore, "restore-terminal");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            screen.startScreen();
            String sample = defaultRoster(dataDir);
            EffectRunner runner = new EffectRunner(store, messages, Clock.systemDefaultZone(), dbFile.toString(),
                    sample, Backups.of(dbFile, Clock.systemDefaultZone())).exportingTo(dbFile.toAbsolutePath().resolveSibling("exports")); // beside the file, as backups are
            App app = new App(screen, messages, runner);
            app.sendFramesTo(out);
            WindowChanges.follow(app::terminalResized);
            TerminalSize size = screen.getTerminalSize();
            app.afterFirstFrame(() -> {
                afterFirstFrame.run();
                KeyingWarmUp.start(messages, size);
            });
            String firstFrameMark = System.getProperty("tinnhiem.bench.firstFrame");
            if (firstFrameMark == null) {
                app.loop();
            } else { // tinnhiem bench: the time of the first frame, then quit
                app.draw();
                Files.writeString(Path.of(firstFrameMark), Long.toString(System.nanoTime()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            restore.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
    }

    /**
     * The stream the screen's escape sequences go through, for the real terminal and for the bench alike: a
     * frame leaves in one write (see {@link FrameOutput}).
     */
    public static OutputStream terminalOutput(FileOutputStream raw) {
        return new FrameOutput(raw);
    }

    /** The path offered when importing a roster: the sample roster if there is one, else the data folder. */
    static String defaultRoster(Path dataDir) {
        Path cwd = Path.of("").toAbsolutePath();
        Path sample = dataDir.resolve("danh-sach-mau.csv").toAbsolutePath();
        Path shown = Files.exists(sample) ? sample : dataDir.toAbsolutePath();
        return shown.startsWith(cwd) ? cwd.relativize(shown).toString() : shown.toString();
    }
}
