package vn.tinnhiem.tui;

import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.Tally;

/**
 * The live result a keying screen shows (over the ballots entered), worked out once per tally rather than on every
 * key: a mark typed changes the ballot being keyed, not the tally, and a round's tally is a new value only when a
 * ballot is recorded or voided. Remembers the last one; safe from any thread (a race only works it out again).
 */
final class LiveResult {
    private record Last(Round round, Tally tally, RoundResult result) {
    }

    private static volatile Last last;

    private LiveResult() {
    }

    static RoundResult of(Round round, Tally tally) {
        Last l = last;
        if (l != null && l.round() == round && l.tally() == tally) {
            return l.result();
        }
        RoundResult result = RoundResult.of(round, tally, tally.entered());
        last = new Last(round, tally, result);
        return result;
    }
}
