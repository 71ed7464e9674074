package vn.tinnhiem.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.Flag;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.RoundState;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.i18n.Messages;

class ResultTextTest {

    @Test
    void aLetterWithCombiningMarksTakesOneColumn() {
        String nfc = "Nguyễn Đức Thắng";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertTrue(nfd.length() > nfc.length());
        assertEquals(TextTable.width(nfc), TextTable.width(nfd));
        String table = new TextTable(List.of(false, true)).row(List.of(nfd, "1")).row(List.of("An", "22")).render();
        List<String> lines = table.lines().toList();
        assertEquals(TextTable.width(lines.get(0)), TextTable.width(lines.get(1)));
    }

    @Test
    void anOpenRoundSaysItsBaseIsTheBallotsEnteredSoFar() {
        List<Official> officials = List.of(new Official(1, 1, "Lê Văn Bình", "Chủ tịch"));
        Round open = new Round(5, 1, 2, RoundKind.RATING, officials, 50, null, RoundState.OPEN);
        List<Ballot> ballots = List.of(
                new Ballot(1, 1, BallotStatus.VALID, List.of(Mark.level(3)), false, null),
                new Ballot(2, 2, BallotStatus.VALID, List.of(Mark.level(3)), false, null),
                new Ballot(3, 3, BallotStatus.INVALID, List.of(), false, null));
        RoundResult result = RoundResult.of(open, Tally.count(RoundKind.RATING, 1, ballots));
        Meeting meeting = new Meeting(1, new MeetingDetails("Hội nghị", "", "", "", 50, 48, List.of()));
        String vi = ResultText.render(List.of(new MeetingResults(meeting, List.of(result))), Messages.vietnamese());
        assertTrue(vi.contains("Vòng 2 (mã 5): Lấy phiếu tín nhiệm · đang mở"), vi);
        assertTrue(vi.contains("Phiếu phát ra: 50 · Thu về: chưa có · Hợp lệ: 2 · Không hợp lệ: 1 · Đã huỷ: 0"), vi);
        assertTrue(vi.contains("tỷ lệ tạm tính trên 3 phiếu đã nhập"), vi);
        assertTrue(vi.contains("2  66,67%"), vi);
        // No flag on provisional shares: two thirds "low" on the ballots entered so far is no finding of the rules.
        assertFalse(vi.contains("Từ hai phần ba trở lên tín nhiệm thấp"), vi);
        assertTrue(vi.lines().noneMatch(l -> l.endsWith(" ")), "no trailing spaces");
    }

    @Test
    void everyFlagLevelKindAndStateHasWordsInBothLanguages() {
        for (Messages m : List.of(Messages.vietnamese(), Messages.english())) {
            for (Flag f : Flag.values()) {
                RoundKind k = f == Flag.NO_CONFIDENCE_OVER_HALF ? RoundKind.VOTE : RoundKind.RATING;
                assertTrue(!m.flagName(vn.tinnhiem.domain.BallotForm.standard(k), f).isBlank(), f.name());
            }
            for (RoundKind k : RoundKind.values()) {
                assertTrue(m.has("report.kind." + k.name()));
                for (int level = 1; level <= k.levels(); level++) {
                    assertTrue(m.has("report.level." + k.name() + "." + level), k + " " + level);
                }
            }
            for (RoundState s : RoundState.values()) {
                assertTrue(m.has("report.state." + s.name()));
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameReportKeys() {
        assertEquals(keys("vi"), keys("en"));
    }

    private static Set<String> keys(String language) {
        ResourceBundle b = ResourceBundle.getBundle("i18n/report", Messages.of(language).locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new TreeSet<>(b.keySet());
    }
}
