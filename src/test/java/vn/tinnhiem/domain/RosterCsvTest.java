package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterCsvTest {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static List<OfficialDraft> ok(RosterImport imported) {
        assertTrue(imported.isOk(), () -> "problems: " + imported.problems());
        return imported.officials();
    }

    private static void assertProblems(RosterImport imported, LineProblem... expected) {
        assertFalse(imported.isOk());
        assertEquals(List.of(), imported.officials(), "a file with any problem imports nothing");
        assertEquals(List.of(expected), imported.problems());
    }

    private static LineProblem problem(int line, String key, Object... args) {
        return new LineProblem(line, Problem.of(key, args));
    }

    private static final String SEMICOLONS = """
            STT;Họ và tên;Chức vụ
            2;Trần Thị Bình;Phó Chủ tịch HĐND tỉnh
            1;Nguyễn Văn An;Chủ tịch HĐND tỉnh
            3;Lê Văn Cường;Trưởng ban Pháp chế
            """;

    private static final List<OfficialDraft> BY_STT = List.of(
            new OfficialDraft("Nguyễn Văn An", "Chủ tịch HĐND tỉnh"),
            new OfficialDraft("Trần Thị Bình", "Phó Chủ tịch HĐND tỉnh"),
            new OfficialDraft("Lê Văn Cường", "Trưởng ban Pháp chế"));

    @Test
    void semicolonSeparatedUtf8WithoutBomIsReadInSttOrder() {
        assertEquals(BY_STT, ok(RosterCsv.read(utf8(SEMICOLONS))));
    }

    @Test
    void utf8WithBomAsExcelSavesItIsReadTheSame() {
        assertEquals(BY_STT, ok(RosterCsv.read(concat(UTF8_BOM, utf8(SEMICOLONS)))));
    }

    @Test
    void windowsLineEndingsAreRead() {
        assertEquals(BY_STT, ok(RosterCsv.read(utf8(SEMICOLONS.replace("\n", "\r\n")))));
    }

    @Test
    void tabSeparatedIsRead() {
        assertEquals(BY_STT, ok(RosterCsv.read(utf8(SEMICOLONS.replace(';', '\t')))));
    }

    @Test
    void withoutSttTheFileOrderIsTheBallotOrder() {
        String csv = "Họ và tên,Chức vụ\nTrần Thị Bình,Phó Chủ tịch\nNguyễn Văn An,Chủ tịch\n";
        assertEquals(List.of(new OfficialDraft("Trần Thị Bình", "Phó Chủ tịch"),
                new OfficialDraft("Nguyễn Văn An", "Chủ tịch")), ok(RosterCsv.read(utf8(csv))));
    }

    @Test
    void quotedFieldsMayHoldTheSeparatorAndDoubledQuotes() {
        String csv = """
                STT,Họ và tên,Chức vụ
                1,"Nguyễn Văn An","Giám đốc Sở Tài chính, kiêm Phó Trưởng ban"
                2,Trần Thị Bình,"Chủ nhiệm ""Câu lạc bộ"" hưu trí"
                """;
        assertEquals(List.of(new OfficialDraft("Nguyễn Văn An", "Giám đốc Sở Tài chính, kiêm Phó Trưởng ban"),
                new OfficialDraft("Trần Thị Bình", "Chủ nhiệm \"Câu lạc bộ\" hưu trí")),
                ok(RosterCsv.read(utf8(csv))));
    }

    @Test
    void headerNamesAreMatchedWhateverTheirCaseOrNormalForm() {
        String csv = "  stt ; HỌ VÀ TÊN ; Chức vu\u0323\n1;Nguyễn Văn An;Chủ tịch\n";
        assertEquals(List.of(new OfficialDraft("Nguyễn Văn An", "Chủ tịch")), ok(RosterCsv.read(utf8(csv))));
    }

    @Test
    void namesAreCleanedToNfcWithSpacesCollapsed() {
        String csv = "Họ và tên;Chức vụ\n  Nguye\u0302\u0303n   Văn An ;Chủ tịch\n";
        assertEquals(List.of(new OfficialDraft("Nguy\u1EC5n Văn An", "Chủ tịch")), ok(RosterCsv.read(utf8(csv))));
    }

    @Test
    void blankLinesAreSkippedAndLineNumbersStillMatchTheEditor() {
        String csv = "\n\nHọ và tên;Chức vụ\n\nNguyễn Văn An;Chủ tịch\n   \n\nTrần Thị Bình\n\n";
        assertProblems(RosterCsv.read(utf8(csv)), problem(8, "error.csv.columns", 2, 1));
        String good = "\n\nHọ và tên;Chức vụ\n\nNguyễn Văn An;Chủ tịch\n   \n\nTrần Thị Bình;Phó Chủ tịch\n\n";
        assertEquals(2, ok(RosterCsv.read(utf8(good))).size());
    }

    @Test
    void rowsOfEmptyCellsAsExcelLeavesThemAreSkipped() {
        String csv = "STT;Họ và tên;Chức vụ\n1;Nguyễn Văn An;Chủ tịch\n;;\n ; ; \n";
        assertEquals(List.of(new OfficialDraft("Nguyễn Văn An", "Chủ tịch")), ok(RosterCsv.read(utf8(csv))));
    }

    @Test
    void aHeaderIsRequired() {
        String csv = "1;Nguyễn Văn An;Chủ tịch\n2;Trần Thị Bình;Phó Chủ tịch\n";
        assertProblems(RosterCsv.read(utf8(csv)), problem(1, "error.csv.header"));
    }

    @Test
    void anUnknownColumnIsRefused() {
        String csv = "STT;Họ và tên;Chức vụ;Ghi chú\n1;Nguyễn Văn An;Chủ tịch;\n";
        assertProblems(RosterCsv.read(utf8(csv)), problem(1, "error.csv.unknownColumn", "Ghi chú"));
    }

    @Test
    void everyLineWithMissingOrExtraColumnsIsReportedWithItsLineNumber() {
        String csv = """
                STT;Họ và tên;Chức vụ
                1;Nguyễn Văn An;Chủ tịch
                2;Trần Thị Bình
                3;Lê Văn Cường;Trưởng ban
                4;Phạm Thị Dung;Phó Trưởng ban;thừa
                5;Hoàng Văn Em;Ủy viên
                """;
        assertProblems(RosterCsv.read(utf8(csv)),
                problem(3, "error.csv.columns", 3, 2),
                problem(5, "error.csv.columns", 3, 4));
    }

    @Test
    void duplicateNamesAreRefusedWhateverTheirCase() {
        String csv = """
                Họ và tên;Chức vụ
                Nguyễn Văn An;Chủ tịch
                Trần Thị Bình;Phó Chủ tịch
                NGUYỄN VĂN AN;Ủy viên
                """;
        assertProblems(RosterCsv.read(utf8(csv)), problem(4, "error.csv.duplicateName", "NGUYỄN VĂN AN", 2));
    }

    @Test
    void duplicateAndNonNumericSttAreRefused() {
        String csv = """
                STT;Họ và tên;Chức vụ
                1;Nguyễn Văn An;Chủ tịch
                1;Trần Thị Bình;Phó Chủ tịch
                a;Lê Văn Cường;Ủy viên
                0;Phạm Thị Dung;Ủy viên
                """;
        assertProblems(RosterCsv.read(utf8(csv)),
                problem(3, "error.csv.duplicateOrder", 1, 2),
                problem(4, "error.csv.order", "a"),
                problem(5, "error.csv.order", "0"));
    }

    @Test
    void anEmptyNameOrPositionOrAnEmojiIsReportedOnItsLine() {
        String csv = "Họ và tên;Chức vụ\n ;Chủ tịch\nTrần Thị Bình; \nLê Văn 😀;Ủy viên\n";
        assertProblems(RosterCsv.read(utf8(csv)),
                problem(2, "error.csv.name", Problem.of("error.text.empty")),
                problem(3, "error.csv.position", Problem.of("error.text.empty")),
                problem(4, "error.csv.name", Problem.of("error.text.badChar", "U+1F600")));
    }

    @Test
    void windows1258BytesAreRefusedAsNotUtf8() {
        // "Nguyên" in Windows-1258: ê is the single byte 0xEA, which is not valid UTF-8 before 'n'
        byte[] legacy = concat(utf8("Ho va ten;Chuc vu\nNguy"), new byte[] {(byte) 0xEA}, utf8("n;Chu tich\n"));
        assertProblems(RosterCsv.read(legacy), problem(0, "error.csv.notUtf8"));
        if (Charset.isSupported("windows-1258")) {
            byte[] saved = "Ho va ten;Chuc vu\nNguyên Văn An;Chủ tịch\n".getBytes(Charset.forName("windows-1258"));
            assertProblems(RosterCsv.read(saved), problem(0, "error.csv.notUtf8"));
        }
    }

    @Test
    void utf16IsRefusedWhateverItsByteOrder() {
        String csv = "Họ và tên;Chức vụ\nNguyễn Văn An;Chủ tịch\n";
        assertProblems(RosterCsv.read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                csv.getBytes(StandardCharsets.UTF_16LE))), problem(0, "error.csv.utf16"));
        assertProblems(RosterCsv.read(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                csv.getBytes(StandardCharsets.UTF_16BE))), problem(0, "error.csv.utf16"));
    }

    @Test
    void anEmptyFileOrAHeaderAloneIsRefused() {
        assertProblems(RosterCsv.read(new byte[0]), problem(0, "error.csv.empty"));
        assertProblems(RosterCsv.read(utf8("\n \n")), problem(0, "error.csv.empty"));
        assertProblems(RosterCsv.read(concat(UTF8_BOM, utf8("Họ và tên;Chức vụ\n"))), problem(0, "error.csv.noRows"));
    }

    @Test
    void moreOfficialsThanOneRosterHoldsAreRefused() {
        StringBuilder csv = new StringBuilder("Họ và tên;Chức vụ\n");
        for (int i = 1; i <= RosterCsv.MAX_OFFICIALS + 1; i++) {
            csv.append("Người ").append(i).append(";Ủy viên\n");
        }
        assertProblems(RosterCsv.read(utf8(csv.toString())),
                problem(0, "error.csv.tooMany", RosterCsv.MAX_OFFICIALS + 1, RosterCsv.MAX_OFFICIALS));
    }

    @Test
    void aFullRosterOfTheLargestSizeIsAccepted() {
        StringBuilder csv = new StringBuilder("STT;Họ và tên;Chức vụ\n");
        for (int i = RosterCsv.MAX_OFFICIALS; i >= 1; i--) {
            csv.append(i).append(";Người ").append(i).append(";Ủy viên\n");
        }
        List<OfficialDraft> read = ok(RosterCsv.read(utf8(csv.toString())));
        assertEquals(RosterCsv.MAX_OFFICIALS, read.size());
        assertEquals("Người 1", read.get(0).fullName());
        assertEquals("Người 500", read.get(499).fullName());
    }
}
