package vn.tinnhiem.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Forward-only schema migrations. The schema version is SQLite's {@code user_version}; each script
 * {@code db/V<n>__*.sql} takes the file from version n-1 to n inside one transaction. A file from a newer
 * tinnhiem (a version above {@link #LATEST}) is never opened for writing.
 */
final class Migrations {
    /** Marks a file as tinnhiem's in its header ("TNHM"), so a foreign SQLite file is told apart. */
    static final int APPLICATION_ID = 0x544E484D;

    private static final List<String> SCRIPTS = List.of("V1__ballots.sql", "V2__rules.sql", "V3__audit.sql",
            "V4__meeting_at_close.sql", "V5__replacement.sql", "V6__rehearsal.sql", "V7__counting.sql",
            "V8__double_entry.sql",
            "V9__tally_sheet.sql");

    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    static void migrate(Handle handle) {
        int version = handle.createQuery("PRAGMA user_version").mapTo(Integer.class).one();
        for (int next = version + 1; next <= LATEST; next++) {
            String sql = read(SCRIPTS.get(next - 1));
            int target = next;
            handle.useTransaction(h -> {
                for (String statement : statements(sql)) {
                    h.execute(statement);
                }
                h.execute("PRAGMA application_id = " + APPLICATION_ID);
                h.execute("PRAGMA user_version = " + target);
            });
        }
    }

    /** Splits a script on blank lines that follow a semicolon, dropping comment-only chunks. */
    static List<String> statements(String script) {
        return java.util.Arrays.stream(script.split(";\\s*\\n\\s*\\n"))
                .map(chunk -> chunk.lines().filter(l -> !l.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + b + "\n").strip())
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
