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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Properties;
import java.util.List;
import java.util.Map;
import java.nio.file.attribute.BasicFileAttributes;
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
import vn.tinnhiem.i18n.Meanwhile;

/**
 * Opens a tinnhiem file: refuses one held by another copy of tinnhiem, and one that is not tinnhiem's, is
 * damaged or comes from a newer version, without writing a byte to it; then sets the durable pragmas (WAL,
 * synchronous=FULL, foreign keys) and migrates the schema forward.
 */
public final class Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** The files this JVM writes, by identity (device and inode), with the path each was opened through. */
    private static final Map<Object, Path> HELD = new ConcurrentHashMap<>();
    /** The byte of the database file the writer locks: far beyond SQLite's own lock bytes (at 1 GiB). */
    static final long WRITER_LOCK_AT = 0x7FFF_FFFF_0000_0000L;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Database() {
    }

    /**
     * Sets Jdbi up on a thread of its own, on a throwaway database in memory, for a launch to call once its first
     * screen is out: the store makes Jdbi's handle at its first use (the first screen is read without it), and the
     * chair's first key then finds Jdbi's classes loaded. Nothing is written; a failure only leaves the work to
     * that first use.
     */
    public static void warmUp() {
        Thread t = new Thread(() -> {
            try (Handle h = Jdbi.open("jdbc:sqlite::memory:")) {
                h.inTransaction(x -> x.createQuery("SELECT ? + 1").bind(0, 1).mapTo(Integer.class).one());
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("setting Jdbi up ahead failed: {}", e.toString());
            }
        }, "jdbi-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
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
            fresh = Files.notExists(path);
            if (fresh) {
                createOwnerOnly(path);
            }
            Object key = identity(path);
            if (HELD.containsKey(key)) {
                throw new StoreException(Problem.of("record.writer.heldBy", path.toString(), HELD.get(key).toString()));
            }
            if (!fresh) {
                if (writtenElsewhere(path)) {
                    // Refused before inspecting: a connection through another path would leave its -wal behind.
                    throw new StoreException(WriterNote.refusal(path));
                }
                int names = names(path);
                if (names > 1) {
                    // A program writing through another name keeps its own -wal, which this copy never reads: its
                    // edits would go unseen, so a file with more than one name is not written (see OutsideEdits).
                    throw new StoreException(Problem.of("record.writer.linked", path.toString(), names));
                }
                inspectToWrite(path, key); // before the lock: closing the streams it reads through would drop it
            }
            lease = lock(path);
            Connection connection = connect(path);
            Handle handle = null;
            try {
                // Jdbi only where there is something to migrate: a file as this version left it opens without it
                // (Jdbi's first use costs a few hundred milliseconds before the first screen).
                if (userVersion(connection) < Migrations.LATEST) {
                    handle = Jdbi.open(connection);
                    Migrations.migrate(handle);
                }
                WriterNote.write(connection, path);
                lease.reassert(path);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(connection);
                throw e;
            }
            LOG.info("opened {} (schema {})", path, Migrations.LATEST);
            return new JdbiStore(connection, handle, lease, clock, path);
        } catch (IOException | SQLException | JdbiException e) {
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
     * Opens an existing file to read it and nothing else, as {@code verify}, {@code report} and {@code minutes}
     * do: a reader beside the screen (SQLite's WAL lets it read while the screen writes, and never blocks it),
     * seeing one consistent snapshot of what was committed when it opened. It takes no lock, sets no pragma and
     * migrates nothing: a file of an older schema is refused rather than upgraded. It never creates the file nor
     * anything beside it that is not SQLite's own: in a folder it cannot write to (a write-protected stick), a
     * file no one writes is read as it stands.
     */
    public static StoreReads openReadOnly(Path file) {
        return openReadOnly(file, null, true);
    }

    /**
     * {@link #openReadOnly(Path)} without SQLite's {@code quick_check} of every page, for {@code report} and
     * {@code minutes}: they read only what they print, and SQLite refuses a damaged page it reads. The whole file
     * is checked by {@code verify}, and by the copy that writes the file each time it opens it.
     */
    public static StoreReads openForReading(Path file) {
        return openReadOnly(file, null, false);
    }

    /**
     * {@link #openReadOnly(Path)} for {@code verify}: SQLite's {@code quick_check} of every page runs on a
     * connection and a thread of its own while the file is read; {@link StoreReads#requirePagesIntact()} waits for
     * its verdict. The header, the owner and the version are checked before, as always.
     */
    public static StoreReads openToVerify(Path file) {
        return openReadOnly(file, null, Pages.MEANWHILE);
    }

    /** {@link #openReadOnly(Path)}; {@code folderWritable} overrides the check of the folder, for tests run as root. */
    static StoreReads openReadOnly(Path file, Boolean folderWritable) {
        return openReadOnly(file, folderWritable, true);
    }

    /** When SQLite's check of every page runs: before the file is read, never, or while it is read. */
    private enum Pages { FIRST, NEVER, MEANWHILE }

    private static StoreReads openReadOnly(Path file, Boolean folderWritable, boolean quickCheck) {
        return openReadOnly(file, folderWritable, quickCheck ? Pages.FIRST : Pages.NEVER);
    }

    private static StoreReads openReadOnly(Path file, Boolean folderWritable, Pages pages) {
        Path path = file.toAbsolutePath().normalize();
        try {
            if (!Files.isRegularFile(path)) {
                throw new StoreException(Problem.of("error.file.missing", path.toString()));
            }
            Object key = identity(path);
            Meanwhile<List<Problem>> pageCheck = null;
            Path through = readThrough(path, key);
            boolean writerActive = through != null;
            if (through == null) {
                through = path;
            }
            Path wal = path.resolveSibling(path.getFileName() + "-wal");
            Path shm = path.resolveSibling(path.getFileName() + "-shm");
            boolean sideFiles = Files.exists(wal) || Files.exists(shm);
            Path parent = path.getParent();
            boolean writable = folderWritable != null ? folderWritable : parent == null || Files.isWritable(parent);
            boolean immutable = !writerActive && !writable && !Files.exists(wal);
            // Reading a WAL file makes SQLite create its empty -wal and -shm, which a read-only connection cannot
            // remove on closing; they are removed when they were not there before and no copy writes the file: when
            // the reader closes, or at once when the file is refused (damaged, foreign, newer).
            Runnable clearSideFiles = () -> {
                if (!sideFiles && !immutable && !writerActive) {
                    removeEmptySideFiles(path, key, wal, shm);
                }
            };
            Connection connection = null;
            try {
                // Never inside the process that writes the file: closing the stream would drop its locks.
                boolean inspect = !HELD.containsKey(key);
                if (inspect) {
                    requireSqliteHeader(path);
                    if (pages == Pages.FIRST) {
                        // Every page checked before a word is read, on a connection of its own, which reads the file
                        // alone beside a writer, so nothing is created beside a path it did not come through.
                        inspectPages(path, immutable || writerActive);
                    }
                }
                connection = readerConnection(path, immutable ? null : through);
                if (inspect) {
                    // Owner and schema version asked on the reading connection itself: one connection fewer to open.
                    inspect(connection, path);
                    if (pages == Pages.MEANWHILE) {
                        boolean alone = immutable || writerActive;
                        pageCheck = Meanwhile.start("verify-pages", () -> checkPages(path, alone));
                    }
                }
                return reader(path, connection, pageCheck, clearSideFiles);
            } catch (SQLException | RuntimeException e) {
                if (connection != null) {
                    closeQuietly(connection);
                }
                try {
                    if (pageCheck != null) {
                        pageCheck.get(); // a damaged page is said as such first, as when the check ran before
                    }
                } finally {
                    clearSideFiles.run();
                }
                throw e;
            }
        } catch (IOException | SQLException e) {
            LOG.error("cannot open {} to read it", path, e);
            throw new StoreException(OpenFailures.explain(path, e, "error.db.cannotOpen"), e);
        }
    }

    /**
     * The reading connection, in one read transaction for the reader's whole life (one snapshot); {@code through}
     * the path to read through, {@code null} to read the file as immutable.
     */
    private static Connection readerConnection(Path path, Path through) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5000);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        // Without a -wal beside it nothing is being written; where SQLite could not create its -shm either, the
        // file is read as immutable, which needs nothing beside it. Beside a writer, the file is read through the
        // writer's own path, so this reader sees its -wal even from a hard link elsewhere.
        ds.setUrl("jdbc:sqlite:" + (through == null ? path.toUri() + "?immutable=1" : through.toString()));
        return ds.getConnection();
    }

    /** The reader on {@code connection}; closes it when the file is refused. */
    private static JdbcReader reader(Path path, Connection connection, Meanwhile<List<Problem>> pageCheck,
                                     Runnable afterClose) throws SQLException {
        int version;
        try {
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                version = Integer.parseInt(single(s, "PRAGMA user_version"));
                single(s, "SELECT count(*) FROM sqlite_master");
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        if (version < Migrations.LATEST) {
            closeQuietly(connection);
            throw new StoreException(Problem.of("error.db.older", path.toString(), version, Migrations.LATEST));
        }
        return new JdbcReader(path, connection, pageCheck, afterClose);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing a refused connection failed", e);
        }
    }

    /**
     * The path the copy writing the file opened it through, when one does and it leads to the same file; else
     * {@code null}. Probed with a shared lock on the writer's byte, taken and released at once.
     */
    private static Path readThrough(Path path, Object key) throws IOException {
        Path held = HELD.get(key);
        if (held != null) {
            return held;
        }
        if (!writtenElsewhere(path)) {
            return null;
        }
        String noted = WriterNote.noted(path);
        try {
            Path p = noted == null ? null : Path.of(noted);
            return p != null && Files.isRegularFile(p) && identity(p).equals(key) ? p : path;
        } catch (IOException | RuntimeException e) {
            return path;
        }
    }

    /** Whether another process writes the file: a shared lock on the writer's byte, taken and released at once. */
    private static boolean writtenElsewhere(Path path) throws IOException {
        try (FileChannel probe = FileChannel.open(path, StandardOpenOption.READ)) {
            FileLock shared = probe.tryLock(WRITER_LOCK_AT, 1, true);
            if (shared != null) {
                shared.release();
                return false;
            }
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    /**
     * {@link #inspect(Path)} before the file is opened to be written. Reading a WAL file makes SQLite create its
     * -wal and -shm beside it: when the file is refused (damaged, foreign, newer) they are removed again, empty,
     * unless they were there before, so a refused file is left exactly as it was found.
     */
    private static void inspectToWrite(Path path, Object key) throws IOException {
        Path wal = path.resolveSibling(path.getFileName() + "-wal");
        Path shm = path.resolveSibling(path.getFileName() + "-shm");
        boolean sideFiles = Files.exists(wal) || Files.exists(shm);
        try {
            inspect(path);
        } catch (IOException | RuntimeException e) {
            if (!sideFiles) {
                removeEmptySideFiles(path, key, wal, shm);
            }
            throw e;
        }
    }

    /** Removes the empty -wal and -shm a reader left, unless a copy of tinnhiem writes the file (checked under lock). */
    private static void removeEmptySideFiles(Path path, Object key, Path wal, Path shm) {
        if (HELD.containsKey(key)) {
            return;
        }
        try (FileChannel probe = FileChannel.open(path, StandardOpenOption.READ)) {
            FileLock shared = probe.tryLock(WRITER_LOCK_AT, 1, true);
            if (shared == null) {
                return; // a writer opened it meanwhile: its -wal is in use
            }
            try {
                if (Files.exists(wal) && Files.size(wal) == 0) {
                    Files.deleteIfExists(wal);
                    Files.deleteIfExists(shm);
                }
            } finally {
                shared.release();
            }
        } catch (IOException | OverlappingFileLockException e) {
            LOG.warn("could not remove the empty {} and {}", wal, shm, e);
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
     * One writer per file, whatever path leads to it (relative, a symbolic link, a hard link in another folder): an
     * exclusive lock on one byte of the database file itself, far beyond the bytes SQLite locks, so it belongs to
     * the file's identity (its inode) rather than to a name, and no lock file is needed. Held until the store
     * closes. Within this JVM the identities held are also kept in {@link #HELD} and checked first, before any
     * descriptor of the file is opened: POSIX record locks belong to the process, and closing any descriptor of
     * the file would silently drop this lock and SQLite's own (see {@link FileLock}).
     */
    static Lease lock(Path path) throws IOException {
        if (!Files.exists(path)) {
            return Lease.NONE; // nothing to lock yet (a restore onto a missing file): nothing can hold it either
        }
        Object key = identity(path);
        Path holder = HELD.putIfAbsent(key, path);
        if (holder != null) {
            throw new StoreException(Problem.of("record.writer.heldBy", path.toString(), holder.toString()));
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(WRITER_LOCK_AT, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new StoreException(WriterNote.refusal(path));
            }
            return new Lease(key, channel, lock);
        } catch (IOException | RuntimeException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } finally {
                HELD.remove(key);
            }
            throw e;
        }
    }

    /**
     * How many names (hard links) the file has on disk; 1 where the system does not say (Windows) or the file
     * cannot be looked at now (SQLite itself refuses to write a file moved or removed while open).
     */
    public static int names(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:nlink");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return 1;
        }
    }

    /** The file's identity: device and inode where the system has them, else its real path. */
    static Object identity(Path path) throws IOException {
        Object key = Files.readAttributes(path, BasicFileAttributes.class).fileKey();
        return key != null ? key : path.toRealPath();
    }

    /** The lock on one tinnhiem file, from a successful open until the store closes; releasing twice is harmless. */
    static final class Lease implements AutoCloseable {
        static final Lease NONE = new Lease(null, null, null);
        private final Object key;
        private final FileChannel channel;
        private FileLock lock;
        private final AtomicBoolean released = new AtomicBoolean();

        private Lease(Object key, FileChannel channel, FileLock lock) {
            this.key = key;
            this.channel = channel;
            this.lock = lock;
        }

        /**
         * Takes the lock again once SQLite has set the file up: creating a file or changing its journal mode may
         * close a descriptor of it, which silently drops this process's lock. Refused when another copy took it
         * in between.
         */
        void reassert(Path path) {
            if (channel == null) {
                return;
            }
            try {
                lock.release();
                lock = channel.tryLock(WRITER_LOCK_AT, 1, false);
            } catch (IOException | OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new StoreException(WriterNote.refusal(path));
            }
        }

        @Override
        public void close() throws IOException {
            if (channel != null && released.compareAndSet(false, true)) {
                try {
                    channel.close();
                } finally {
                    HELD.remove(key);
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
        inspect(path, false);
    }

    /** {@link #inspect(Path)}; {@code immutable} reads a file no one writes without anything beside it. */
    static void inspect(Path path, boolean immutable) throws IOException {
        requireSqliteHeader(path);
        try (Connection c = inspection(path, immutable); Statement s = c.createStatement()) {
            requirePagesIntact(s, path);
            inspect(c, path);
        } catch (SQLException e) {
            throw damaged(path, e);
        }
    }

    /** SQLite's check of every page, on a connection of its own that is then closed. */
    private static void inspectPages(Path path, boolean immutable) {
        try (Connection c = inspection(path, immutable); Statement s = c.createStatement()) {
            requirePagesIntact(s, path);
        } catch (SQLException e) {
            throw damaged(path, e);
        }
    }

    /** Refuses a file that is empty or does not begin as an SQLite file does. */
    private static void requireSqliteHeader(Path path) throws IOException {
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
    }

    private static StoreException damaged(Path path, SQLException e) {
        LOG.warn("{} refused: {}", path, e.toString());
        return new StoreException(OpenFailures.explain(path, e, "error.db.damaged"), e);
    }

    /** Refuses, on {@code c}, a file another program made or a newer tinnhiem wrote. */
    private static void inspect(Connection c, Path path) {
        try (Statement s = c.createStatement()) {
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
            throw damaged(path, e);
        }
    }

    /** A connection that reads the file alone, to inspect it. */
    private static Connection inspection(Path path, boolean immutable) throws SQLException {
        Properties props = new Properties();
        props.setProperty("open_mode", immutable ? "65" : "1"); // SQLITE_OPEN_READONLY, and SQLITE_OPEN_URI
        SQLiteConfig config = new SQLiteConfig(props);
        config.setReadOnly(true);
        String url = "jdbc:sqlite:" + (immutable ? path.toUri() + "?immutable=1" : path.toString());
        // Straight to sqlite-jdbc: DriverManager's first use costs a command about 10 ms of start-up.
        return config.createConnection(url);
    }

    /**
     * SQLite's {@code quick_check} of every page, on a connection of its own, as {@link #inspect} runs it; then, on a
     * file whose pages are whole, the values stored as another type than tinnhiem writes ({@link StoredTypes}).
     */
    private static List<Problem> checkPages(Path path, boolean immutable) {
        try (Connection c = inspection(path, immutable);
             Statement s = c.createStatement()) {
            requirePagesIntact(s, path);
            List<Problem> found = new ArrayList<>(Triggers.check(c));
            found.addAll(StoredTypes.check(c));
            return found;
        } catch (SQLException e) {
            LOG.warn("{} refused: {}", path, e.toString());
            throw new StoreException(OpenFailures.explain(path, e, "error.db.damaged"), e);
        }
    }

    /** Refuses the file as damaged unless SQLite's {@code quick_check} of every page finds nothing. */
    private static void requirePagesIntact(Statement s, Path path) throws SQLException {
        String check = single(s, "PRAGMA quick_check");
        if (!"ok".equals(check)) {
            // SQLite's own lines (pages, cells, offsets) are for whoever repairs the file: to the log only.
            LOG.warn("{} is damaged; SQLite's check of every page says: {}", path, check);
            throw new StoreException(OpenFailures.damagedPages(path, check));
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static Connection connect(Path path) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + path);
        return ds.getConnection();
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return Integer.parseInt(single(s, "PRAGMA user_version"));
        }
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
