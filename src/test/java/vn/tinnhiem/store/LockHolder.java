package vn.tinnhiem.store;

import java.nio.file.Path;
import java.time.Clock;
import vn.tinnhiem.domain.MeetingDetails;

/**
 * Run in a separate JVM by {@link WriterLockTest}: a second copy of tinnhiem holding a file open for writing
 * through the given path. Says "ready" once it holds it, and quits when its standard input closes.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (JdbiStore store = Database.open(Path.of(args[0]), Clock.systemUTC())) {
            // Committed to its -wal, which a reader coming through another path must still see.
            store.createMeeting(new MeetingDetails("Hội nghị của bản kia", "", "", "", 10, 10, java.util.List.of()));
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our input
            }
        }
    }
}
