package vn.tinnhiem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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

class ResultCsvTest {
    static final Meeting MEETING = new Meeting(7, new MeetingDetails("Hội nghị \"đặc biệt\", lần 2", "", "", "",
            10, 10, List.of()));

    @Test
    void fieldsAreQuotedOnlyWhenRfc4180NeedsIt() {
        assertEquals("Nguyễn Văn An", CsvWriter.quote("Nguyễn Văn An"));
        assertEquals("\"Ủy viên, Giám đốc Sở\"", CsvWriter.quote("Ủy viên, Giám đốc Sở"));
        assertEquals("\"Bí danh \"\"Ba\"\"\"", CsvWriter.quote("Bí danh \"Ba\""));
        assertEquals("\"a\nb\"", CsvWriter.quote("a\nb"));
        assertEquals("\"a\rb\"", CsvWriter.quote("a\rb"));
        assertEquals("", CsvWriter.quote(""));
    }

    @Test
    void everyRowHasAsManyFieldsAsTheHeaderForBothKinds() {
        List<Official> officials = List.of(new Official(1, 1, "Lê Văn Bình", "Chủ tịch, Bí thư"),
                new Official(2, 2, "Phạm Thị Cúc", "Phó Chủ tịch"));
        Round vote = new Round(3, 7, 1, RoundKind.VOTE, officials, 10, 4, RoundState.CLOSED);
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            ballots.add(new Ballot(i, i, BallotStatus.VALID, List.of(Mark.level(i % 2 + 1), Mark.level(2)), false,
                    null));
        }
        RoundResult result = RoundResult.of(vote, Tally.count(RoundKind.VOTE, 2, ballots));
        String csv = ResultCsv.render(List.of(new MeetingResults(MEETING, List.of(result))));
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size());
        assertEquals(String.join(",", ResultCsv.HEADER), lines.get(0));
        assertEquals("7,\"Hội nghị \"\"đặc biệt\"\", lần 2\",3,1,vote,closed,10,4,4,4,0,0,4,1,1,Lê Văn Bình,"
                + "\"Chủ tịch, Bí thư\",,,2,50.00,,,2,50.00,0,0.00,,nq96_2023,ballots_collected,"
                + "confidence,2,50.00,no_confidence,2,50.00,,,,,,,,,", lines.get(1));
        assertEquals("7,\"Hội nghị \"\"đặc biệt\"\", lần 2\",3,1,vote,closed,10,4,4,4,0,0,4,2,2,Phạm Thị Cúc,"
                + "Phó Chủ tịch,,,0,0.00,,,4,100.00,0,0.00,no_confidence_over_half,nq96_2023,ballots_collected,"
                + "confidence,0,0.00,no_confidence,4,100.00,,,,,,,,,", lines.get(2));
        assertEquals(28 + 2 + 15, ResultCsv.HEADER.size());
    }

    @Test
    void noMeetingGivesTheHeaderAlone() {
        assertEquals(String.join(",", ResultCsv.HEADER) + "\n", ResultCsv.render(List.of()));
    }
}
