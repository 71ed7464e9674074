package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.store.Database;

/** What used to come out as a stack trace or a misleading word now names the cause, and touches nothing. */
class ClearMessagesTest {
    @TempDir
    Path dir;

    private Path meeting() {
        Path db = dir.resolve("hop.db");
        try (var store = Database.open(db, Clock.systemUTC())) {
            store.createMeeting(new MeetingDetails("Kỳ họp", "", "", "25/11/2026", 10, 10, List.of()));
        }
        return db;
    }

    private static void sql(Path db, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void anUnknownRuleSetInTheFileIsNamed() throws Exception {
        Path db = meeting();
        sql(db, "DROP TRIGGER IF EXISTS meeting_no_update");
        sql(db, "UPDATE meeting SET rules = 'preset=NQ99_2030;whole=0;levels=;low=3;base=BALLOTS_COLLECTED;warn=;severe='");
        CliRun r = CliRun.run(dir, "report", "--db", db.toString());
        assertThat(r.code()).as(r.toString()).isNotZero();
        assertThat(r.err()).as(r.toString()).contains("quy định kiểm phiếu mà phiên bản này không biết")
                .contains("NQ99_2030").doesNotContain("Exception").doesNotContain("bất ngờ");
    }

    @Test
    void aSchemaVersionThatDisagreesWithTheTablesIsNamedAndTheFileLeftAlone() throws Exception {
        Path db = meeting();
        sql(db, "PRAGMA user_version = 1");
        byte[] before = Files.readAllBytes(db);
        // A command that writes (and so would upgrade the file): readers refuse an older file outright.
        CliRun r = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", "1", "--out",
                dir.resolve("bb.html").toString());
        assertThat(r.code()).as(r.toString()).isNotZero();
        assertThat(r.err()).as(r.toString()).contains("không khớp với các bảng").doesNotContain("SQLiteException")
                .doesNotContain("CREATE TABLE");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void minutesIntoAMissingFolderSaysTheFolderIsMissing() {
        Path db = meeting();
        CliRun r = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", "1", "--out",
                dir.resolve("khong-co/bien-ban.html").toString(), "--lang", "en");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).as(r.toString()).contains("There is no folder " + dir.resolve("khong-co"));
    }

    @Test
    void aFullDiskAndAReadOnlyFolderAreNotCalledDamaged() {
        var full = vn.tinnhiem.store.OpenFailuresProbe.explain(dir.resolve("a.db"),
                new java.sql.SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"));
        assertThat(full.key()).isEqualTo("files.db.diskFull");
        var ro = vn.tinnhiem.store.OpenFailuresProbe.explain(dir.resolve("a.db"),
                new AccessDeniedException(dir.resolve("a.db.lock").toString()));
        assertThat(ro.key()).isEqualTo("files.db.folderReadOnly");
        var bad = vn.tinnhiem.store.OpenFailuresProbe.explain(dir.resolve("a.db"),
                new java.sql.SQLException("[SQLITE_NOTADB] File opened that is not a database file"));
        assertThat(bad.key()).isEqualTo("error.db.damaged");
        var m = vn.tinnhiem.i18n.Messages.vietnamese();
        assertThat(m.get(full)).contains("đã đầy").contains("đừng khôi phục");
        assertThat(m.get(ro)).contains("Không ghi được vào thư mục " + dir);
    }
}
