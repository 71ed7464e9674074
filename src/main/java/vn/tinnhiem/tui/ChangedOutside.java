package vn.tinnhiem.tui;

import vn.tinnhiem.domain.Problem;

/**
 * Another program changed the file while it was open (the store refuses every write from then on): how the
 * screens that count (keying, double entry, tally sheets) and the room's view over them learn it and keep saying it.
 */
final class ChangedOutside {
    /** The store's refusal, and what the screens say. */
    static final Problem PROBLEM = Problem.of("error.db.changedOutside");

    private ChangedOutside() {
    }

    /** Whether {@code msg} is that refusal. */
    static boolean is(Msg msg) {
        return msg instanceof Msg.Refused r && r.problem().key().equals(PROBLEM.key());
    }

    /** The notice a screen shows: once the file was changed, the warning whenever no other refusal is up. */
    static Notice over(boolean changed, Notice notice) {
        return changed && (notice == null || !notice.error()) ? Notice.error(PROBLEM) : notice;
    }
}
