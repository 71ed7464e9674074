package vn.tinnhiem.tui;

import java.util.List;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.DoubleEntry;
import vn.tinnhiem.domain.DoubleEntryProgress;
import vn.tinnhiem.domain.Reading;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.store.Store;

/**
 * A round as the meeting screen lists it: the round and its count so far. {@code readings}: for an open
 * double-entry round with readings kept, where they stand (its tally holds only the ballots agreed, so "0 entered"
 * would hide the work done); else {@code null}.
 */
public record RoundLine(Round round, Tally tally, DoubleEntryProgress readings, int readingsKept) {
    public RoundLine(Round round, Tally tally) {
        this(round, tally, null, 0);
    }

    static RoundLine of(Store store, Round r, Tally tally) {
        if (!r.isOpen() || r.settings().counting() != Counting.DOUBLE_ENTRY) {
            return new RoundLine(r, tally);
        }
        Integer numbered = store.readings().numbered(r.id());
        if (numbered == null) {
            return new RoundLine(r, tally);
        }
        List<Reading> readings = store.readings().readings(r.id());
        return new RoundLine(r, tally, DoubleEntry.progress(readings, numbered), readings.size());
    }
}
