package vn.tinnhiem.domain;

/**
 * What a result means under NQ 96/2023/QH15 art. 19 and QĐ 96-QĐ/TW. The product flags; it decides nothing.
 * With N = ballots collected, L = "tín nhiệm thấp" and K = "không tín nhiệm", in integers.
 */
public enum Flag {
    /** 2L &gt; N and 3L &lt; 2N: may resign; otherwise a vote of confidence follows. */
    LOW_OVER_HALF,
    /** 3L ≥ 2N: dismissal or relief from the post is proposed. */
    LOW_TWO_THIRDS,
    /** Vote of confidence, 2K &gt; N: dismissal is proposed. */
    NO_CONFIDENCE_OVER_HALF;

    /** The flag for one official, or {@code null} when none applies (or nothing was collected). */
    public static Flag of(RoundKind kind, long flaggedCount, long collected) {
        if (collected <= 0) {
            return null;
        }
        return switch (kind) {
            case RATING -> 3 * flaggedCount >= 2 * collected ? LOW_TWO_THIRDS
                    : 2 * flaggedCount > collected ? LOW_OVER_HALF : null;
            case VOTE -> 2 * flaggedCount > collected ? NO_CONFIDENCE_OVER_HALF : null;
        };
    }
}
