package vn.tinnhiem.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every log line to {@code <data dir>/logs/tinnhiem.log}, so nothing is printed over the screen while the
 * chair counts. Must run before the first {@link LoggerFactory} call: slf4j-simple reads its settings once.
 *
 * <p>slf4j-simple opens its {@code logFile} with {@code new FileOutputStream(name)}, which truncates: every start
 * would wipe the log of the session before, the one that matters after a crash mid-count, and a {@code report}
 * run beside an open window would wipe that window's log. So slf4j-simple writes to {@code System.err}, and
 * {@code System.err} is pointed at the log file opened for appending. Whatever else a library or the JVM prints
 * on {@code System.err} ends up in the log too; the user's own messages go to the original stream, kept by
 * {@link Main#main}.
 */
final class Logging {
    private static boolean started;
    private static boolean routed;

    private Logging() {
    }

    static Path logFile(Path dataDir) {
        return dataDir.resolve("logs").resolve("tinnhiem.log");
    }

    static void start(Path dataDir) {
        Path file = logFile(dataDir);
        PrintStream target;
        try {
            target = new TimedLines(open(file));
        } catch (IOException | SecurityException e) {
            // No place to log (a read-only folder, say): stay silent rather than write over the screen.
            target = new PrintStream(OutputStream.nullOutputStream());
        }
        System.setErr(target);
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // The time begins each line all the same, written by TimedLines: slf4j-simple's own date format would cost
        // every start the JDK's locale data.
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "false");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        started = true;
    }

    /**
     * Routes java.util.logging to the log, once, where {@link #start} ran. Not part of {@link #start}: setting it up
     * costs about 40 ms, and a plain launch does it after its first frame. Until then a java.util.logging line
     * would still land in the log (on the {@code System.err} that {@link #start} pointed there), only formatted
     * its own way.
     */
    static synchronized void routeJavaLogging() {
        if (started && !routed) {
            routed = true;
            julToSlf4j();
        }
    }

    /**
     * The log, opened for appending; its folder and the file are created readable by their owner only where the
     * system allows (rwx------, rw-------): the log names files and meetings. Existing ones are left as they are.
     */
    static PrintStream open(Path file) throws IOException {
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(folder);
            }
        }
        if (Files.notExists(file)) {
            try {
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                // another copy created it meanwhile: append to it
            }
        }
        return new PrintStream(new FileOutputStream(file.toFile(), true), true, StandardCharsets.UTF_8);
    }

    /** java.util.logging prints on the console by default; route it to the same log. */
    private static void julToSlf4j() {
        LogManager.getLogManager().reset();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(Level.INFO);
        root.addHandler(new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                Logger log = LoggerFactory.getLogger(record.getLoggerName() == null ? "jul" : record.getLoggerName());
                String message = formatter.formatMessage(record);
                int level = record.getLevel().intValue();
                if (level >= Level.SEVERE.intValue()) {
                    log.error(message, record.getThrown());
                } else if (level >= Level.WARNING.intValue()) {
                    log.warn(message, record.getThrown());
                } else if (level >= Level.INFO.intValue()) {
                    log.info(message, record.getThrown());
                } else {
                    log.debug(message, record.getThrown());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }
}
