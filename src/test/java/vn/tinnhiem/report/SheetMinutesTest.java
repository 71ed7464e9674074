package vn.tinnhiem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.cli.Golden;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.SheetCell;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.TallySheet;
import vn.tinnhiem.i18n.Messages;

/** The minutes of a round counted from tally sheets say so and print the control totals it closed on. */
class SheetMinutesTest {
    /** The fixture's round, counted from its tally sheet keyed twice: the same numbers, taken from the sheet. */
    static Minutes sheetRound() {
        Minutes ballots = MinutesFixture.rating();
        Round r = ballots.result().round();
        Round round = new Round(r.id(), r.meetingId(), r.number(), r.kind(), r.officials(), r.issued(), r.collected(),
                r.state(), r.form(), r.base(), new RoundSettings(false, false, Counting.TALLY_SHEET_TWICE));
        var t = ballots.result().tally();
        TallySheet sheet = new TallySheet(48, 47, t.validBallots(), t.invalidBallots(), t.lines());
        List<SheetEntry> entries = List.of(new SheetEntry(1, sheet),
                new SheetEntry(2, sheet.with(new SheetCell(0, SheetCell.COLLECTED), 46).with(new SheetCell(3, 2), 31)),
                new SheetEntry(3, sheet));
        return new Minutes(ballots.meeting(), RoundResult.of(round, sheet.tally(round.kind())), List.of(),
                ballots.opened(), ballots.closed(), ballots.fingerprint(), ballots.made(), null, java.util.Map.of(),
                entries);
    }

    @Test
    void theTextSaysHowTheRoundWasCountedAndPrintsTheControlTotals() throws Exception {
        String text = MinutesText.render(sheetRound(), Messages.vietnamese());
        assertThat(text).contains("nhập số tổng từ bảng tổng hợp kiểm phiếu hai lần")
                .contains("Phiếu hợp lệ + không hợp lệ = 45 + 2 = 47; phiếu thu về 47; phiếu phát ra 48.")
                .contains("Các tổng kiểm tra đều đúng.")
                .contains("hai lần nhập khác nhau ở 2 ô (Thu về; Lê Văn Ngữ (dòng 3) · TN thấp); bảng giấy được đọc lại, lần nhập 3"
                        + " được tính.");
        Golden.assertMatches("minutes-sheet-vi.txt", text);
    }

    @Test
    void htmlAndCsvCarryTheSameTotals() throws Exception {
        Golden.assertMatches("minutes-sheet-vi.html", MinutesHtml.render(sheetRound(), Messages.vietnamese()));
        Golden.assertMatches("minutes-sheet-en.html", MinutesHtml.render(sheetRound(), Messages.english()));
        String csv = MinutesCsv.render(sheetRound(), Messages.vietnamese());
        assertThat(csv).contains("30 + 10 + 4 + 1 = 45 = phiếu hợp lệ");
        Golden.assertMatches("minutes-sheet-vi.csv", csv);
    }

    @Test
    void aBallotRoundsMinutesHaveNoControlTotals() {
        assertThat(MinutesText.render(MinutesFixture.rating(), Messages.vietnamese()))
                .doesNotContain("Tổng kiểm tra của bảng");
    }
}
