package vn.tinnhiem.cli.bench;

import java.util.Locale;

/**
 * One row of the budget table: what tinnhiem took, what its anchor took in the same run, and the budget, a ratio
 * to the anchor (or, with no anchor, an absolute figure in the row's unit).
 *
 * @param id         stable name for scripts, e.g. {@code commit.p99}
 * @param label      the row's message key; {@code args} fill it
 * @param measured   tinnhiem's figure ({@code NaN} when it could not be measured)
 * @param anchor     the anchor's figure, or {@code NaN} for an absolute budget
 * @param budget     the largest ratio allowed (or the largest figure, with no anchor)
 * @param unit       {@code ms} or {@code MB}
 */
public record BenchRow(String id, String label, Object[] args, double measured, double anchor, double budget,
                       String unit) {

    public boolean hasAnchor() {
        return !Double.isNaN(anchor);
    }

    public double ratio() {
        return hasAnchor() ? measured / anchor : Double.NaN;
    }

    /** Within budget; false when either figure is missing. */
    public boolean within() {
        double v = hasAnchor() ? ratio() : measured;
        return !Double.isNaN(v) && v <= budget;
    }

    /** The machine-readable line: {@code bench id=… measured=… anchor=… unit=… ratio=… budget=… within=yes|no}. */
    public String machineLine() {
        return String.format(Locale.ROOT, "bench id=%s measured=%s anchor=%s unit=%s ratio=%s budget=%s within=%s",
                id, num(measured), num(anchor), unit, num(ratio()), num(budget), within() ? "yes" : "no");
    }

    static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
