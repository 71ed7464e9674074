package vn.tinnhiem.tui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Every change of the text terminal's size, as the operating system announces it (SIGWINCH), the size it ends at
 * being the last one drawn or not. Lanterna tells its listeners of a new size only: resizes in quick succession
 * that end where they began (a window's corner dragged) told nothing, while the terminal had pushed the screen's
 * top rows away when it shrank. Lanterna's own handler (which asks the terminal for its size) still runs first.
 * Where there is no such signal (Windows), nothing is set up.
 */
final class WindowChanges {
    private static final Logger LOG = LoggerFactory.getLogger(WindowChanges.class);

    private WindowChanges() {
    }

    static void follow(Runnable onChange) {
        try {
            SignalHandler[] before = new SignalHandler[1];
            before[0] = Signal.handle(new Signal("WINCH"), signal -> {
                SignalHandler previous = before[0];
                if (previous != null && previous != SignalHandler.SIG_DFL && previous != SignalHandler.SIG_IGN) {
                    previous.handle(signal);
                }
                onChange.run();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            LOG.debug("no window-change signal here: {}", e.toString());
        }
    }
}
