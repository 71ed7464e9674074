package vn.tinnhiem.domain;

/**
 * A share as an exact fraction: reached when count/base is over {@code numerator/denominator}, or at least it
 * when inclusive. Tested in integers (2L &gt; N is "over one half"; 3L ≥ 2N is "two thirds or more").
 */
public record Threshold(int numerator, int denominator, boolean inclusive) {
    public static final Threshold OVER_HALF = new Threshold(1, 2, false);
    public static final Threshold TWO_THIRDS_OR_MORE = new Threshold(2, 3, true);
    /** NQ 35/2012/QH13: more than two thirds (3L &gt; 2M), strictly. */
    public static final Threshold OVER_TWO_THIRDS = new Threshold(2, 3, false);

    public Threshold {
        if (denominator < 1 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("not a share: " + numerator + "/" + denominator);
        }
    }

    public boolean reached(long count, long base) {
        if (base <= 0) {
            return false;
        }
        long left = count * denominator;
        long right = (long) numerator * base;
        return inclusive ? left >= right : left > right;
    }

    /** "&gt;1/2" or "≥2/3", as the chair types it and as it is stored. */
    public String text() {
        return (inclusive ? "≥" : ">") + numerator + "/" + denominator;
    }

    /** Reads "&gt;1/2", "&gt;=2/3", "≥ 2/3" or "2/3" (taken as ≥). */
    public static Checked<Threshold> parse(String raw) {
        String s = raw == null ? "" : raw.replace(" ", "");
        boolean inclusive = true;
        if (s.startsWith("≥") || s.startsWith(">=")) {
            s = s.substring(s.startsWith("≥") ? 1 : 2);
        } else if (s.startsWith(">")) {
            inclusive = false;
            s = s.substring(1);
        }
        String[] parts = s.split("/");
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()
                || !(parts[0] + parts[1]).chars().allMatch(Character::isDigit) || s.length() > 9) {
            return Checked.refused("error.threshold.format", raw == null ? "" : raw.strip());
        }
        int num = Integer.parseInt(parts[0]);
        int den = Integer.parseInt(parts[1]);
        if (den < 1 || num < 1 || num > den) {
            return Checked.refused("error.threshold.format", raw.strip());
        }
        return Checked.ok(new Threshold(num, den, inclusive));
    }
}
