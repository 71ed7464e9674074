package vn.tinnhiem.report;

import java.util.List;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundCount;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.domain.Unreadable;
import vn.tinnhiem.i18n.Meanwhile;
import vn.tinnhiem.store.StoreReads;

/**
 * A round read back for its results or minutes: its ballots and sheets, their count, and the fingerprint stored at
 * its close checked against them (the caller says what a difference refuses). A ballot that does not read is
 * refused as such, naming the round ("vòng 2: phiếu số 3: …"): the lines are decoded as they are counted.
 */
public record CountedRound(List<Ballot> ballots, List<SheetEntry> sheets, Tally tally, StoredFingerprint fingerprint) {

    public static CountedRound read(StoreReads store, Round round) {
        try {
            List<Ballot> ballots = store.ballots(round.id());
            List<SheetEntry> sheets = store.sheetsOf(round);
            Meanwhile<Tally> counted = Meanwhile.later(() -> RoundCount.tally(round, ballots, sheets));
            StoredFingerprint fingerprint = StoredFingerprint.check(store, round, ballots, sheets, counted::get);
            return new CountedRound(ballots, sheets, counted.get(), fingerprint);
        } catch (Unreadable u) {
            throw Unreadable.inRound(round.number(), u);
        }
    }
}
