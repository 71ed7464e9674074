package vn.tinnhiem.domain;

/**
 * What percentages are taken over. NQ 96/2023/QH15 art. 19(3) and QĐ 96-QĐ/TW art. 6: the ballots collected.
 * The legacy NQ 85/2014/QH13 took the total number of members of the body (the members summoned).
 */
public enum PercentBase {
    BALLOTS_COLLECTED, VALID_BALLOTS, MEMBERS_SUMMONED, MEMBERS_PRESENT
}
