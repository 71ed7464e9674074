package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void oneLowMarkOutOf800RoundsHalfUpTo0_13NotHalfEven() {
        // 1/800 = 0.125 %: half up gives 0.13, half even would give 0.12
        assertEquals(new BigDecimal("0.13"), Percent.of(1, 800).value());
        assertEquals("0,13", Percent.of(1, 800).format(','));
    }

    @Test
    void exactHalfAtTheThirdDecimalRoundsUp() {
        // 4513/20000 = 22.565 % exactly (domain rule 6: 22,565 -> 22,57)
        assertEquals("22,57", Percent.of(4513, 20000).format(','));
        // 0.625 %: half even would give 0.62
        assertEquals("0.63", Percent.of(1, 160).format('.'));
    }

    @Test
    void belowHalfAtTheThirdDecimalRoundsDown() {
        // 6/60 = 10 %; 1/3 = 33.333... %; 2/3 = 66.666... %
        assertEquals("10,00", Percent.of(6, 60).format(','));
        assertEquals("33,33", Percent.of(1, 3).format(','));
        assertEquals("66,67", Percent.of(2, 3).format(','));
    }

    @Test
    void formatsWithTheGivenDecimalSeparatorAndAlwaysTwoDecimals() {
        assertEquals("36,67", Percent.of(22, 60).format(','));
        assertEquals("36.67", Percent.of(22, 60).format('.'));
        assertEquals("100,00", Percent.of(60, 60).format(','));
        assertEquals("0,00", Percent.of(0, 60).format(','));
    }

    @Test
    void zeroBaseGivesZeroRatherThanDividingByZero() {
        assertEquals(Percent.ZERO, Percent.of(0, 0));
        assertEquals("0,00", Percent.of(0, 0).format(','));
    }

    @Test
    void negativeCountOrBaseIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Percent.of(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> Percent.of(1, -10));
    }

    @Test
    void aValueWithMoreThanTwoDecimalsIsNotSilentlyRounded() {
        assertThrows(ArithmeticException.class, () -> new Percent(new BigDecimal("12.345")));
    }

    @Test
    void comparesByValue() {
        assertEquals(0, Percent.of(1, 2).compareTo(new Percent(new BigDecimal("50"))));
        assertEquals(-1, Integer.signum(Percent.of(1, 3).compareTo(Percent.of(1, 2))));
    }
}
