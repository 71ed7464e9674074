package vn.tinnhiem.cli;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.store.Backups;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;
import vn.tinnhiem.tui.Tui;
import vn.tinnhiem.tui.WindowTui;

/**
 * Opens the data file and runs the screen, in the terminal or in a window: what {@code tinnhiem} does with no
 * subcommand, whether picocli or {@link PlainLaunch} read its command line.
 */
final class Launch {
    private Launch() {
    }

    static int run(Cli cli, Path file, boolean window, boolean projector, String font, Integer fontSize)
            throws IOException {
        // No console (javaw, a double-click on the jar, the Windows launcher): the window, where there is a display.
        boolean inWindow = window || projector || System.console() == null;
        if (inWindow && GraphicsEnvironment.isHeadless()) {
            throw new CliFailure(CliFailure.USAGE,
                    cli.messages().get(window || projector ? "cli.error.noDisplay" : "cli.error.noTerminal"));
        }
        try (JdbiStore store = Database.open(file, Clock.systemDefaultZone())) {
            Runnable backup = backupInBackground(store, file);
            Runnable afterFirstFrame = () -> {
                backup.run();
                Database.warmUp(); // the store's Jdbi, kept out of the first frame
                Logging.routeJavaLogging();
            };
            if (inWindow) {
                afterFirstFrame.run();
                WindowChoice.run(cli, store, file, new WindowTui.Choice(font, fontSize, projector));
            } else {
                Tui.run(store, cli.messages(), file, cli.dataDir(), afterFirstFrame);
            }
        }
        return 0;
    }

    /**
     * The backup of a file that holds a meeting, taken once the first screen is out, on a thread of its own (its
     * own SQLite connection, a reader beside the writer): a big file never keeps the chair waiting. A failure is
     * only logged; the count goes on. A backup cut short by the program's exit leaves a hidden part file, removed
     * by the next backup.
     */
    private static Runnable backupInBackground(JdbiStore store, Path file) {
        boolean worth;
        try {
            worth = !store.meetings().isEmpty();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Launch.class).warn("could not look into {} before backing it up", file, e);
            worth = true;
        }
        if (!worth) {
            return () -> { };
        }
        return () -> {
            Thread t = new Thread(() -> Backups.of(file, Clock.systemDefaultZone()).takeQuietly(), "backup-at-start");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        };
    }
}
