package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.Tally;

/** The full recount at close against the tally kept while entering, on a real file changed behind the store. */
class CloseRecountTest extends StoreTestSupport {
    private Round roundWithTwoBallots() {
        Meeting meeting = meeting();
        List<Official> officials = roster(meeting.id(), 3);
        Round round = store.openRound(meeting.id(), RoundKind.RATING, officials, 10);
        store.recordBallot(round.id(), draft(3, level(1), level(2), level(3)));
        store.recordBallot(round.id(), draft(3, level(1), level(1), level(1)));
        return round;
    }

    private Tally recount(Round round) {
        return Tally.count(round.kind(), round.officials().size(), store.ballots(round.id()));
    }

    @Test
    void closeIsRefusedWhenAMarkWasChangedInTheFileSinceItWasEntered() throws Exception {
        Round round = roundWithTwoBallots();
        Tally running = recount(round);
        try (Connection c = plainConnection()) {
            c.createStatement().executeUpdate("UPDATE ballot_line SET mark = 3 WHERE line = 2 AND ballot_id = "
                    + "(SELECT id FROM ballot WHERE round_id = " + round.id() + " AND number = 2)");
        }
        StoreException e = assertRefused("close.recount.differs", () -> store.closeRound(round.id(), 2, running));
        assertEquals(Problem.of("close.recount.level", 2, 1, 1L, 0L), e.problem().args().get(0));
        assertTrue(store.round(round.id()).isOpen(), "the round stays open");
        assertEquals(1, store.auditLog().stream().filter(a -> a.kind().name().equals("ROUND_OPENED")).count());
        assertTrue(store.auditLog().stream().noneMatch(a -> a.kind().name().equals("ROUND_CLOSED")));
    }

    @Test
    void closeIsRefusedWhenTheScreenMissedABallotTheFileHas() {
        Round round = roundWithTwoBallots();
        Tally running = recount(round);
        store.recordBallot(round.id(), draft(3, level(2), level(2), level(2))); // not seen by that tally
        assertRefused("close.recount.differs", () -> store.closeRound(round.id(), 3, running));
        assertTrue(store.round(round.id()).isOpen());
    }

    @Test
    void closeGoesThroughWhenTheRecountEqualsTheRunningTally() {
        Round round = roundWithTwoBallots();
        Round closed = store.closeRound(round.id(), 2, recount(round));
        assertTrue(!closed.isOpen());
        assertEquals(2, closed.collected());
    }
}
