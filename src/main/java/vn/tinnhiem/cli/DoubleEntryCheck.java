package vn.tinnhiem.cli;

import java.util.List;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.ReadingCheck;
import vn.tinnhiem.domain.RoundCheck;
import vn.tinnhiem.store.StoreException;

/** {@code verify}'s check of a round's readings ({@link ReadingCheck}), added to the round's other differences. */
final class DoubleEntryCheck {
    private DoubleEntryCheck() {
    }

    static RoundCheck with(RoundCheck c, vn.tinnhiem.store.StoreReads store, List<Ballot> ballots, List<AuditEvent> events) {
        List<Problem> found;
        try {
            long id = c.round().id();
            found = ReadingCheck.check(c.round(), store.storedReadings(id), ballots, store.ballotSerials(id), events);
        } catch (IllegalArgumentException | StoreException e) {
            found = List.of(Problem.of("de.verify.unreadable", String.valueOf(e.getMessage())));
        }
        return c.withDifferences(found);
    }
}
