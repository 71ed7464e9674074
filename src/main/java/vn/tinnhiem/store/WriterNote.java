package vn.tinnhiem.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.sqlite.SQLiteConfig;
import vn.tinnhiem.domain.Problem;

/**
 * The path through which the copy of tinnhiem now writing a file opened it, kept in the file itself: a second
 * copy refused by the lock may have come through another path (a link, a hard link in another folder), and names
 * the first one's path from here.
 */
final class WriterNote {
    private WriterNote() {
    }

    /**
     * Notes the path and checkpoints it into the file itself: a copy that came through a hard link in another
     * folder sees another -wal name, so it reads the note from the database file alone.
     */
    static void write(Connection c, Path path) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO writer (id, path, since) VALUES (1, ?, ?)")) {
            s.setString(1, path.toString());
            s.setString(2, OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
            s.executeUpdate();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            while (rs.next()) {
                // the checkpoint's three figures: nothing to read
            }
        }
    }

    /** The path the writing copy noted, read from the database file alone (nothing created beside it). */
    static String noted(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.OPEN_URI);
        try (Connection c = config.createConnection("jdbc:sqlite:" + path.toUri() + "?immutable=1");
             PreparedStatement s = c.prepareStatement("SELECT path FROM writer WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            return null; // an older file without the table, or unreadable
        }
    }

    /** The refusal of a second writer, naming the first one's path when the file says it. */
    static Problem refusal(Path path) {
        String holder = noted(path);
        return holder == null ? Problem.of("record.writer.heldByUnknown", path.toString())
                : Problem.of("record.writer.heldBy", path.toString(), holder);
    }
}
