package vn.tinnhiem.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.Problem;

/**
 * Writes to the file that did not come through this store while it had the file open: an edit with the
 * {@code sqlite3} tool, say, while the chair was keying. This process is the file's only writer (the lock
 * {@link Database} takes), so any other commit is an edit from outside. SQLite tells one cheaply: the connection's
 * {@code PRAGMA data_version} changes when, and only when, another connection has committed.
 *
 * <p>Once one is seen, every later write of this store is refused (reads go on, so the chair can still look and
 * leave): what is in memory (the ballot path's counts, the screen's running tally) no longer describes the file,
 * and adding ballots on top of an edit no one can see would hide it. {@code verify} says what was changed.
 *
 * <p>The one edit SQLite cannot tell: a program writing through another name of the file, a hard link, keeps a
 * log of its own ({@code name-wal}) that this connection never reads. A file with a second name is refused at
 * open ({@link Database}); one given a second name while open is refused from then on, likewise. Its names are
 * counted at most every 200 ms (a stat costs 5 to 50 µs until the JVM has compiled the way to it, up to an eighth
 * of a durable ballot's commit, before which it would be asked each time): while the chair keys, a second name is
 * found within a key or two. Counting them at every commit would close no gap that a poll leaves: a link made,
 * written through and removed between two looks goes unseen either way ({@code verify} then compares the file
 * with its log).
 */
final class OutsideEdits {
    private static final Logger LOG = LoggerFactory.getLogger(OutsideEdits.class);
    private static final Problem CHANGED = Problem.of("error.db.changedOutside");
    private static final Problem LINKED = Problem.of("error.db.linkedOutside");
    /** How often the file's names are counted, at most. */
    static final long NAMES_EVERY_NANOS = 200_000_000L;
    private final Connection connection;
    /** The file, whose names are counted. */
    private final Path file;
    private PreparedStatement version;
    private long namesCounted;
    private boolean namesEverCounted;
    private long baseline;
    private boolean known;
    private Problem seen;

    OutsideEdits(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /**
     * Looks whether another connection has committed, or the file has been given a second name, since the store
     * opened; remembers it once it has. Empty while neither.
     */
    Optional<Problem> problem() {
        return seen() ? Optional.of(seen) : Optional.empty();
    }

    /** {@link #problem()}, as a yes or no. */
    boolean seen() {
        if (seen != null) {
            return true;
        }
        if (namesDue() && Database.names(file) > 1) {
            LOG.warn("{} was given another name (a hard link) while open: nothing more is written", file);
            seen = LINKED;
            return true;
        }
        try {
            if (version == null) {
                version = connection.prepareStatement("PRAGMA data_version");
            }
            long v;
            try (ResultSet r = version.executeQuery()) {
                v = r.next() ? r.getLong(1) : 0;
            }
            if (!known) {
                baseline = v;
                known = true;
            } else if (v != baseline) {
                seen = CHANGED;
            }
        } catch (SQLException e) {
            // a failing connection says so itself on the write that follows
        }
        return seen != null;
    }

    /** Whether the file's names are to be counted now: at the first look, then at most every so often. */
    private boolean namesDue() {
        long now = System.nanoTime();
        if (namesEverCounted && now - namesCounted < NAMES_EVERY_NANOS) {
            return false;
        }
        namesEverCounted = true;
        namesCounted = now;
        return true;
    }

    /** Refuses a write once an edit from outside has been seen. */
    void refuseWrites() {
        if (seen()) {
            throw new StoreException(seen);
        }
    }

    /**
     * Runs {@code work} in the caller's transaction on {@code h}. Once an edit from outside has been seen, work that
     * changed any row is refused (and the transaction rolled back); work that only read goes through.
     */
    <T, X extends Exception> T guard(Handle h, HandleCallback<T, X> work) throws X {
        if (!seen()) {
            return work.withHandle(h);
        }
        long before = changes(h);
        T result = work.withHandle(h);
        if (changes(h) != before) {
            throw new StoreException(seen);
        }
        return result;
    }

    /** Rows this connection has inserted, changed or deleted since it opened, its triggers' included. */
    private static long changes(Handle h) {
        try (PreparedStatement s = h.getConnection().prepareStatement("SELECT total_changes()");
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException(Problem.of("error.db.failed", e.getMessage()), e);
        }
    }

    /** The store opened the file: what it sees now is its own. */
    void start() {
        seen();
    }

    void close() {
        try {
            if (version != null) {
                version.close();
            }
        } catch (SQLException e) {
            // closing anyway
        }
    }
}
