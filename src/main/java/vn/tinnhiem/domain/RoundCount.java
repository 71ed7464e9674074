package vn.tinnhiem.domain;

import java.util.List;

/**
 * A round's count from what it holds: recounted from its ballots when they are keyed one by one, taken from the
 * tally sheet that counts ({@link SheetLife#counted()}) when the round is counted from the committee's sheets (an
 * empty count until there is one). The one place every screen, report and check asks for a round's tally, so that
 * no caller counts a sheet round's (absent) ballots.
 */
public final class RoundCount {
    private RoundCount() {
    }

    public static Tally tally(Round round, List<Ballot> ballots, List<SheetEntry> sheets) {
        if (!round.settings().counting().fromTallySheets()) {
            return Tally.count(round.form(), round.officials().size(), ballots);
        }
        return sheet(round, sheets).counted().map(s -> s.tally(round.kind()))
                .orElseGet(() -> Tally.count(round.form(), round.officials().size(), List.of()));
    }

    /** Where the round's sheet stands (always {@link SheetLife.NotEntered} for a round keyed ballot by ballot). */
    public static SheetLife sheet(Round round, List<SheetEntry> sheets) {
        return round.settings().counting().fromTallySheets() ? SheetLife.of(round.settings().counting(), sheets)
                : new SheetLife.NotEntered();
    }

    /**
     * Whether the round may close with {@code collected} ballots: for a sheet round, the sheet must count and hold
     * its control totals, and the ballots collected are the sheet's; then the usual rules of {@link RoundRules}.
     */
    public static Checked<Integer> closing(Round round, List<Ballot> ballots, List<SheetEntry> sheets, int collected) {
        if (round.isOpen() && round.settings().counting().fromTallySheets()) {
            Checked<TallySheet> sheet = sheet(round, sheets).closing(round.issued(), round.officials());
            if (!sheet.isOk()) {
                return sheet.map(s -> 0);
            }
            if (sheet.value().collected() != collected) {
                return Checked.refused("sheet.close.collected", collected, sheet.value().collected());
            }
        }
        return RoundRules.closing(round, tally(round, ballots, sheets), collected);
    }
}
