package vn.tinnhiem.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Unreadable;

/**
 * A count stored in an INTEGER column read back as an {@code int}, refused when it is beyond one. The driver's
 * {@code getInt} keeps the low 32 bits of whatever SQLite holds: 4,294,967,305 ballots issued, written from
 * outside, read as 9, and the screen went on counting a round of 9 without a word. {@code verify} names such a
 * value too ({@link StoredTypes}); this keeps the screen and the commands from reading it as another number.
 */
final class StoredInts {
    private StoredInts() {
    }

    /** Column {@code column} of the current row; 0 for NULL, as {@code getInt} (ask {@code wasNull} after it). */
    static int of(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        if (v != (int) v) {
            throw new Unreadable(Problem.of("error.stored.beyondInt", Problem.of("error.stored.column." + column), v));
        }
        return (int) v;
    }
}
