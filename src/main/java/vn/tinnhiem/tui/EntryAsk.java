package vn.tinnhiem.tui;

import vn.tinnhiem.domain.Ballot;

/** A question the ballot-entry screen asks before doing something that cannot be taken back. */
sealed interface EntryAsk {
    /** Close the round with this many ballots collected. */
    record Close(int collected) implements EntryAsk {
    }

    /** Void this recorded ballot, for this reason. */
    record Void(Ballot ballot, String reason) implements EntryAsk {
    }

    /** Throw away the ballot being typed, then do {@code then}. */
    record Discard(EntryKeys.Action then) implements EntryAsk {
    }
}
