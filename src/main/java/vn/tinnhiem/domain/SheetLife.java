package vn.tinnhiem.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where a round's tally sheet stands, from its entries in order (docs/tally-sheet.md draws the same states).
 * Keyed once ({@link Counting#TALLY_SHEET}): {@link NotEntered}, then {@link Keyed}, the latest entry counting.
 * Keyed twice ({@link Counting#TALLY_SHEET_TWICE}): {@link NotEntered}, {@link EnteredOnce} (the second reader
 * types without seeing the first's numbers), then {@link Agreed} or {@link InConflict}; a further reading of the
 * sheet settles a conflict ({@link Resolved}), the readings before it staying in the record. Whether the control
 * totals hold is asked of the sheet that counts ({@link #closing}).
 */
public sealed interface SheetLife {
    /** No entry yet. */
    record NotEntered() implements SheetLife {
    }

    /** Keyed once: the latest entry counts; earlier ones (a sheet corrected and keyed again) stay in the record. */
    record Keyed(SheetEntry latest, int entries) implements SheetLife {
    }

    /** Twice: the first reader's entry, waiting for the second's. */
    record EnteredOnce(SheetEntry first) implements SheetLife {
    }

    /** Twice: both readers keyed the same numbers in every place. */
    record Agreed(SheetEntry first, SheetEntry second) implements SheetLife {
    }

    /** Twice: the readers differ in these places; the sheet is to be read again. */
    record InConflict(SheetEntry first, SheetEntry second, List<SheetCell> differing) implements SheetLife {
        public InConflict {
            differing = List.copyOf(differing);
        }
    }

    /**
     * Twice: the sheet read again after the first two readings ({@code differing}: where they disagreed, empty when
     * they agreed on a sheet the control totals refused); the latest reading counts.
     */
    record Resolved(SheetEntry first, SheetEntry second, SheetEntry reading, List<SheetCell> differing)
            implements SheetLife {
        public Resolved {
            differing = List.copyOf(differing);
        }
    }

    /** The state reached by these entries, oldest first, under the round's way of counting. */
    static SheetLife of(Counting counting, List<SheetEntry> entries) {
        if (entries.isEmpty()) {
            return new NotEntered();
        }
        SheetEntry latest = entries.get(entries.size() - 1);
        if (counting != Counting.TALLY_SHEET_TWICE) {
            return new Keyed(latest, entries.size());
        }
        if (entries.size() == 1) {
            return new EnteredOnce(latest);
        }
        SheetEntry first = entries.get(0);
        SheetEntry second = entries.get(1);
        List<SheetCell> differing = first.sheet().differences(second.sheet());
        if (entries.size() == 2) {
            return differing.isEmpty() ? new Agreed(first, second) : new InConflict(first, second, differing);
        }
        return new Resolved(first, second, latest, differing);
    }

    /** The sheet the round's result is taken from, once there is one. */
    default Optional<TallySheet> counted() {
        if (this instanceof Keyed k) {
            return Optional.of(k.latest().sheet());
        }
        if (this instanceof Agreed a) {
            return Optional.of(a.first().sheet());
        }
        if (this instanceof Resolved r) {
            return Optional.of(r.reading().sheet());
        }
        return Optional.empty();
    }

    /** How many entries the sheet has; the next one is pass {@code entries() + 1}. */
    default int entries() {
        if (this instanceof Keyed k) {
            return k.entries();
        }
        if (this instanceof Resolved r) {
            return r.reading().pass();
        }
        if (this instanceof EnteredOnce) {
            return 1;
        }
        return this instanceof NotEntered ? 0 : 2;
    }

    /**
     * Whether one more entry may be saved: always before the sheet counts and, keyed once, to correct it; keyed
     * twice, once the readers agree (or a reading settled them) only when the control totals refuse the sheet
     * (the committee corrected the paper and it is read again).
     */
    default Checked<Integer> entering(int roundIssued) {
        boolean settled = this instanceof Agreed || this instanceof Resolved;
        if (settled && ControlTotals.hold(counted().orElseThrow(), roundIssued)) {
            return Checked.refused("sheet.entry.settled");
        }
        return Checked.ok(entries() + 1);
    }

    /**
     * The sheet the round closes on: refused while none counts (not keyed, the second reading missing, the readers
     * in conflict) or while any control total fails (the first named, with how many).
     */
    default Checked<TallySheet> closing(int roundIssued) {
        return closing(roundIssued, List.of());
    }

    /** As {@link #closing(int)}, a failing official's line named from the round's officials, in sheet order. */
    default Checked<TallySheet> closing(int roundIssued, List<Official> officials) {
        if (this instanceof NotEntered) {
            return Checked.refused("sheet.close.notEntered");
        }
        if (this instanceof EnteredOnce) {
            return Checked.refused("sheet.close.secondMissing");
        }
        if (this instanceof InConflict c) {
            return Checked.refused("sheet.close.conflict", c.differing().size());
        }
        TallySheet sheet = counted().orElseThrow();
        List<Problem> failing = ControlTotals.check(sheet, roundIssued, officials);
        if (!failing.isEmpty()) {
            return Checked.refused("sheet.close.totals", failing.size(), failing.get(0));
        }
        return Checked.ok(sheet);
    }
}
