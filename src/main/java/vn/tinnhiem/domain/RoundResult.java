package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of a round: every share is taken over the ballots collected (NQ 96/2023/QH15 art. 19(3),
 * QĐ 96-QĐ/TW art. 6), so an official's shares add up to less than 100% when lines or ballots were invalid.
 */
public record RoundResult(Round round, Tally tally, long base, List<OfficialResult> officials) {
    public RoundResult {
        officials = List.copyOf(officials);
    }

    /** Result over {@code base} ballots: the ballots collected once closed, the ballots entered while open. */
    public static RoundResult of(Round round, Tally tally, long base) {
        List<OfficialResult> rows = new ArrayList<>();
        BallotForm form = round.form();
        for (int i = 0; i < round.officials().size(); i++) {
            LineCount line = tally.line(i);
            List<Percent> shares = new ArrayList<>();
            for (int level = 1; level <= form.levels(); level++) {
                shares.add(Percent.of(line.level(level), base));
            }
            Flag flag = form.flag(line.level(form.flaggedLevel()), base);
            rows.add(new OfficialResult(round.officials().get(i), line, shares, Percent.of(line.invalid(), base),
                    flag));
        }
        return new RoundResult(round, tally, base, rows);
    }

    /**
     * The result as it stands: once closed, over the base fixed at closing (the ballots collected under NQ 96 and
     * QĐ 96; the members summoned under NQ 85…); while open, provisionally over the ballots entered.
     */
    public static RoundResult of(Round round, Tally tally) {
        long base = !round.isOpen() && round.base() != null ? round.base() : tally.entered();
        return of(round, tally, base);
    }
}
