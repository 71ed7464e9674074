package vn.tinnhiem.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.tinnhiem.domain.Fixtures.invalid;
import static vn.tinnhiem.domain.Fixtures.level;
import static vn.tinnhiem.domain.Fixtures.valid;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private final Round round = Fixtures.closedRound(RoundKind.RATING, 2, 5, 3);
    private final List<Ballot> ballots = List.of(valid(1, level(1), level(3)), invalid(2),
            valid(3, Mark.BLANK, level(2)));

    @Test
    void isSixtyFourHexDigitsAndDependsOnNothingButTheData() {
        String fp = Fingerprint.of(round, ballots);
        assertThat(fp).matches("[0-9a-f]{64}");
        assertEquals(fp, Fingerprint.of(round, List.of(ballots.get(2), ballots.get(0), ballots.get(1))));
    }

    @Test
    void canonicalTextNamesRulesOfficialsEveryBallotAndTheCounts() {
        String text = Fingerprint.canonical(round, ballots);
        assertThat(text).startsWith("tinnhiem-fingerprint-1\nform=kind=RATING\\spreset=NQ96_2023")
                .contains("round=1;kind=RATING;issued=5;collected=3;base=3\n")
                .contains("official=1;1;Người số 1;Chức vụ 1\n")
                .contains("ballot=1;VALID;0;;1,3\n").contains("ballot=2;INVALID;0;;\n")
                .contains("ballot=3;VALID;0;;0,2\n")
                .contains("count=2;1;0\n").contains("line=1;1,0,0,1\n").contains("line=2;0,1,1,0\n");
    }

    @Test
    void aVoidAndItsReasonChangeIt() {
        String before = Fingerprint.of(round, ballots);
        List<Ballot> voided = new ArrayList<>(ballots);
        voided.set(1, Fixtures.voided(ballots.get(1), "nhập nhầm"));
        String after = Fingerprint.of(round, voided);
        assertNotEquals(before, after);
        voided.set(1, Fixtures.voided(ballots.get(1), "đọc nhầm"));
        assertNotEquals(after, Fingerprint.of(round, voided));
    }

    @Test
    void groupedInFoursOnOneOrTwoLines() {
        String hex = "3f9a07c1" + "0".repeat(48) + "deadbeef";
        assertEquals("3f9a 07c1 0000", Fingerprint.grouped(hex).substring(0, 14));
        assertEquals(79, Fingerprint.grouped(hex).length());
        List<String> lines = Fingerprint.groupedLines(hex, 8);
        assertEquals(2, lines.size());
        assertEquals("3f9a 07c1 0000 0000 0000 0000 0000 0000", lines.get(0));
        assertThat(lines.get(1)).endsWith("dead beef");
    }
}
