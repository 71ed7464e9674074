package vn.tinnhiem.store;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run in a separate JVM by {@link DatabaseOpenTest}, standing in for a second copy of tinnhiem: exits 0 when it
 * could take the writer's lock on the given database file, {@value #HELD} when another process holds it.
 */
public final class LockProbe {
    static final int HELD = 3;

    private LockProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock(Database.WRITER_LOCK_AT, 1, false);
            System.exit(lock == null ? HELD : 0);
        }
    }
}
