package vn.tinnhiem.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code db/triggers.sql} is what a file of this version holds, whether made new or upgraded from an old schema:
 * {@code verify} names any trigger that differs, so a file tinnhiem made must never differ.
 */
class TriggersTest {
    @TempDir
    Path dir;

    private static List<?> check(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return Triggers.check(c);
        }
    }

    @Test
    void aNewFileHasExactlyTheListedTriggers() throws Exception {
        Path file = dir.resolve("new.db");
        Database.open(file, Clock.systemUTC()).close();
        assertThat(check(file)).as("db/triggers.sql against a new file's triggers (SELECT name, tbl_name, sql FROM "
                + "sqlite_master WHERE type = 'trigger'): write it again from a new file when a migration changes them")
                .isEmpty();
        assertThat(Triggers.expected()).hasSizeGreaterThan(20);
    }

    @Test
    void aFileUpgradedFromSchema2HasThemToo() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String script : List.of("V1__ballots.sql", "V2__rules.sql")) {
                try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
                    for (String st : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        s.execute(st);
                    }
                }
            }
            s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            s.execute("PRAGMA user_version = 2");
        }
        Database.open(file, Clock.systemUTC()).close();
        assertThat(check(file)).isEmpty();
    }
}
