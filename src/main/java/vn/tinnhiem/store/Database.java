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
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Database() {
    }

    public static JdbiStore open(Path file, Clock clock) {
        Path path = file.toAbsolutePath().normalize();
        FileChannel lockChannel = null;
        try {
            Path parent = path.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            lockChannel = lock(path);
            boolean fresh = Files.notExists(path);
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
            return new JdbiStore(handle, lockChannel, clock);
        } catch (StoreException e) {
            closeQuietly(lockChannel);
            throw e;
        } catch (IOException | JdbiException e) {
            closeQuietly(lockChannel);
            LOG.error("cannot open {}", path, e);
            throw new StoreException(Problem.of("error.db.cannotOpen", path.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /** One copy of tinnhiem per file: a lock on a file beside it, held until the store closes. */
    private static FileChannel lock(Path path) throws IOException {
        Path lockPath = path.resolveSibling(path.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StoreException(Problem.of("error.db.inUse", path.toString()));
            }
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new StoreException(Problem.of("error.db.inUse", path.toString()));
        }
        return channel;
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
    private static void inspect(Path path) throws IOException {
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
            throw new StoreException(Problem.of("error.db.damaged", path.toString(), String.valueOf(e.getMessage())), e);
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

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
