package vn.tinnhiem.report;

import vn.tinnhiem.domain.DoubleEntryProgress;
import vn.tinnhiem.i18n.Messages;

/**
 * What is known of a double-entry round still being keyed, in words: the ballots the committee numbered and how
 * many of them count so far (agreed, or settled by a third reading), the rest by state. Before the first reading
 * fixes the count numbered, that it is not numbered yet. The report and verify say the same.
 */
public final class KeyingSoFar {
    private KeyingSoFar() {
    }

    /** The line the report prints under the ballots line of such a round. */
    public static String line(DoubleEntryProgress p, Messages m) {
        if (p.numbered() == 0) {
            return m.get("report.de.unnumbered");
        }
        return m.get("report.de.keying", p.numbered(), p.settled(), p.once().size(), p.conflicts().size(),
                p.missing().size());
    }

    /** The base line of such a round: shares of the ballots counted so far, out of those numbered. */
    public static String base(DoubleEntryProgress p, long counted, Messages m) {
        return p.numbered() == 0 ? m.get("report.base.open", counted)
                : m.get("report.de.base.open", counted, p.numbered());
    }

    /** The counts in verify's line of such a round, in place of the ballots collected. */
    public static String counts(DoubleEntryProgress p, long valid, long invalid, Messages m) {
        return p.numbered() == 0 ? m.get("report.de.verify.unnumbered", valid, invalid)
                : m.get("report.de.verify.counts", valid, invalid, p.numbered(), p.settled());
    }
}
