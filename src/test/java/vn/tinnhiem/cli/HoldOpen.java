package vn.tinnhiem.cli;

import java.nio.file.Path;
import java.time.Clock;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * Run in a separate JVM by {@link RestoreCommandTest}: another copy of tinnhiem with the file open, as a counting
 * screen in another window would have it. Prints "OPEN" once it holds the file, and lets go when its standard
 * input closes.
 */
public final class HoldOpen {
    private HoldOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (JdbiStore store = Database.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            System.out.println("OPEN " + store.meetings().size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the file until the test closes our input
            }
        }
    }
}
