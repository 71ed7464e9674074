package vn.tinnhiem.cli.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The anchor for a recount: the round's counts per line and mark, and per status, in plain SQL. */
final class RecountAnchor {
    private RecountAnchor() {
    }

    /** The same recount as text for {@code sqlite3}. */
    static String sql(long roundId) {
        return "SELECT bl.line, bl.mark, count(*) FROM ballot_line bl JOIN ballot b ON b.id = bl.ballot_id"
                + " WHERE b.round_id = " + roundId + " AND b.voided = 0 GROUP BY bl.line, bl.mark;"
                + " SELECT status, count(*) FROM ballot WHERE round_id = " + roundId + " AND voided = 0"
                + " GROUP BY status;";
    }

    /** Milliseconds for one recount on a fresh read-only connection, opening included. */
    static double once(Path file, long roundId) throws SQLException {
        long s = System.nanoTime();
        int rows = 0;
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             Statement st = c.createStatement()) {
            for (String q : sql(roundId).split(";")) {
                if (q.isBlank()) {
                    continue;
                }
                try (ResultSet rs = st.executeQuery(q)) {
                    while (rs.next()) {
                        rows += rs.getInt(3 - (q.contains("status") ? 1 : 0));
                    }
                }
            }
        }
        if (rows < 0) {
            throw new IllegalStateException();
        }
        return (System.nanoTime() - s) / 1e6;
    }
}
