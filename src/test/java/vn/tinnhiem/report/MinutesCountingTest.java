package vn.tinnhiem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.i18n.Messages;

/**
 * Ballots are voided at entry only in a round keyed ballot by ballot: the minutes of a round counted by double
 * entry or from tally sheets leave that count out (text, HTML; an empty cell in the CSV), those of a ballot round
 * keep it.
 */
class MinutesCountingTest {
    @TempDir
    Path dir;

    private Minutes doubleEntry() {
        MinutesDoubleEntryTest de = new MinutesDoubleEntryTest();
        de.dir = dir;
        return de.closedRound();
    }

    @Test
    void roundsNotKeyedBallotByBallotHaveNoBallotsVoidedAtEntry() {
        for (Minutes minutes : new Minutes[] {SheetMinutesTest.sheetRound(), doubleEntry()}) {
            assertThat(MinutesText.render(minutes, Messages.vietnamese())).contains("Cách kiểm phiếu")
                    .doesNotContain("Số phiếu nhập nhầm đã huỷ");
            assertThat(MinutesText.render(minutes, Messages.english())).doesNotContainIgnoringCase("voided at entry");
            assertThat(MinutesHtml.render(minutes, Messages.vietnamese())).doesNotContain("Số phiếu nhập nhầm đã huỷ");
            String row = MinutesCsv.render(minutes, Messages.english()).lines().skip(1).findFirst().orElseThrow();
            // issued, collected, valid, invalid, then the empty voided cell before the base
            assertThat(row).containsPattern(",9,\\d+,\\d+,\\d+,,\\d+,|,48,47,\\d+,\\d+,,\\d+,");
        }
    }

    @Test
    void aBallotRoundStillCountsItsVoidedBallots() {
        Minutes ballots = MinutesFixture.rating();
        assertThat(MinutesText.render(ballots, Messages.vietnamese())).contains("Số phiếu nhập nhầm đã huỷ");
        assertThat(MinutesHtml.render(ballots, Messages.vietnamese())).contains("Số phiếu nhập nhầm đã huỷ");
    }
}
