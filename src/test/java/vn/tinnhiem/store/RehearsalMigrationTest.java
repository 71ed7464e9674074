package vn.tinnhiem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.AuditChain;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.AuditKind;

/**
 * A file written before rounds had settings (schema 3, with an audit log) upgrades: every entry is kept with its
 * hash, the chain stays intact and append-only, old rounds read as real rounds with tallies shown, and a real
 * closed round still cannot be deleted.
 */
class RehearsalMigrationTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:30:15Z"), ZoneOffset.ofHours(7));

    @TempDir
    Path dir;

    @Test
    void aSchema3FileUpgradesKeepingItsLogAndItsClosedRoundsReadOnly() throws Exception {
        Path file = dir.resolve("old.db");
        AuditEvent first = AuditChain.next(null, "t1", AuditKind.MEETING_CREATED, 1L, null, "title=Cũ");
        AuditEvent second = AuditChain.next(first, "t2", AuditKind.ROUND_OPENED, 1L, 1L, "round=1");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String script : List.of("V1__ballots.sql", "V2__rules.sql", "V3__audit.sql")) {
                try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
                    for (String st : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        s.execute(st);
                    }
                }
            }
            s.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            s.execute("PRAGMA user_version = 3");
            s.execute("INSERT INTO meeting (id, title, summoned, present, created_at) VALUES (1, 'Cũ', 10, 9, 't')");
            s.execute("INSERT INTO official (id, meeting_id, seq, full_name, position) VALUES (1, 1, 1, 'A', 'B')");
            s.execute("INSERT INTO round (id, meeting_id, seq, kind, issued, state, opened_at) "
                    + "VALUES (1, 1, 1, 'VOTE', 9, 'OPEN', 't')");
            s.execute("INSERT INTO round_official VALUES (1, 1, 1, 'A', 'B')");
            s.execute("UPDATE round SET state = 'CLOSED', collected = 0, base = 0 WHERE id = 1");
            for (AuditEvent e : List.of(first, second)) {
                s.execute("INSERT INTO audit_event VALUES (" + e.seq() + ", '" + e.time() + "', '" + e.kind()
                        + "', " + e.meetingId() + ", " + e.roundId() + ", '" + e.detail() + "', '" + e.prevHash()
                        + "', '" + e.hash() + "')");
            }
        }
        try (JdbiStore store = Database.open(file, CLOCK)) {
            assertThat(store.pragma("user_version")).isEqualTo(String.valueOf(Migrations.LATEST));
            assertThat(store.auditLog()).containsExactly(first, second);
            assertThat(store.round(1).rehearsal()).isFalse();
            assertThat(store.round(1).settings().hideTallies()).isFalse();
            assertThatThrownBy(() -> store.deleteRehearsal(1)).isInstanceOf(StoreException.class);
            store.recordExport(1, 1L, "x.html");
            assertThat(AuditChain.intact(store.auditLog())).isTrue();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("DELETE FROM round_official WHERE round_id = 1"))
                    .hasMessageContaining("round is closed");
            assertThatThrownBy(() -> s.execute("UPDATE audit_event SET detail = 'x' WHERE seq = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("INSERT INTO audit_event VALUES (9, 't', 'ROUND_DELETED', 1, 1, 'd', '"
                    + "0".repeat(64) + "', '" + "1".repeat(64) + "')")).hasMessageContaining("must follow");
        }
    }
}
