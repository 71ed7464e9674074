package vn.tinnhiem.domain;

import java.util.List;
import java.util.Map;

/**
 * What one round counts under, fixed when the round opens: the levels on the form (standard names when
 * {@code levelNames} is empty), the level whose count raises the flags, the percentage base, the thresholds of
 * the flags, and whether a blank or multiple mark voids the whole ballot (the Party reading of rule 3).
 */
public record BallotForm(RoundKind kind, RulePreset preset, List<String> levelNames, int flaggedLevel,
                         PercentBase base, Threshold warn, Threshold severe, boolean wholeBallotOnBadLine) {
    public BallotForm {
        levelNames = List.copyOf(levelNames);
    }

    /** The form of a round counted under NQ 96/2023/QH15 with the kind's standard levels. */
    public static BallotForm standard(RoundKind kind) {
        return Rules.DEFAULT.formFor(kind);
    }

    public int levels() {
        return levelNames.isEmpty() ? kind.levels() : levelNames.size();
    }

    public boolean customLevels() {
        return !levelNames.isEmpty();
    }

    /**
     * The flag for one official: in a rating, severe (two thirds or more low) before warn (over one half low);
     * in a vote of confidence, over one half no confidence. None when nothing was counted.
     */
    public Flag flag(long flaggedCount, long base) {
        if (kind == RoundKind.VOTE) {
            return warn != null && warn.reached(flaggedCount, base) ? Flag.NO_CONFIDENCE_OVER_HALF : null;
        }
        if (severe != null && severe.reached(flaggedCount, base)) {
            return Flag.LOW_TWO_THIRDS;
        }
        return warn != null && warn.reached(flaggedCount, base) ? Flag.LOW_OVER_HALF : null;
    }

    /** The canonical text of this form, as stored and fingerprinted. */
    public String encode() {
        return "kind=" + kind + ";preset=" + preset + ";levels=" + Encoding.list(levelNames) + ";flagged="
                + flaggedLevel + ";base=" + base + ";warn=" + (warn == null ? "" : warn.text()) + ";severe="
                + (severe == null ? "" : severe.text()) + ";whole=" + (wholeBallotOnBadLine ? 1 : 0);
    }

    /** Reads a stored form back; an empty text (a round from before rules were stored) is the standard form. */
    public static BallotForm decode(String encoded, RoundKind kind) {
        if (encoded == null || encoded.isEmpty()) {
            return standard(kind);
        }
        Map<String, String> p = Encoding.pairs(encoded);
        return new BallotForm(RoundKind.valueOf(p.get("kind")), RulePreset.valueOf(p.get("preset")),
                Encoding.list(p.getOrDefault("levels", "")), Integer.parseInt(p.get("flagged")),
                PercentBase.valueOf(p.get("base")), Encoding.threshold(p.get("warn")),
                Encoding.threshold(p.get("severe")), "1".equals(p.get("whole")));
    }
}
