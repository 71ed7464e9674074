package vn.tinnhiem.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** An edit from outside, as with the sqlite3 tool: every trigger dropped first, then the statements. */
final class Tamper {
    private Tamper() {
    }

    static void withoutTriggers(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            StringBuilder drops = new StringBuilder();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
                while (rs.next()) {
                    drops.append("DROP TRIGGER \"").append(rs.getString(1)).append("\";");
                }
            }
            s.executeUpdate(drops.toString());
            for (String st : statements) {
                s.execute(st);
            }
        }
    }
}
