package vn.tinnhiem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.RoundState;
import vn.tinnhiem.domain.Tally;

/** No export writes a cell a spreadsheet would run as a formula: every CSV goes through one writer. */
class CsvFormulaGuardTest {
    @Test
    void namesStartingWithAFormulaSignAreGuardedInReportCsv() {
        List<Official> officials = List.of(new Official(1, 1, "=HYPERLINK(\"http://x\")", "+Chủ tịch"),
                new Official(2, 2, "-Lê Văn", "@Phó"));
        Round r = new Round(3, 7, 1, RoundKind.VOTE, officials, 1, 1, RoundState.CLOSED);
        List<Ballot> ballots = List.of(new Ballot(1, 1, BallotStatus.VALID, List.of(Mark.level(1), Mark.level(2)),
                false, null));
        RoundResult result = RoundResult.of(r, Tally.count(RoundKind.VOTE, 2, ballots));
        Meeting meeting = new Meeting(7, new MeetingDetails("=1+1", "", "", "", 10, 10, List.of()));
        String csv = ResultCsv.render(List.of(new MeetingResults(meeting, List.of(result))));
        assertThat(csv).contains(",'=1+1,", "\"'=HYPERLINK(\"\"http://x\"\")\"", ",'+Chủ tịch,", ",'-Lê Văn,",
                ",'@Phó,");
        for (String line : csv.split("\n")) {
            for (String cell : line.split(",")) {
                assertThat(cell).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }
    }

    @Test
    void theGuardLeavesOrdinaryTextAndNumbersAlone() {
        assertThat(CsvWriter.guard("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
        assertThat(CsvWriter.guard("36.67")).isEqualTo("36.67");
        assertThat(CsvWriter.guard("\tx")).isEqualTo("'\tx");
        assertThat(CsvWriter.guard("")).isEmpty();
    }
}
