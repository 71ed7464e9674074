package vn.tinnhiem.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tinnhiem.domain.Problem;

/**
 * Values stored as another type than tinnhiem writes them: text or a fraction in a column of numbers, a number or
 * bytes in a column of text. SQLite keeps whatever an outside edit puts there ({@code UPDATE audit_event SET
 * meeting_id = '1x'}), and reading it as tinnhiem does turns it back into what was there before ('1x' reads as 1, a
 * line renumbered 3.5 reads in its place): every check then passes. tinnhiem itself never stores such a value, so
 * any is an edit from outside. Each column declared {@code INTEGER} or {@code TEXT} in the file's own schema is
 * checked, one pass over each table.
 */
final class StoredTypes {
    private StoredTypes() {
    }

    /** One problem for each column holding values not of its type, with how many. */
    static List<Problem> check(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                     + "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        List<Problem> out = new ArrayList<>();
        for (String table : tables) {
            if (table.equals("ballot_line")) {
                // 100,000 rows for 2,000 ballots of 50, and checked as they are read: a line not a whole number
                // is out of place (BallotRows), a mark not a whole number unreadable; a ballot_id that is not one
                // leaves its ballot a line short.
                continue;
            }
            List<String> columns = new ArrayList<>();
            List<String> types = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("PRAGMA table_info(" + quoted(table) + ")")) {
                while (rs.next()) {
                    String type = rs.getString("type").toUpperCase(Locale.ROOT);
                    if (type.equals("INTEGER") || type.equals("TEXT")) {
                        columns.add(rs.getString("name"));
                        types.add(type.toLowerCase(Locale.ROOT));
                    }
                }
            }
            if (columns.isEmpty()) {
                continue;
            }
            // One count a table first, every column at once: an intact file stops there.
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                where.append(i > 0 ? " OR " : "").append(odd(columns.get(i), types.get(i)));
            }
            if (count(c, "SELECT count(*) FROM " + quoted(table) + " WHERE " + where) == 0) {
                continue;
            }
            for (int i = 0; i < columns.size(); i++) {
                long odd = count(c, "SELECT count(*) FROM " + quoted(table) + " WHERE "
                        + odd(columns.get(i), types.get(i)));
                if (odd > 0) {
                    out.add(Problem.of("error.verify.storedType", table, columns.get(i), odd,
                            Problem.of("error.verify.type." + types.get(i))));
                }
            }
        }
        return out;
    }

    private static String odd(String column, String type) {
        return "typeof(" + quoted(column) + ") NOT IN ('" + type + "', 'null')";
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
