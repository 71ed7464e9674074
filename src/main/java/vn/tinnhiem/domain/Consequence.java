package vn.tinnhiem.domain;

/**
 * What a rule set says follows a flag. The product names it in the minutes and on the screens; it decides nothing.
 */
public enum Consequence {
    /** NQ 96/2023/QH15 art. 19: over one half low, under two thirds: may resign; otherwise a vote of confidence. */
    MAY_RESIGN_OR_VOTE,
    /** NQ 96/2023/QH15 art. 19: two thirds or more low: dismissal proposed. */
    DISMISSAL_PROPOSED,
    /** A vote of confidence lost (over one half no confidence): dismissal, removal or approval of removal proposed. */
    NO_CONFIDENCE_DISMISSAL,
    /** QĐ 96-QĐ/TW: over one half low: not planned for higher posts; may be relieved from the post. */
    PARTY_MAY_BE_RELIEVED,
    /** QĐ 96-QĐ/TW: two thirds or more low, or a vote lost: relief from the post is considered. */
    PARTY_RELIEF_PROPOSED,
    /** NQ 85/2014/QH13 and NQ 35/2012/QH13: over one half low: may resign. */
    MAY_RESIGN,
    /** NQ 85/2014/QH13 (two thirds or more low) and NQ 35/2012/QH13 (more than two thirds): a vote of confidence. */
    VOTE_OF_CONFIDENCE,
    /** Rules the chair named: the flag is raised and nothing is said of what follows. */
    NONE
}
