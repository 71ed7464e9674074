package vn.tinnhiem.domain;

/**
 * How a round's count is taken, chosen when it opens and fixed for its life: each paper ballot keyed once as it
 * is read out; each numbered ballot keyed twice by its serial, counting only the ballots whose two readings agree;
 * or the totals of the committee's hand-counted tally sheets, keyed once or twice.
 */
public enum Counting {
    /** Each ballot keyed once, as the committee reads it out. */
    BALLOTS,
    /** Each numbered ballot keyed twice by serial; only agreeing readings count; a third reading settles a conflict. */
    DOUBLE_ENTRY,
    /** The totals of the committee's tally sheets, keyed once, held by control totals. */
    TALLY_SHEET,
    /** The tally sheets keyed twice by two readers; only agreeing totals count. */
    TALLY_SHEET_TWICE;

    /** The next choice in the order above, for a key that cycles through them. */
    public Counting next() {
        Counting[] all = values();
        return all[(ordinal() + 1) % all.length];
    }

    /** Each ballot keyed once as read out: the only way a ballot can be voided at entry and keyed again. */
    public boolean ballotByBallot() {
        return this == BALLOTS;
    }

    /** Taken from the committee's tally sheets rather than ballot by ballot. */
    public boolean fromTallySheets() {
        return this == TALLY_SHEET || this == TALLY_SHEET_TWICE;
    }
}
