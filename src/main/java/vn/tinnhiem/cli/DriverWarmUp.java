package vn.tinnhiem.cli;

import org.sqlite.SQLiteConfig;

/**
 * sqlite-jdbc's first settings object sets up its date format, and with it the JDK's calendar, time zone and
 * locale data: about 60 ms of processor time, every time, although tinnhiem stores no dates through it. For
 * {@code report}, {@code verify} and {@code minutes} it is done on a second thread from the first line of
 * {@code main}, while the main thread sets up the log and the messages and checks the file, instead of on the
 * main thread at the first connection.
 */
public final class DriverWarmUp implements Runnable {
    private DriverWarmUp() {
    }

    static void start() {
        useLocaleDataOfTheJre();
        // A class rather than a lambda: a lambda's call site is linked at its first use, on main's first line.
        Thread t = new Thread(new DriverWarmUp(), "driver-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The JDK's own locale data (its "COMPAT" provider) rather than the Unicode consortium's (CLDR), for the
     * calendar that sqlite-jdbc's date format sets up: finding whether CLDR knows the user's locale turns every
     * locale it has (about 800) into a {@code Locale} first, which JRE's shorter list halves; about 20 ms of
     * processor time on the way to the first connection. Nothing tinnhiem prints depends on it (its numbers,
     * dates and times are written by its own patterns of digits). Only on Java 17 to 20: Java 21 warns that this
     * data will go, and a later Java has none. Set before anything asks for locale data (the JDK reads the
     * property once); a choice made on the command line ({@code -Djava.locale.providers}) is kept. The class-data
     * archive's training run does the same, so that the locale data archived is the data a command loads.
     */
    public static void useLocaleDataOfTheJre() {
        if (Runtime.version().feature() < 21 && System.getProperty("java.locale.providers") == null) {
            System.setProperty("java.locale.providers", "COMPAT,CLDR");
        }
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
