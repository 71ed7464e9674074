package vn.tinnhiem.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinnhiem.domain.Problem;

/**
 * The triggers that keep closed rounds and the audit log from being changed, against those tinnhiem makes
 * ({@code db/triggers.sql}, kept equal to a new file's by a test). Dropping them is the first step of any edit from
 * outside, and the screen would go on writing the file without them: {@code verify} names each one missing, changed
 * or added.
 */
final class Triggers {
    private static final String HEADER = "-- trigger ";
    /** Up to this many missing triggers are named one a line; more are named together. */
    private static final int MISSING_NAMED = 3;

    private Triggers() {
    }

    static List<Problem> check(Connection c) throws SQLException {
        Map<String, String[]> expected = expected();
        Map<String, String[]> found = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
                     + "ORDER BY name")) {
            while (rs.next()) {
                found.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        List<Problem> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        expected.forEach((name, e) -> {
            String[] f = found.get(name);
            if (f == null) {
                missing.add(name);
            } else if (!e[1].equals(f[1])) {
                out.add(Problem.of("error.verify.triggerChanged", name, e[0]));
            }
        });
        if (missing.size() > MISSING_NAMED) {
            // all of them dropped at once, as an edit from outside usually begins: one line, not thirty
            out.add(0, Problem.of("error.verify.triggersMissing", missing.size(), String.join(", ", missing)));
        } else {
            for (int i = 0; i < missing.size(); i++) {
                out.add(i, Problem.of("error.verify.triggerMissing", missing.get(i), expected.get(missing.get(i))[0]));
            }
        }
        found.forEach((name, f) -> {
            if (!expected.containsKey(name)) {
                out.add(Problem.of("error.verify.triggerAdded", name, f[0]));
            }
        });
        return out;
    }

    /** Name → (table, SQL) of every trigger a file of this version has, as SQLite keeps its text. */
    static Map<String, String[]> expected() {
        String text;
        try (InputStream in = Triggers.class.getResourceAsStream("/db/triggers.sql")) {
            if (in == null) {
                throw new IllegalStateException("db/triggers.sql is missing from the program");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String part : text.split("(?m)^" + HEADER)) {
            if (part.isBlank()) {
                continue;
            }
            int eol = part.indexOf('\n');
            String[] head = part.substring(0, eol).strip().split(" ");
            String sql = part.substring(eol + 1);
            out.put(head[0], new String[] {head[1], sql.endsWith("\n") ? sql.substring(0, sql.length() - 1) : sql});
        }
        return out;
    }
}
