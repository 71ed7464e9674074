package vn.tinnhiem.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import vn.tinnhiem.i18n.Messages;

/** What every command needs: where to read answers from and write to, where the data lives, the user's language. */
record Cli(InputStream in, PrintStream out, PrintStream err, Path dataDir, Messages messages) {

    Cli(PrintStream out, PrintStream err, Path dataDir, Messages messages) {
        this(System.in, out, err, dataDir, messages);
    }

    Path defaultDb() {
        return dataDir.resolve("tinnhiem.db");
    }

    Path logFile() {
        return Logging.logFile(dataDir);
    }

    /** Prints a message from the bundles on standard error. */
    void tell(String key, Object... args) {
        err.println(messages.get(key, args));
    }
}
