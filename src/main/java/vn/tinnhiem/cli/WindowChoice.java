package vn.tinnhiem.cli;

import java.awt.AWTError;
import java.awt.HeadlessException;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Store;
import vn.tinnhiem.tui.WindowSettings;
import vn.tinnhiem.tui.WindowTui;

/** The window's options read from the command line, and the window run with a clear message if it cannot open. */
final class WindowChoice {
    private WindowChoice() {
    }

    /** {@code --font-size N}, 8 to 96; null when not given. */
    static Integer fontSize(Messages messages, String text) {
        if (text == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= WindowSettings.MIN_FONT && n <= WindowSettings.MAX_FONT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is wanted
        }
        throw new CliFailure(CliFailure.USAGE, messages.get("cli.error.fontSize", text));
    }

    static void run(Cli cli, Store store, Path file, WindowTui.Choice choice) throws IOException {
        try {
            WindowTui.run(store, cli.messages(), file, cli.dataDir(), choice);
        } catch (HeadlessException | AWTError | UnsatisfiedLinkError e) {
            // a display that went away, or a Java without its graphical part
            Logger log = LoggerFactory.getLogger(WindowChoice.class);
            log.error("the window could not open", e);
            throw new CliFailure(CliFailure.USAGE, cli.messages().get("cli.error.windowFailed", e.getClass()
                    .getSimpleName(), cli.logFile()));
        }
    }
}
