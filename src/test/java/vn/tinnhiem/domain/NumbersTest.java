package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tinnhiem.domain.Fixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @Test
    void digitsAreReadAsACount() {
        assertEquals(0, Numbers.count("0").value());
        assertEquals(42, Numbers.count(" 42 ").value());
        assertEquals(Numbers.MAX, Numbers.count("100000").value());
    }

    @Test
    void leadingZerosDoNotMakeANumberTooLarge() {
        assertEquals(42, Numbers.count("0000042").value());
        assertEquals(0, Numbers.count("00000000").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyIsRefused(String raw) {
        assertRefused(Numbers.count(raw), "error.number.empty");
    }

    @Test
    void nullIsRefusedAsEmpty() {
        assertRefused(Numbers.count(null), "error.number.empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0", " -5 "})
    void negativeIsRefused(String raw) {
        assertRefused(Numbers.count(raw), "error.number.negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12a", "1.5", "1,5", "+5", "1 000", "٤٢", "４２", "0x10"})
    void anythingButAsciiDigitsIsRefused(String raw) {
        assertRefused(Numbers.count(raw), "error.number.digits", raw.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"100001", "999999", "1000000", "2147483648", "99999999999999999999999999"})
    void hugeNumbersAreRefused(String raw) {
        assertRefused(Numbers.count(raw), "error.number.tooBig", Numbers.MAX);
    }
}
