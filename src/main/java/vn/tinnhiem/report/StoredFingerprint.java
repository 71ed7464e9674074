package vn.tinnhiem.report;

import java.util.List;
import java.util.function.Supplier;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.domain.Unreadable;
import vn.tinnhiem.i18n.Meanwhile;
import vn.tinnhiem.store.StoreReads;

/**
 * A closed round's fingerprint, as stored at its close, computed again from what was just read, on a thread of its
 * own while the round is counted: results printed beside the fingerprint of the close (the one on the signed
 * paper) must count what it covered, not a file edited since. Open rounds and rounds closed before fingerprints
 * existed have none to check.
 */
public final class StoredFingerprint {
    private final Round round;
    private final String stored;
    private final Meanwhile<String> recomputed;

    private StoredFingerprint(Round round, String stored, Meanwhile<String> recomputed) {
        this.round = round;
        this.stored = stored;
        this.recomputed = recomputed;
    }

    /** Starts the computation; {@code counted} is asked for the round's counts once every ballot's line is written. */
    public static StoredFingerprint check(StoreReads store, Round round, List<Ballot> ballots, List<SheetEntry> sheets,
                                          Supplier<Tally> counted) {
        String stored = round.isOpen() ? null : store.fingerprint(round.id());
        String atClose = stored == null ? null : store.meetingAtCloseText(round.id());
        Meanwhile<String> recomputed = stored == null ? null : Meanwhile.start("fingerprint-again",
                () -> Fingerprint.of(round, ballots, sheets, atClose, counted));
        return new StoredFingerprint(round, stored, recomputed);
    }

    /** The fingerprint stored at the close; {@code null} when there is none. */
    public String stored() {
        return stored;
    }

    /** Whether the data read still has the stored fingerprint (true when there is none to check). */
    public boolean matches() {
        return recomputed == null || stored.equals(recomputed.get());
    }

    /** Refuses, as {@code key} words it (the round's number, its stored fingerprint), data that no longer matches. */
    public void require(String key) {
        if (!matches()) {
            throw new Unreadable(Problem.of(key, round.number(), Fingerprint.grouped(stored)));
        }
    }
}
