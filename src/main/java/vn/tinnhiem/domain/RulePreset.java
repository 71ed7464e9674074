package vn.tinnhiem.domain;

/** The rule sets a meeting can count under. */
public enum RulePreset {
    /** Nghị quyết 96/2023/QH15: National Assembly and People's Councils. */
    NQ96_2023,
    /** Quy định 96-QĐ/TW (2023): the Party and the political system. */
    QD96_TW,
    /** Nghị quyết 85/2014/QH13, for re-entering old records: shares of the members summoned. */
    NQ85_2014,
    /** Nghị quyết 35/2012/QH13, for re-entering old records: shares of the total members, &gt; 2/3 strictly. */
    NQ35_2012,
    /** Levels, base and thresholds named by the chair. */
    CUSTOM;

    /** The base, thresholds, consequences and follow-up rule of this rule set. */
    public Law law() {
        return Law.of(this);
    }
}
