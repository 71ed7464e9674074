package vn.tinnhiem.report;

import vn.tinnhiem.domain.AuditDetail;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.Unreadable;
import vn.tinnhiem.store.StoreReads;

/**
 * A round's rehearsal mark against its opening entry in the log, which the chain protects: the mark alone could
 * have been set from outside on a real round (hiding its result from the report, stamping its minutes "not the
 * real result") or cleared on a rehearsal (printing it as real), and the fingerprint does not cover it.
 */
public final class RehearsalMark {
    private RehearsalMark() {
    }

    /** Refuses ({@link Unreadable}) a round whose mark is not as it was opened; rounds older than the log pass. */
    public static void require(StoreReads store, Round round) {
        String opened = store.roundOpenedDetail(round.id());
        if (opened != null && round.rehearsal() != AuditDetail.openedAsRehearsal(opened)) {
            throw new Unreadable(Problem.of("report.rehearsalMarkDiffers", round.number()));
        }
    }
}
