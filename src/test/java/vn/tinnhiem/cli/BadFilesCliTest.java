package vn.tinnhiem.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files tinnhiem must refuse, through the command line as a user runs it: a clear message that names the file,
 * a non-zero exit, and the file left byte for byte as it was, with nothing created beside it.
 */
class BadFilesCliTest {
    @TempDir
    Path dir;

    private static final String CSV =
            "STT,Họ và tên,Chức vụ\n1,Nguyễn Văn An,Chủ tịch\n2,Trần Thị Bích Ngọc,Phó Chủ tịch\n";

    private CliRun newMeeting(Path db, Path roster) {
        return CliRun.run(dir, "new", "--db", db.toString(), "--title", "Hội nghị", "--summoned", "10",
                "--present", "9", "--roster", roster.toString());
    }

    /** A data file that is not a usable tinnhiem file, of the given kind. */
    private Path badDataFile(String kind) throws Exception {
        Path f = dir.resolve(kind + ".db");
        switch (kind) {
            case "empty" -> Files.createFile(f);
            case "random" -> {
                byte[] noise = new byte[16384];
                new Random(4).nextBytes(noise);
                Files.write(f, noise);
            }
            case "damaged" -> {
                byte[] bytes = new byte[8192];
                new Random(5).nextBytes(bytes);
                byte[] header = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(header, 0, bytes, 0, header.length);
                Files.write(f, bytes);
            }
            case "foreign" -> sql(f, "CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)",
                    "INSERT INTO invoice (total) VALUES (12.5)");
            case "newer" -> sql(f, "PRAGMA application_id = " + 0x544E484D, "PRAGMA user_version = 99",
                    "CREATE TABLE meeting (id INTEGER PRIMARY KEY)");
            default -> throw new IllegalArgumentException(kind);
        }
        return f;
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private void assertNothingBeside(Path f) {
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            assertFalse(Files.exists(Path.of(f + suffix)), suffix);
        }
        assertFalse(Files.exists(dir.resolve("backups")), "no backup of a refused file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "random", "damaged", "foreign", "newer"})
    void reportRefusesABadDataFileNamingItAndLeavesItAsItWas(String kind) throws Exception {
        Path f = badDataFile(kind);
        byte[] before = Files.readAllBytes(f);
        for (String lang : new String[] {"vi", "en"}) {
            CliRun r = CliRun.run(dir, "--lang", lang, "report", "--db", f.toString());
            assertEquals(1, r.code(), r::toString);
            assertTrue(r.err().contains(f.toString()), r::toString);
            assertEquals("", r.out(), r::toString);
            assertFalse(r.err().contains("Exception"), r::toString);
            assertArrayEquals(before, Files.readAllBytes(f));
        }
        assertNothingBeside(f);
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "random", "damaged", "foreign", "newer"})
    void newRefusesABadDataFileNamingItAndLeavesItAsItWas(String kind) throws Exception {
        Path f = badDataFile(kind);
        Path roster = Files.writeString(dir.resolve("ds.csv"), CSV);
        byte[] before = Files.readAllBytes(f);
        CliRun r = newMeeting(f, roster);
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("Tệp " + f + " "), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
        assertArrayEquals(before, Files.readAllBytes(f));
        assertNothingBeside(f);
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "random", "damaged", "foreign", "newer"})
    void theRefusalSaysWhatIsWrong(String kind) throws Exception {
        Path f = badDataFile(kind);
        String expected = switch (kind) {
            case "empty" -> "rỗng, không phải dữ liệu tinnhiem";
            case "random" -> "không phải dữ liệu tinnhiem (không phải tệp SQLite)";
            case "damaged" -> "bị hỏng";
            case "foreign" -> "là cơ sở dữ liệu của chương trình khác";
            case "newer" -> "do phiên bản tinnhiem mới hơn tạo (lược đồ 99";
            default -> throw new IllegalArgumentException(kind);
        };
        CliRun r = CliRun.run(dir, "report", "--db", f.toString());
        assertTrue(r.err().contains(expected), r::toString);
    }

    @Test
    void aRosterOfTenThousandRowsIsRefusedByTheLimitAndNothingIsCreated() throws IOException {
        int rows = 10_000;
        StringBuilder csv = new StringBuilder("STT;Họ và tên;Chức vụ\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i).append(";Người thứ ").append(i).append(";Ủy viên\n");
        }
        Path roster = Files.writeString(dir.resolve("muoi-nghin.csv"), csv, StandardCharsets.UTF_8);
        Path db = dir.resolve("hop.db");
        CliRun r = newMeeting(db, roster);
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("Danh sách " + roster + " có 1 lỗi nên chưa nhập ai và chưa tạo hội nghị"),
                r::toString);
        assertTrue(r.err().contains("Có 10000 người, quá giới hạn 500 người một danh sách."), r::toString);
        assertFalse(Files.exists(db), "nothing is created");
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1258", "UTF-16LE", "UTF-16BE"})
    void aRosterInALegacyOrUtf16EncodingIsRefusedClearlyAndNothingIsCreated(String charset) throws IOException {
        Path roster = dir.resolve("ds-" + charset + ".csv");
        byte[] bytes;
        if ("windows-1258".equals(charset)) {
            byte[] text = Charset.isSupported(charset) ? CSV.getBytes(Charset.forName(charset))
                    : new byte[] {'H', 'o', ',', 'C', '\n', (byte) 0xD0, (byte) 0xEA, 'n', ',', 'x', '\n'};
            bytes = text;
        } else {
            // as Excel and Notepad save "Unicode" text: with a byte order mark
            byte[] bom = "UTF-16LE".equals(charset) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] text = CSV.getBytes(Charset.forName(charset));
            bytes = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, bytes, 0, bom.length);
            System.arraycopy(text, 0, bytes, bom.length, text.length);
        }
        Files.write(roster, bytes);
        Path db = dir.resolve("hop.db");
        for (String lang : List.of("vi", "en")) {
            CliRun r = CliRun.run(dir, "--lang", lang, "new", "--db", db.toString(), "--title", "Hội nghị",
                    "--summoned", "10", "--present", "9", "--roster", roster.toString());
            assertEquals(1, r.code(), r::toString);
            assertTrue(r.err().contains(roster.toString()), r::toString);
            String why = charset.startsWith("UTF-16")
                    ? ("vi".equals(lang) ? "Tệp được lưu dạng UTF-16" : "saved as UTF-16")
                    : ("vi".equals(lang) ? "Tệp không phải UTF-8" : "not UTF-8");
            assertTrue(r.err().contains(why), r::toString);
            assertNotEquals(0, r.code());
            assertFalse(Files.exists(db), "nothing is created");
        }
    }
}
