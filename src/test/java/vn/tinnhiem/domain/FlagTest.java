package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlagTest {

    @ParameterizedTest(name = "rating N={0} L={1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "60, 0, none",
            "60, 30, none",               // exactly half is not more than half
            "60, 31, LOW_OVER_HALF",      // 2L = 62 > 60
            "60, 39, LOW_OVER_HALF",      // 3L = 117 < 120
            "60, 40, LOW_TWO_THIRDS",     // 3L = 120 >= 120: two thirds exactly
            "60, 60, LOW_TWO_THIRDS",
            "61, 30, none",
            "61, 31, LOW_OVER_HALF",      // 62 > 61
            "61, 40, LOW_OVER_HALF",      // 120 < 122
            "61, 41, LOW_TWO_THIRDS",     // 123 >= 122
            "3, 2, LOW_TWO_THIRDS",
            "1, 1, LOW_TWO_THIRDS",
            "2, 1, none",
    })
    void ratingFlagsFollowTheIntegerTestsOfNq96(long collected, long low, Flag expected) {
        assertEquals(expected, Flag.of(RoundKind.RATING, low, collected));
    }

    @ParameterizedTest(name = "vote N={0} K={1} -> {2}")
    @CsvSource(nullValues = "none", value = {
            "60, 30, none",
            "60, 31, NO_CONFIDENCE_OVER_HALF",
            "60, 40, NO_CONFIDENCE_OVER_HALF", // a vote has no two-thirds flag
            "61, 30, none",
            "61, 31, NO_CONFIDENCE_OVER_HALF",
    })
    void voteFlagsWhenMoreThanHalfVoteNoConfidence(long collected, long noConfidence, Flag expected) {
        assertEquals(expected, Flag.of(RoundKind.VOTE, noConfidence, collected));
    }

    @Test
    void nothingCollectedRaisesNoFlag() {
        assertNull(Flag.of(RoundKind.RATING, 0, 0));
        assertNull(Flag.of(RoundKind.VOTE, 0, 0));
    }

    @Test
    void theFlaggedLevelIsTheLastLevelOfTheBallot() {
        assertEquals(3, RoundKind.RATING.flaggedLevel());
        assertEquals(2, RoundKind.VOTE.flaggedLevel());
    }
}
