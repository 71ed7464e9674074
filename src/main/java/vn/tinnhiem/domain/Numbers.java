package vn.tinnhiem.domain;

/**
 * Counts typed by the chair: whole numbers from 0 up to {@link #MAX}, digits only. The largest body seen rates
 * with about 500 voters; the bound only stops a slip of the finger from becoming a count.
 */
public final class Numbers {
    public static final int MAX = 100_000;

    private Numbers() {
    }

    public static Checked<Integer> count(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            return Checked.refused("error.number.empty");
        }
        if (s.startsWith("-")) {
            return Checked.refused("error.number.negative");
        }
        if (!s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Checked.refused("error.number.digits", s);
        }
        String digits = s.replaceFirst("^0+(?=.)", ""); // "0042" is 42, not a number too large
        if (digits.length() > 6 || Integer.parseInt(digits) > MAX) {
            return Checked.refused("error.number.tooBig", MAX);
        }
        return Checked.ok(Integer.parseInt(digits));
    }
}
