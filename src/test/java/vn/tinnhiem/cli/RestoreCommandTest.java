package vn.tinnhiem.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.store.Backups;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/** {@code tinnhiem restore} on real files: lists backups, restores one after confirming, refuses what it must. */
class RestoreCommandTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("hop.db");
    }

    /** One run with {@code input} as what the user types. */
    private CliRun run(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), o, e, dir);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void newMeeting(String title) {
        CliRun r = CliRun.run(dir, "new", "--db", db().toString(), "--title", title, "--summoned", "3",
                "--present", "3", "--roster", NewCommandTest.SAMPLE.toString());
        assertEquals(0, r.code(), r::toString);
    }

    private List<String> titles() {
        try (JdbiStore store = Database.open(db(), Clock.systemDefaultZone())) {
            return store.meetings().stream().map(m -> m.title()).toList();
        }
    }

    private List<Backups.Backup> backups() {
        return Backups.of(db(), Clock.systemDefaultZone()).list();
    }

    @Test
    void withNoBackupItSaysSoAndExitsZero() {
        CliRun r = run("", "restore", "--db", db().toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Chưa có bản sao lưu nào của " + db()), r::toString);
        assertFalse(Files.exists(db()), "listing creates no file");
    }

    @Test
    void newOnAFileThatHoldsAMeetingBacksItUpFirstAndRestoreListsIt() {
        newMeeting("Hội nghị thứ nhất");
        assertEquals(List.of(), backups(), "a new file is not backed up");
        newMeeting("Hội nghị thứ hai");
        List<Backups.Backup> all = backups();
        assertEquals(1, all.size());
        assertEquals(dir.resolve("backups"), all.get(0).path().getParent());
        assertTrue(all.get(0).name().matches("hop-\\d{8}-\\d{6}\\.db"), all.get(0).name());

        CliRun r = run("", "restore", "--db", db().toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Bản sao lưu của " + db() + " (thư mục " + dir.resolve("backups") + "), 1 bản"),
                r::toString);
        assertTrue(r.out().matches(
                "(?s).*\\n +1  hop-\\d{8}-\\d{6}\\.db  \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d  \\d+ KB\\n.*"),
                r::toString);
    }

    @Test
    void typingCoRestoresTheBackupAndKeepsTheReplacedFileAsABackup() {
        newMeeting("Hội nghị thứ nhất");
        newMeeting("Hội nghị thứ hai");
        String name = backups().get(0).name();
        CliRun r = run("có\n", "restore", "--db", db().toString(), "--backup", name);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Sẽ thay tệp " + db() + " bằng bản sao lưu " + name), r::toString);
        assertTrue(r.out().contains("Gõ “có” (hoặc “yes”) rồi Enter để đồng ý:"), r::toString);
        assertTrue(r.out().contains("Đã khôi phục " + db() + " từ bản sao lưu " + name), r::toString);
        assertTrue(r.out().contains("Tệp trước khi khôi phục được giữ tại " + dir.resolve("backups")), r::toString);
        assertEquals(List.of("Hội nghị thứ nhất"), titles());
        assertEquals(2, backups().size(), "the replaced file is one more backup");
    }

    @Test
    void anyOtherAnswerOrNoAnswerRestoresNothing() throws IOException {
        newMeeting("Hội nghị thứ nhất");
        newMeeting("Hội nghị thứ hai");
        byte[] before = Files.readAllBytes(db());
        for (String answer : new String[] {"không\n", "\n", ""}) {
            CliRun r = run(answer, "restore", "--db", db().toString(), "--backup", "1");
            assertEquals(1, r.code(), r::toString);
            assertTrue(r.err().contains("Chưa khôi phục: " + db() + " vẫn giữ nguyên."), r::toString);
            assertArrayEquals(before, Files.readAllBytes(db()));
            assertEquals(1, backups().size());
        }
    }

    @Test
    void yesSkipsTheQuestionAndEnglishIsSpokenWithLangEn() {
        newMeeting("Hội nghị thứ nhất");
        newMeeting("Hội nghị thứ hai");
        CliRun r = run("", "--lang", "en", "restore", "--db", db().toString(), "--backup", "1", "--yes");
        assertEquals(0, r.code(), r::toString);
        assertFalse(r.out().contains("Type \"yes\""), r::toString);
        assertTrue(r.out().contains("Restored " + db() + " from the backup hop-"), r::toString);
        assertEquals(List.of("Hội nghị thứ nhất"), titles());
    }

    @Test
    void refusedWhileAnotherCopyHasTheFileOpenWhichGoesOn() throws IOException {
        newMeeting("Hội nghị thứ nhất");
        newMeeting("Hội nghị thứ hai");
        try (JdbiStore open = Database.open(db(), Clock.systemDefaultZone())) {
            CliRun r = run("có\n", "restore", "--db", db().toString(), "--backup", "1");
            assertEquals(1, r.code(), r::toString);
            assertTrue(r.err().contains("Tệp " + db() + " đang được một bản tinnhiem khác ghi (mở qua " + db() + ")"), r::toString);
            assertFalse(r.out().contains("Gõ “có”"), "refused before asking: " + r);
            assertEquals(2, open.meetings().size());
        }
        assertEquals(List.of("Hội nghị thứ nhất", "Hội nghị thứ hai"), titles());
        assertEquals(1, backups().size());
    }

    @Test
    void refusedWhileTheScreenOfAnotherProcessHasTheFileOpen() throws Exception {
        newMeeting("Hội nghị thứ nhất");
        newMeeting("Hội nghị thứ hai");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process other = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                HoldOpen.class.getName(), db().toString()).redirectErrorStream(true).start();
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.startsWith("OPEN"));
            assertEquals("OPEN 2", line, "the other copy opened the file");
            // Opening, the other copy notes its path in the file; from then on the refused restore changes nothing.
            byte[] before = Files.readAllBytes(db());
            CliRun r = run("có\n", "--lang", "en", "restore", "--db", db().toString(), "--backup", "1");
            assertEquals(1, r.code(), r::toString);
            assertTrue(r.err().contains("The file " + db() + " is being written by another copy of tinnhiem (opened through " + db() + ")"), r::toString);
            assertArrayEquals(before, Files.readAllBytes(db()));
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(20, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
        assertEquals(List.of("Hội nghị thứ nhất", "Hội nghị thứ hai"), titles());
    }

    @Test
    void aDamagedBackupIsRefusedNamingItAndTheFileIsLeftAsItWas() throws IOException {
        newMeeting("Hội nghị thứ nhất");
        newMeeting("Hội nghị thứ hai");
        Path backup = backups().get(0).path();
        Files.write(backup, "SQLite format 3\0 and then nothing of use".getBytes(StandardCharsets.ISO_8859_1));
        byte[] before = Files.readAllBytes(db());
        CliRun r = run("", "restore", "--db", db().toString(), "--backup", "1", "--yes");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains(backup.toString()), r::toString);
        assertTrue(r.err().contains("bị hỏng"), r::toString);
        assertArrayEquals(before, Files.readAllBytes(db()));
    }

    @Test
    void anUnknownBackupIsAUsageError() {
        newMeeting("Hội nghị thứ nhất");
        CliRun r = run("", "restore", "--db", db().toString(), "--backup", "hop-19990101-000000.db");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("Không có bản sao lưu “hop-19990101-000000.db” của " + db()), r::toString);
    }

    @Test
    void aDeletedFileIsBroughtBack() throws IOException {
        newMeeting("Hội nghị thứ nhất");
        newMeeting("Hội nghị thứ hai");
        Files.delete(db());
        Files.deleteIfExists(Path.of(db() + "-wal"));
        Files.deleteIfExists(Path.of(db() + "-shm"));
        CliRun r = run("yes\n", "restore", "--db", db().toString(), "--backup", "1");
        assertEquals(0, r.code(), r::toString);
        assertFalse(r.out().contains("được giữ tại"), "nothing to keep: " + r);
        assertEquals(List.of("Hội nghị thứ nhất"), titles());
    }
}
