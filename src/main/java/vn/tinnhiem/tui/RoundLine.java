package vn.tinnhiem.tui;

import java.util.List;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.DoubleEntry;
import vn.tinnhiem.domain.DoubleEntryProgress;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Reading;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundCount;
import vn.tinnhiem.domain.SheetLife;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Store;

/**
 * A round as the meeting screen lists it: the round and its count so far. {@code readings}: for an open
 * double-entry round with readings kept, where they stand (its tally holds only the ballots agreed, so "0 entered"
 * would hide the work done); else {@code null}. {@code sheet}: for a round counted from tally sheets, where its
 * sheet stands (no ballot is entered in such a round, so "0 entered" would say nothing); else {@code null}.
 */
public record RoundLine(Round round, Tally tally, DoubleEntryProgress readings, int readingsKept, SheetLife sheet,
                        Problem unreadable) {
    public RoundLine(Round round, Tally tally) {
        this(round, tally, null, 0, null);
    }

    public RoundLine(Round round, Tally tally, DoubleEntryProgress readings, int readingsKept, SheetLife sheet) {
        this(round, tally, readings, readingsKept, sheet, null);
    }

    /**
     * A round whose ballots or sheets no longer read back (edited from outside), or whose own row does not (a count
     * stored beyond what tinnhiem writes: then listed from what does, {@link Store#listedRound}, no officials and no
     * counts): listed, said so, the meeting's other rounds still open. Opening it refuses with the reason.
     */
    static RoundLine unreadable(Round round, Problem why) {
        return new RoundLine(round, null, null, 0, null, why);
    }

    static RoundLine of(Store store, Round r, Tally tally) {
        if (r.settings().counting().fromTallySheets()) {
            return new RoundLine(r, tally, null, 0, RoundCount.sheet(r, store.sheets().of(r)));
        }
        if (!r.isOpen() || r.settings().counting() != Counting.DOUBLE_ENTRY) {
            return new RoundLine(r, tally);
        }
        Integer numbered = store.readings().numbered(r.id());
        if (numbered == null) {
            return new RoundLine(r, tally);
        }
        List<Reading> readings = store.readings().readings(r.id());
        return new RoundLine(r, tally, DoubleEntry.progress(readings, numbered), readings.size(), null);
    }

    /** The round's counts as the list shows them, after its kind: issued, then what was keyed so far. */
    String counts(Messages m) {
        if (unreadable != null) {
            // a round listed from a row that did not read has no officials, and no count to trust
            return round.officials().isEmpty() ? m.get("ui.round.unreadableRow")
                    : m.get("ui.round.unreadable", round.issued());
        }
        if (readings != null) {
            return m.get("de.round.readings", round.issued(), readingsKept, readings.settled(), readings.numbered());
        }
        if (sheet == null) {
            return m.get("ui.round.issuedEntered", round.issued(), tally.entered());
        }
        if (!round.isOpen()) {
            return m.get("ui.round.sheet.closed", round.issued(), round.collected() == null ? 0 : round.collected());
        }
        int issued = round.issued();
        if (sheet instanceof SheetLife.Keyed k) {
            return m.get("ui.round.sheet.Keyed", issued, k.entries());
        }
        if (sheet instanceof SheetLife.EnteredOnce) {
            return m.get("ui.round.sheet.EnteredOnce", issued);
        }
        if (sheet instanceof SheetLife.Agreed) {
            return m.get("ui.round.sheet.Agreed", issued);
        }
        if (sheet instanceof SheetLife.InConflict c) {
            return m.get("ui.round.sheet.InConflict", issued, c.differing().size());
        }
        if (sheet instanceof SheetLife.Resolved r) {
            return m.get("ui.round.sheet.Resolved", issued, r.reading().pass());
        }
        return m.get("ui.round.sheet.NotEntered", issued);
    }
}
