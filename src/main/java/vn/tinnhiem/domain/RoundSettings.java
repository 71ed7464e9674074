package vn.tinnhiem.domain;

/**
 * How a round is shown and kept, chosen when it opens: a rehearsal (diễn tập) is marked everywhere, left out of
 * reports unless asked for, and can be deleted; hidden tallies show the room only the progress until the close,
 * for bodies that announce results at the end.
 */
public record RoundSettings(boolean rehearsal, boolean hideTallies) {
    public static final RoundSettings NORMAL = new RoundSettings(false, false);

    public RoundSettings withRehearsal(boolean on) {
        return new RoundSettings(on, hideTallies);
    }

    public RoundSettings withHideTallies(boolean on) {
        return new RoundSettings(rehearsal, on);
    }
}
