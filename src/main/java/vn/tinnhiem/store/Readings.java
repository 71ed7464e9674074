package vn.tinnhiem.store;

import java.util.List;
import java.util.Map;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Reading;
import vn.tinnhiem.domain.ReadingCheck;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.Tally;

/**
 * The readings of double-entry rounds (see {@code docs/double-entry.md}). Each method is one transaction: a
 * reading, its audit entry and, when it settles its serial, the ballot it adds are on disk together when
 * {@link #record} returns, or none of them is.
 */
public interface Readings {
    /** Every reading of a round, by serial then pass. */
    List<Reading> readings(long roundId);

    /** Every reading as the file holds it, with the count numbered stored beside it, for {@code verify}. */
    List<ReadingCheck.Stored> stored(long roundId);

    /** The serial of each ballot of a round, by ballot number (a ballot without one is left out). */
    Map<Integer, Integer> ballotSerials(long roundId);

    /**
     * The reading kept last in the round ({@code null} before the first): what the keying screen, opened again,
     * says was just recorded and takes the pass in progress from.
     */
    Reading last(long roundId);

    /** The count of ballots numbered, fixed by the round's first reading; {@code null} before it. */
    Integer numbered(long roundId);

    /**
     * Keeps one reading of {@code serial} as the pass its readings so far call for, or refuses it ({@link
     * StoreException}) changing nothing. {@code numbered}: the count the screen was given, which must equal the one
     * fixed by an earlier reading.
     */
    RecordedReading record(long roundId, int serial, int numbered, BallotDraft draft);

    /**
     * Closes a double-entry round with the count numbered as the ballots collected; refused while any serial is
     * missing, entered once or in conflict (each named). {@code running}: the tally the screen kept.
     */
    Round close(long roundId, Tally running);
}
