package vn.tinnhiem.domain;

/**
 * What one rule set says, in one place: what the shares are taken over, the thresholds of the flags with their
 * strictness, what each flag leads to, and which flag a vote of confidence follows (null: none follows by law).
 * Every sentence that names the base or a consequence (screens, reports, minutes) is built from here.
 * <ul>
 * <li>NQ 96/2023/QH15 art. 19: ballots collected; &gt; 1/2 low may resign or faces a vote; ≥ 2/3 low dismissal.</li>
 * <li>QĐ 96-QĐ/TW art. 6, 7: ballots collected; &gt; 1/2 low may be relieved; ≥ 2/3 low relief considered.</li>
 * <li>NQ 85/2014/QH13 art. 12, 13: total members; &gt; 1/2 low may resign; ≥ 2/3 low a vote of confidence.</li>
 * <li>NQ 35/2012/QH13 art. 12, 13: total members; &gt; 1/2 low may resign; &gt; 2/3 low a vote of confidence.</li>
 * </ul>
 */
public record Law(PercentBase base, Threshold warn, Threshold severe, Consequence onWarn, Consequence onSevere,
                  Consequence onNoConfidence, Flag followUp) {

    public static Law of(RulePreset preset) {
        return switch (preset) {
            case NQ96_2023 -> new Law(PercentBase.BALLOTS_COLLECTED, Threshold.OVER_HALF, Threshold.TWO_THIRDS_OR_MORE,
                    Consequence.MAY_RESIGN_OR_VOTE, Consequence.DISMISSAL_PROPOSED,
                    Consequence.NO_CONFIDENCE_DISMISSAL, Flag.LOW_OVER_HALF);
            case QD96_TW -> new Law(PercentBase.BALLOTS_COLLECTED, Threshold.OVER_HALF, Threshold.TWO_THIRDS_OR_MORE,
                    Consequence.PARTY_MAY_BE_RELIEVED, Consequence.PARTY_RELIEF_PROPOSED,
                    Consequence.PARTY_RELIEF_PROPOSED, null);
            case NQ85_2014 -> new Law(PercentBase.MEMBERS_SUMMONED, Threshold.OVER_HALF, Threshold.TWO_THIRDS_OR_MORE,
                    Consequence.MAY_RESIGN, Consequence.VOTE_OF_CONFIDENCE, Consequence.NO_CONFIDENCE_DISMISSAL,
                    Flag.LOW_TWO_THIRDS);
            case NQ35_2012 -> new Law(PercentBase.MEMBERS_SUMMONED, Threshold.OVER_HALF, Threshold.OVER_TWO_THIRDS,
                    Consequence.MAY_RESIGN, Consequence.VOTE_OF_CONFIDENCE, Consequence.NO_CONFIDENCE_DISMISSAL,
                    Flag.LOW_TWO_THIRDS);
            case CUSTOM -> new Law(PercentBase.BALLOTS_COLLECTED, Threshold.OVER_HALF, Threshold.TWO_THIRDS_OR_MORE,
                    Consequence.NONE, Consequence.NONE, Consequence.NONE, Flag.LOW_OVER_HALF);
        };
    }

    /** What a flag leads to under this rule set. */
    public Consequence consequence(Flag flag) {
        return switch (flag) {
            case LOW_OVER_HALF -> onWarn;
            case LOW_TWO_THIRDS -> onSevere;
            case NO_CONFIDENCE_OVER_HALF -> onNoConfidence;
        };
    }
}
