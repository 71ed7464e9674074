package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The control totals a tally sheet must satisfy before its round may close (the committee's own cross-checks,
 * and the identities of the minutes: valid + invalid = collected ≤ issued, NQ 96/2023/QH15 art. 19, QĐ 96 art. 6):
 * <ul>
 * <li>for each official, the levels plus the invalid lines equal the valid ballots (every valid ballot carries
 * exactly one line for each official, rule 3);</li>
 * <li>valid plus invalid ballots equal the ballots collected;</li>
 * <li>the ballots collected are no more than those issued;</li>
 * <li>the ballots issued on the sheet are those the round was opened with (the number announced in the room before
 * the count; a sheet that says otherwise is a sheet of another count, or misread).</li>
 * </ul>
 * Each failing total is one {@link Problem} naming the total, both sides and the difference (left minus right,
 * signed). Nothing here rounds or divides: whole numbers only.
 */
public final class ControlTotals {
    private ControlTotals() {
    }

    /** Every failing total, in sheet order; empty when the sheet holds. Officials are named by their line. */
    public static List<Problem> check(TallySheet sheet, int roundIssued) {
        return check(sheet, roundIssued, List.of());
    }

    /**
     * As {@link #check(TallySheet, int)}, each official's line named by the official's name with its line number
     * when {@code officials} (the round's, in sheet order) has one for it.
     */
    public static List<Problem> check(TallySheet sheet, int roundIssued, List<Official> officials) {
        List<Problem> out = new ArrayList<>();
        if (sheet.issued() != roundIssued) {
            out.add(Problem.of("sheet.total.issued", sheet.issued(), roundIssued,
                    signed(sheet.issued() - (long) roundIssued)));
        }
        long counted = (long) sheet.valid() + sheet.invalid();
        if (counted != sheet.collected()) {
            out.add(Problem.of("sheet.total.collected", sheet.valid(), sheet.invalid(), counted, sheet.collected(),
                    signed(counted - sheet.collected())));
        }
        if (sheet.collected() > sheet.issued()) {
            out.add(Problem.of("sheet.total.overIssued", sheet.collected(), sheet.issued(),
                    signed((long) sheet.collected() - sheet.issued())));
        }
        for (int i = 0; i < sheet.officials(); i++) {
            LineCount line = sheet.lines().get(i);
            long sum = line.marked() + line.invalid();
            if (sum != sheet.valid()) {
                out.add(i < officials.size()
                        ? Problem.of("sheet.total.lineNamed", officials.get(i).fullName(), i + 1, sum, sheet.valid(),
                        signed(sum - sheet.valid()))
                        : Problem.of("sheet.total.line", i + 1, sum, sheet.valid(), signed(sum - sheet.valid())));
            }
        }
        return out;
    }

    public static boolean hold(TallySheet sheet, int roundIssued) {
        return check(sheet, roundIssued).isEmpty();
    }

    /** "+1", "-2": a difference as the committee reads it, the same in every language. */
    static String signed(long difference) {
        return difference > 0 ? "+" + difference : String.valueOf(difference);
    }
}
