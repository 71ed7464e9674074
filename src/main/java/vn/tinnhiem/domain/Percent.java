package vn.tinnhiem.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share of a base, in percent, to two decimals rounded half up from exact integers (domain rule 6:
 * 22,565 → 22,57). Never computed through floating point.
 */
public record Percent(BigDecimal value) implements Comparable<Percent> {
    public static final Percent ZERO = new Percent(BigDecimal.ZERO.setScale(2));

    public Percent {
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** {@code count / base × 100}, half up to two decimals; zero when the base is zero. */
    public static Percent of(long count, long base) {
        if (count < 0 || base < 0) {
            throw new IllegalArgumentException("negative count or base");
        }
        if (base == 0) {
            return ZERO;
        }
        BigDecimal exact = BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100));
        return new Percent(exact.divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP));
    }

    /** "36,67" with a decimal comma, or "36.67" with a point. */
    public String format(char decimalSeparator) {
        String plain = value.toPlainString();
        return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
    }

    @Override
    public int compareTo(Percent other) {
        return value.compareTo(other.value);
    }
}
