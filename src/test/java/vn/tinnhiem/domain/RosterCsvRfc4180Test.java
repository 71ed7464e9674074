package vn.tinnhiem.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Quoted cells as Excel writes them, line breaks included; names in one script. */
class RosterCsvRfc4180Test {
    private static RosterImport read(String text) {
        return RosterCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLineBreakInAQuotedCellIsPartOfTheCellAndLineNumbersStayTrue() {
        RosterImport r = read("STT,Họ và tên,Chức vụ\r\n1,Nguyễn Văn An,\"Phó Chủ tịch\r\nTrưởng ban\"\r\n"
                + "2,\"Trần Thị \"\"Bé\"\" Ba\",Ủy viên\r\n");
        assertThat(r.isOk()).as(r.problems().toString()).isTrue();
        assertThat(r.officials().get(0).position()).isEqualTo("Phó Chủ tịch Trưởng ban");
        assertThat(r.officials().get(1).fullName()).isEqualTo("Trần Thị \"Bé\" Ba");
        RosterImport bad = read("Họ và tên,Chức vụ\n\"A,\nb\",c\nD\n");
        assertThat(bad.problems()).extracting(LineProblem::line).containsExactly(4);
    }

    @Test
    void aQuoteLeftOpenIsSaidSo() {
        RosterImport r = read("Họ và tên,Chức vụ\nNguyễn Văn An,\"Chủ tịch\nLê Văn Bình,Ủy viên\n");
        assertThat(r.problems()).extracting(p -> p.problem().key()).containsExactly("files.csv.unclosedQuote");
        assertThat(r.problems().get(0).line()).isEqualTo(2);
    }

    @Test
    void aNameWithACyrillicLetterAmongLatinOnesIsRefused() {
        String cyrillicA = "\u0430";
        RosterImport r = read("Họ và tên,Chức vụ\nNguyễn Văn An,Chủ tịch\nNguyễn Văn " + cyrillicA + "n,Phó Chủ tịch\n");
        assertThat(r.isOk()).isFalse();
        assertThat(r.problems().get(0).line()).isEqualTo(3);
        assertThat(r.problems().get(0).problem().args().get(0).toString()).contains("files.name.mixedScripts");
        assertThat(TextRules.personName("Иван Петров").isOk()).isTrue();
        assertThat(TextRules.personName("Nguyễn Thị Ánh-Tuyết").isOk()).isTrue();
        assertThat(TextRules.personName("Ngô " + cyrillicA).problem().key()).isEqualTo("files.name.mixedScripts");
    }
}
