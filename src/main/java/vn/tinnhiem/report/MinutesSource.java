package vn.tinnhiem.report;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.store.RoundTimes;
import vn.tinnhiem.store.Store;

/** Reads what the minutes of a round print from the store, recounting the result from the raw ballots. */
public final class MinutesSource {
    private MinutesSource() {
    }

    /** The minutes of a round as they stand; the caller refuses an open round (its result is not final). */
    public static Minutes load(Store store, long roundId, Clock clock) {
        Round round = store.round(roundId);
        List<Ballot> ballots = store.ballots(roundId);
        Tally tally = Tally.count(round.form(), round.officials().size(), ballots);
        RoundTimes times = store.roundTimes(roundId);
        return new Minutes(store.meeting(round.meetingId()), RoundResult.of(round, tally),
                ballots.stream().filter(Ballot::voided).toList(), times.opened(), times.closed(),
                store.fingerprint(roundId), ZonedDateTime.now(clock), replacedBy(ballots));
    }

    /** Voided ballot number → the number of the ballot keyed in its place. */
    static java.util.Map<Integer, Integer> replacedBy(List<Ballot> ballots) {
        java.util.Map<Integer, Integer> out = new java.util.HashMap<>();
        for (Ballot b : ballots) {
            if (b.replaces() != null && !b.voided()) {
                out.putIfAbsent(b.replaces(), b.number());
            }
        }
        return out;
    }
}
