package vn.tinnhiem.tui;

import java.util.Set;
import vn.tinnhiem.domain.Problem;

/**
 * Another program changed the file while it was open (the store refuses every write from then on): how the
 * screens that count (keying, double entry, tally sheets) and the room's view over them learn it and keep saying it.
 */
final class ChangedOutside {
    /** The store's refusals: the file written by another program, or given a second name while open. */
    private static final Set<String> KEYS = Set.of("error.db.changedOutside", "error.db.linkedOutside");

    private ChangedOutside() {
    }

    /** Whether {@code msg} is that refusal. */
    static boolean is(Msg msg) {
        return msg instanceof Msg.Refused r && KEYS.contains(r.problem().key());
    }

    /**
     * The notice a screen shows: once the file was changed ({@code changed}, the store's refusal), that warning
     * whenever no other refusal is up.
     */
    static Notice over(Problem changed, Notice notice) {
        return changed != null && (notice == null || !notice.error()) ? Notice.error(changed) : notice;
    }
}
