package vn.tinnhiem.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import vn.tinnhiem.domain.Problem;

/**
 * Opens a tinnhiem file: refuses one held by another copy of tinnhiem, and one that is not tinnhiem's, is
 * damaged or comes from a newer version, without writing a byte to it; then sets the durable pragmas (WAL,
 * synchronous=FULL, foreign keys) and migrates the schema forward.
 */
public final class Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** The files this JVM holds open, by absolute path; see {@link #lock}. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Database() {
    }

    public static JdbiStore open(Path file, Clock clock) {
        Path path = file.toAbsolutePath().normalize();
        Lease lease = null;
        boolean fresh = false;
        try {
            Path parent = path.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            lease = lock(path);
            fresh = Files.notExists(path);
            if (fresh) {
                createOwnerOnly(path);
            } else {
                inspect(path);
            }
            Handle handle = connect(path);
            try {
                Migrations.migrate(handle);
            } catch (RuntimeException e) {
                handle.close();
                throw e;
            }
            LOG.info("opened {} (schema {})", path, Migrations.LATEST);
            return new JdbiStore(handle, lease, clock);
        } catch (IOException | JdbiException e) {
            forgetEmpty(fresh, path);
            closeQuietly(lease);
            LOG.error("cannot open {}", path, e);
            throw new StoreException(OpenFailures.explain(path, e, "error.db.cannotOpen"), e);
        } catch (RuntimeException e) {
            forgetEmpty(fresh, path);
            closeQuietly(lease); // refused (StoreException) or unexpected: never keep the file locked
            throw e;
        }
    }

    /**
     * Opens an existing file to read it and nothing else, as {@code tinnhiem verify} does: the same lock and the
     * same checks as {@link #open}, then a read-only connection, no pragma set and no migration; a file of an
     * older schema is refused rather than upgraded. Never creates the file.
     */
    public static JdbiStore openReadOnly(Path file) {
        Path path = file.toAbsolutePath().normalize();
        Lease lease = null;
        try {
            lease = lock(path);
            if (!Files.isRegularFile(path)) {
                throw new StoreException(Problem.of("error.file.missing", path.toString()));
            }
            Path wal = path.resolveSibling(path.getFileName() + "-wal");
            Path shm = path.resolveSibling(path.getFileName() + "-shm");
            boolean sideFiles = Files.exists(wal) || Files.exists(shm);
            inspect(path);
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(5000);
            SQLiteDataSource ds = new SQLiteDataSource(config);
            ds.setUrl("jdbc:sqlite:" + path);
            Handle handle = Jdbi.create(ds).open();
            int version = handle.createQuery("PRAGMA user_version").mapTo(Integer.class).one();
            if (version < Migrations.LATEST) {
                handle.close();
                throw new StoreException(Problem.of("error.db.older", path.toString(), version, Migrations.LATEST));
            }
            // Reading a WAL file makes SQLite create its empty -wal and -shm, which a read-only connection cannot
            // remove on closing; they are removed here, under the lock, when they were not there before.
            return new JdbiStore(handle, lease, Clock.systemDefaultZone(), () -> {
                try {
                    if (!sideFiles && Files.exists(wal) && Files.size(wal) == 0) {
                        Files.deleteIfExists(wal);
                        Files.deleteIfExists(shm);
                    }
                } catch (IOException e) {
                    LOG.warn("could not remove the empty {} and {}", wal, shm, e);
                }
            });
        } catch (IOException | JdbiException e) {
            closeQuietly(lease);
            LOG.error("cannot open {} to read it", path, e);
            throw new StoreException(OpenFailures.explain(path, e, "error.db.cannotOpen"), e);
        } catch (RuntimeException e) {
            closeQuietly(lease);
            throw e;
        }
    }

    /** A file this open created and could not set up is removed while still empty, so a retry starts afresh. */
    private static void forgetEmpty(boolean fresh, Path path) {
        try {
            if (fresh && Files.exists(path) && Files.size(path) == 0) {
                Files.delete(path);
            }
        } catch (IOException e) {
            LOG.warn("could not remove the empty {}", path, e);
        }
    }

    /**
     * One copy of tinnhiem per file: a lock on a file beside it, held until the store closes. Within this JVM
     * the paths held are also kept in {@link #HELD} and checked first: opening a second channel on the lock file
     * and closing it would silently drop the first channel's OS lock (POSIX record locks belong to the process;
     * see {@link FileLock}), letting another process open the file while this one still writes to it.
     */
    static Lease lock(Path path) throws IOException {
        if (!HELD.add(path)) {
            throw new StoreException(Problem.of("error.db.inUse", path.toString()));
        }
        FileChannel channel = null;
        try {
            Path lockPath = path.resolveSibling(path.getFileName() + ".lock");
            channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new StoreException(Problem.of("error.db.inUse", path.toString()));
            }
            return new Lease(path, channel);
        } catch (IOException | RuntimeException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } finally {
                HELD.remove(path);
            }
            throw e;
        }
    }

    /** The lock on one tinnhiem file, from a successful open until the store closes; releasing twice is harmless. */
    static final class Lease implements AutoCloseable {
        private final Path path;
        private final FileChannel channel;
        private final AtomicBoolean released = new AtomicBoolean();

        private Lease(Path path, FileChannel channel) {
            this.path = path;
            this.channel = channel;
        }

        @Override
        public void close() throws IOException {
            if (released.compareAndSet(false, true)) {
                try {
                    channel.close();
                } finally {
                    HELD.remove(path);
                }
            }
        }
    }

    private static void createOwnerOnly(Path path) throws IOException {
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(path);
        } catch (FileAlreadyExistsException e) {
            // created between the check and now: inspected on the next open
        }
    }

    /** Reads the file without writing to it: header, integrity, owner and schema version. */
    static void inspect(Path path) throws IOException {
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (var in = Files.newInputStream(path)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read == 0) {
            throw new StoreException(Problem.of("error.db.empty", path.toString()));
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new StoreException(Problem.of("error.db.notSqlite", path.toString()));
        }
        Properties props = new Properties();
        props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        SQLiteConfig config = new SQLiteConfig(props);
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
             Statement s = c.createStatement()) {
            String check = single(s, "PRAGMA quick_check");
            if (!"ok".equals(check)) {
                throw new StoreException(Problem.of("error.db.damaged", path.toString(), check));
            }
            int appId = Integer.parseInt(single(s, "PRAGMA application_id"));
            int tables = Integer.parseInt(single(s, "SELECT count(*) FROM sqlite_master"));
            if (appId != Migrations.APPLICATION_ID && tables > 0) {
                throw new StoreException(Problem.of("error.db.foreign", path.toString()));
            }
            int version = Integer.parseInt(single(s, "PRAGMA user_version"));
            if (version > Migrations.LATEST) {
                throw new StoreException(Problem.of("error.db.newer", path.toString(), version, Migrations.LATEST));
            }
        } catch (SQLException e) {
            throw new StoreException(OpenFailures.explain(path, e, "error.db.damaged"), e);
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static Handle connect(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + path);
        return Jdbi.create(ds).open();
    }

    private static void closeQuietly(Lease lease) {
        if (lease != null) {
            try {
                lease.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
