package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.i18n.Messages;

class RecountTest {
    private static Ballot valid(int number, int... levels) {
        return new Ballot(number, number, BallotStatus.VALID,
                java.util.Arrays.stream(levels).mapToObj(Mark::level).toList(), false, null, null);
    }

    private static Tally count(Ballot... ballots) {
        return Tally.count(RoundKind.RATING, 3, List.of(ballots));
    }

    @Test
    void aRecountEqualToTheRunningTallyPasses() {
        Tally t = count(valid(1, 1, 2, 3), valid(2, 1, 1, 1));
        Checked<Tally> ok = Recount.matches(t, count(valid(1, 1, 2, 3), valid(2, 1, 1, 1)));
        assertTrue(ok.isOk());
        assertEquals(t, ok.value());
    }

    @Test
    void aMarkThatChangedIsRefusedWithTheOfficialTheLevelAndBothCounts() {
        Tally running = count(valid(1, 1, 2, 3), valid(2, 1, 1, 1));
        Tally recounted = count(valid(1, 1, 2, 3), valid(2, 1, 3, 1)); // official 2: level 1 → level 3
        Checked<Tally> refused = Recount.matches(running, recounted);
        assertEquals(Problem.of("close.recount.differs", Problem.of("close.recount.level", 2, 1, 1L, 0L), 2),
                refused.problem());
    }

    @Test
    void aBallotMissingFromTheFileIsCountedAsEveryDifferenceItMakes() {
        Tally running = count(valid(1, 1, 2, 3), valid(2, 1, 1, 1));
        Tally recounted = count(valid(1, 1, 2, 3));
        Problem p = Recount.matches(running, recounted).problem();
        assertEquals("close.recount.differs", p.key());
        assertEquals(Problem.of("close.recount.valid", 2L, 1L), p.args().get(0));
        assertEquals(4, p.args().get(1)); // valid ballots, and level 1 of each of the three officials
    }

    @Test
    void theRefusalReadsInBothLanguages() {
        Problem p = Recount.matches(count(valid(1, 1, 2, 3), valid(2, 1, 1, 1)),
                count(valid(1, 1, 2, 3), valid(2, 1, 3, 1))).problem();
        assertEquals("Chưa đóng vòng: đếm lại khác lúc nhập ở 2 chỗ, đầu tiên người số 2, mức 1: lúc nhập 1, "
                + "đếm lại 0. Không có gì được ghi; hãy mở lại vòng (đọc lại từ tệp) và đối chiếu phiếu giấy.",
                Messages.vietnamese().get(p));
        assertEquals("Not closed: the recount differs from the entry tally in 2 places, first official no. 2, "
                + "level 1: 1 entered, 0 recounted. Nothing was written; open the round again (read from the file) "
                + "and check the paper.", Messages.english().get(p));
    }
}
