package vn.tinnhiem.domain;

/**
 * How a round is shown, kept and counted, chosen when it opens: a rehearsal (diễn tập) is marked everywhere, left
 * out of reports unless asked for, and can be deleted; hidden tallies show the room only the progress until the
 * close, for bodies that announce results at the end; {@link Counting} says whether ballots are keyed once, twice
 * by serial, or the committee's tally sheets are entered instead.
 */
public record RoundSettings(boolean rehearsal, boolean hideTallies, Counting counting) {
    public static final RoundSettings NORMAL = new RoundSettings(false, false, Counting.BALLOTS);

    public RoundSettings {
        if (counting == null) {
            counting = Counting.BALLOTS;
        }
    }

    public RoundSettings(boolean rehearsal, boolean hideTallies) {
        this(rehearsal, hideTallies, Counting.BALLOTS);
    }

    public RoundSettings withRehearsal(boolean on) {
        return new RoundSettings(on, hideTallies, counting);
    }

    public RoundSettings withHideTallies(boolean on) {
        return new RoundSettings(rehearsal, on, counting);
    }

    public RoundSettings withCounting(Counting c) {
        return new RoundSettings(rehearsal, hideTallies, c);
    }
}
