package vn.tinnhiem.cli;

import org.sqlite.SQLiteConfig;

/**
 * sqlite-jdbc's first settings object sets up its date format, and with it the JDK's calendar, time zone and
 * locale data: about 60 ms of processor time, every time, although tinnhiem stores no dates through it. For
 * {@code report}, {@code verify} and {@code minutes} it is done on a second thread from the first line of
 * {@code main}, while the main thread sets up the log and the messages and checks the file, instead of on the
 * main thread at the first connection.
 */
final class DriverWarmUp implements Runnable {
    private DriverWarmUp() {
    }

    static void start() {
        // A class rather than a lambda: a lambda's call site is linked at its first use, on main's first line.
        Thread t = new Thread(new DriverWarmUp(), "driver-warm-up");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        try {
            new SQLiteConfig();
        } catch (RuntimeException | Error e) {
            // only a head start: the first connection does the same and reports what fails
        }
    }
}
