package vn.tinnhiem.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import vn.tinnhiem.domain.Problem;

/**
 * Values stored as another type than tinnhiem writes them: text or a fraction in a column of numbers, a number or
 * bytes in a column of text. SQLite keeps whatever an outside edit puts there ({@code UPDATE audit_event SET
 * meeting_id = '1x'}), and reading it as tinnhiem does turns it back into what was there before ('1x' reads as 1, a
 * line renumbered 3.5 reads in its place): every check then passes. tinnhiem itself never stores such a value, so
 * any is an edit from outside. Each column declared {@code INTEGER} or {@code TEXT} in the file's own schema is
 * checked, one pass over each table; so are whole numbers too large for the Java {@code int} tinnhiem reads them
 * into ({@link #small}), which read back as another number.
 */
final class StoredTypes {
    private StoredTypes() {
    }

    /** One problem for each column holding values not of its type, with how many. */
    static List<Problem> check(Connection c) throws SQLException {
        // Every table's INTEGER and TEXT columns in one read of the schema, through SQLite's table-valued pragma.
        Map<String, List<String[]>> columns = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.name, p.name, upper(p.type), p.\"notnull\" FROM sqlite_master m "
                     + "JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' "
                     + "ESCAPE '\\' AND upper(p.type) IN ('INTEGER', 'TEXT') ORDER BY m.name, p.cid")) {
            while (rs.next()) {
                String table = rs.getString(1);
                String column = rs.getString(2);
                // ballot_line's ballot_id is left out (100,000 rows for 2,000 ballots of 50, one test fewer a row):
                // one that is not a whole number leaves its ballot a line short, which the ballot read refuses.
                if (!(table.equals("ballot_line") && column.equals("ballot_id"))) {
                    String type = rs.getString(3).toLowerCase(Locale.ROOT);
                    columns.computeIfAbsent(table, t -> new ArrayList<>())
                            .add(new String[] {column, type, rs.getInt(4) == 1 ? "" : "null",
                                    type.equals("integer") && small(table, column) ? "small" : ""});
                }
            }
        }
        if (columns.isEmpty()) {
            return List.of();
        }
        // Then one count a table, all in one statement: an intact file stops there.
        StringBuilder sql = new StringBuilder();
        for (Map.Entry<String, List<String[]>> t : columns.entrySet()) {
            sql.append(sql.length() == 0 ? "" : " UNION ALL ").append("SELECT ").append(literal(t.getKey()))
                    .append(", count(*) FROM ").append(quoted(t.getKey())).append(" WHERE ");
            List<String[]> cols = t.getValue();
            for (int i = 0; i < cols.size(); i++) {
                sql.append(i > 0 ? " OR " : "").append(odd(cols.get(i)));
                if (!cols.get(i)[3].isEmpty()) {
                    sql.append(" OR ").append(tooLarge(cols.get(i)[0]));
                }
            }
        }
        List<String> touched = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            while (rs.next()) {
                if (rs.getLong(2) > 0) {
                    touched.add(rs.getString(1));
                }
            }
        }
        List<Problem> out = new ArrayList<>();
        for (String table : touched) {
            for (String[] col : columns.get(table)) {
                long odd = count(c, "SELECT count(*) FROM " + quoted(table) + " WHERE " + odd(col));
                if (odd > 0) {
                    out.add(Problem.of("error.verify.storedType", table, col[0], odd,
                            Problem.of("error.verify.type." + col[1])));
                }
                long large = col[3].isEmpty() ? 0
                        : count(c, "SELECT count(*) FROM " + quoted(table) + " WHERE " + tooLarge(col[0]));
                if (large > 0) {
                    out.add(Problem.of("error.verify.storedRange", table, col[0], large));
                }
            }
        }
        return out;
    }

    /**
     * Whether tinnhiem reads the column as a Java {@code int} (a count, a number on a ballot, a place in a list):
     * every INTEGER column but the keys ({@code id}, {@code …_id}) and the log's {@code seq}. A whole number beyond
     * an {@code int} stored there from outside (4,294,967,305 for 9 ballots issued) reads back as another number
     * (9), with which every check agrees. ballot_line is left out: a line or a mark that large is refused when the
     * ballots are read (its marks are read as text, its lines checked to be 1 to n in SQLite), and its 100,000
     * rows would pay for the test.
     */
    private static boolean small(String table, String column) {
        return !column.equals("id") && !column.endsWith("_id") && !table.equals("ballot_line")
                && !(table.equals("audit_event") && column.equals("seq"));
    }

    /** A whole number stored in the column beyond what a Java {@code int} holds. */
    private static String tooLarge(String column) {
        return "(typeof(" + quoted(column) + ") = 'integer' AND " + quoted(column)
                + " NOT BETWEEN -2147483648 AND 2147483647)";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * The test for a value of another type in a column ({name, type, "null" when NULL is allowed}). A column
     * declared NOT NULL is tested against its type alone: one comparison a row rather than a list, which on
     * ballot_line's 100,000 lines is about a fifth of the pass. (SQLite lets no NULL into such a column, even
     * with its checks switched off; a schema edited to allow one says so in this same list.)
     */
    private static String odd(String[] col) {
        return col[2].isEmpty() ? "typeof(" + quoted(col[0]) + ") <> '" + col[1] + "'"
                : "typeof(" + quoted(col[0]) + ") NOT IN ('" + col[1] + "', 'null')";
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
