package vn.tinnhiem.domain;

/**
 * The life of a double-entry round, as {@code docs/double-entry.md} draws it: before any reading the committee
 * states how many ballots it collected and numbered; then the serials are keyed in two passes; when every serial
 * is agreed or resolved the round may close, and closed it takes no reading at all.
 */
public sealed interface DoubleEntryRound {
    /** Open, no reading yet: the count of numbered ballots is still to be given (1 to the ballots issued). */
    record Unnumbered(int issued) implements DoubleEntryRound {
    }

    /** Open and being keyed: some serial is missing, entered once or in conflict. Closing is refused. */
    record Keying(DoubleEntryProgress progress) implements DoubleEntryRound {
    }

    /** Open, every numbered ballot agreed or resolved: closing takes the numbered count as the ballots collected. */
    record ReadyToClose(DoubleEntryProgress progress) implements DoubleEntryRound {
    }

    /** Closed: its readings and ballots are read-only for good. */
    record Closed(int collected) implements DoubleEntryRound {
    }
}
