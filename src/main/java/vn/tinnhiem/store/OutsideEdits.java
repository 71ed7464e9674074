package vn.tinnhiem.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
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
 */
final class OutsideEdits {
    private static final Problem REFUSED = Problem.of("error.db.changedOutside");
    private final Connection connection;
    private PreparedStatement version;
    private long baseline;
    private boolean known;
    private boolean seen;

    OutsideEdits(Connection connection) {
        this.connection = connection;
    }

    /** Looks whether another connection has committed since the store opened; remembers it once it has. */
    boolean seen() {
        if (seen) {
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
                seen = true;
            }
        } catch (SQLException e) {
            // a failing connection says so itself on the write that follows
        }
        return seen;
    }

    /** Refuses a write once an edit from outside has been seen. */
    void refuseWrites() {
        if (seen()) {
            throw new StoreException(REFUSED);
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
            throw new StoreException(REFUSED);
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
