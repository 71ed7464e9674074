package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.tinnhiem.domain.Fixtures.closedRound;
import static vn.tinnhiem.domain.Fixtures.invalid;
import static vn.tinnhiem.domain.Fixtures.level;
import static vn.tinnhiem.domain.Fixtures.openRound;
import static vn.tinnhiem.domain.Fixtures.repeat;
import static vn.tinnhiem.domain.Fixtures.valid;
import static vn.tinnhiem.domain.Fixtures.voided;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundResultTest {

    /** 60 collected: 22 high, 6 confidence, 31 low and one line left blank. */
    private static List<Ballot> sixtyBallots() {
        List<Ballot> ballots = new ArrayList<>();
        ballots.addAll(repeat(22, 1, level(1)));
        ballots.addAll(repeat(6, 23, level(2)));
        ballots.addAll(repeat(31, 29, level(3)));
        ballots.add(valid(60, Mark.BLANK));
        return ballots;
    }

    @Test
    void sharesAreTakenOverBallotsCollectedAndRoundedHalfUp() {
        Round round = closedRound(RoundKind.RATING, 1, 62, 60);
        Tally tally = Tally.count(RoundKind.RATING, 1, sixtyBallots());

        RoundResult result = RoundResult.of(round, tally);

        assertEquals(60, result.base());
        OfficialResult row = result.officials().get(0);
        assertEquals(new LineCount(new long[] {22, 6, 31}, 1), row.count());
        assertEquals(List.of("36,67", "10,00", "51,67"),
                row.levelShares().stream().map(p -> p.format(',')).toList());
        assertEquals("1,67", row.invalidShare().format(','));
        assertEquals(Flag.LOW_OVER_HALF, row.flag());
    }

    @Test
    void sharesOfOneOfficialAddUpToLessThanHundredWhenALineIsInvalid() {
        RoundResult result = RoundResult.of(closedRound(RoundKind.RATING, 1, 60, 60),
                Tally.count(RoundKind.RATING, 1, sixtyBallots()));
        long hundredths = result.officials().get(0).levelShares().stream()
                .mapToLong(p -> p.value().unscaledValue().longValueExact()).sum();
        assertEquals(9834, hundredths); // 36.67 + 10.00 + 51.67
    }

    @Test
    void oneLowMarkIn800BallotsIs0_13Percent() {
        List<Ballot> ballots = new ArrayList<>(repeat(799, 1, level(1)));
        ballots.add(valid(800, level(3)));
        RoundResult result = RoundResult.of(closedRound(RoundKind.RATING, 1, 800, 800),
                Tally.count(RoundKind.RATING, 1, ballots));
        OfficialResult row = result.officials().get(0);
        assertEquals("99,88", row.levelShares().get(0).format(','));
        assertEquals("0,13", row.levelShares().get(2).format(','));
        assertNull(row.flag());
    }

    @Test
    void baseIsBallotsCollectedOnceClosedEvenWithWholeInvalidBallots() {
        List<Ballot> ballots = new ArrayList<>(repeat(8, 1, level(2)));
        ballots.add(invalid(9));
        ballots.add(invalid(10));
        RoundResult result = RoundResult.of(closedRound(RoundKind.VOTE, 1, 10, 10),
                Tally.count(RoundKind.VOTE, 1, ballots));
        assertEquals(10, result.base());
        // 8 of 10 collected, not 8 of 8 valid
        assertEquals("80,00", result.officials().get(0).levelShares().get(1).format(','));
        assertEquals(Flag.NO_CONFIDENCE_OVER_HALF, result.officials().get(0).flag());
    }

    @Test
    void baseIsTheRecordedCollectedNumberNotTheBallotsEnteredWhenClosed() {
        Round round = closedRound(RoundKind.RATING, 1, 100, 90);
        Tally tally = Tally.count(RoundKind.RATING, 1, repeat(45, 1, level(3)));
        RoundResult result = RoundResult.of(round, tally);
        assertEquals(90, result.base());
        assertEquals("50,00", result.officials().get(0).levelShares().get(2).format(','));
        assertNull(result.officials().get(0).flag()); // 2 x 45 = 90 is not more than 90
    }

    @Test
    void whileOpenTheBaseIsTheBallotsEnteredWithVoidedOnesLeftOut() {
        List<Ballot> ballots = new ArrayList<>(repeat(3, 1, level(3)));
        ballots.add(invalid(4));
        ballots.add(voided(valid(5, level(1)), "nhập nhầm"));
        RoundResult result = RoundResult.of(openRound(RoundKind.RATING, 1, 50),
                Tally.count(RoundKind.RATING, 1, ballots));
        assertEquals(4, result.base());
        assertEquals("75,00", result.officials().get(0).levelShares().get(2).format(','));
        assertEquals(Flag.LOW_TWO_THIRDS, result.officials().get(0).flag());
    }

    @Test
    void everyOfficialOnTheBallotGetsARowInBallotOrder() {
        Round round = closedRound(RoundKind.RATING, 3, 2, 2);
        Tally tally = Tally.count(RoundKind.RATING, 3, List.of(
                valid(1, level(1), level(2), level(3)),
                valid(2, level(1), Mark.SEVERAL, level(3))));
        RoundResult result = RoundResult.of(round, tally);
        assertEquals(round.officials(), result.officials().stream().map(OfficialResult::official).toList());
        assertEquals(Flag.LOW_TWO_THIRDS, result.officials().get(2).flag());
        assertEquals("50,00", result.officials().get(1).invalidShare().format(','));
    }

    @Test
    void aRoundWithNothingCollectedShowsZerosAndNoFlag() {
        RoundResult result = RoundResult.of(openRound(RoundKind.RATING, 2, 10),
                Tally.count(RoundKind.RATING, 2, List.of()));
        assertEquals(0, result.base());
        for (OfficialResult row : result.officials()) {
            assertEquals(List.of(Percent.ZERO, Percent.ZERO, Percent.ZERO), row.levelShares());
            assertNull(row.flag());
        }
    }
}
