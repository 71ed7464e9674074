package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules a meeting counts under, shown on every result and in the minutes.
 * <ul>
 * <li>NQ 96/2023/QH15 and QĐ 96-QĐ/TW: shares of the ballots collected; a blank or multiple mark is invalid for
 * that official only; over one half low (2L &gt; N) and two thirds or more low (3L ≥ 2N) flagged.</li>
 * <li>NQ 85/2014/QH13 and NQ 35/2012/QH13 (legacy): shares of the total members; see {@link Law}.</li>
 * <li>A per-meeting setting for the Party reading in which a blank or multiple mark voids the whole ballot.</li>
 * <li>Custom: 2 to 5 named levels, which one is "low", the base and the thresholds.</li>
 * </ul>
 */
public record Rules(RulePreset preset, boolean wholeBallotOnBadLine, List<String> levelNames, int lowLevel,
                    PercentBase base, Threshold warn, Threshold severe) {
    public static final Rules DEFAULT = preset(RulePreset.NQ96_2023, false);
    public static final int MIN_LEVELS = 2;
    public static final int MAX_LEVELS = 5;

    public Rules {
        levelNames = List.copyOf(levelNames);
    }

    /** A regulation's rules; for {@link RulePreset#CUSTOM} use {@link #custom}. */
    public static Rules preset(RulePreset preset, boolean wholeBallotOnBadLine) {
        RulePreset p = preset == RulePreset.CUSTOM ? RulePreset.NQ96_2023 : preset;
        Law law = p.law();
        return new Rules(p, wholeBallotOnBadLine, List.of(), RoundKind.RATING.flaggedLevel(), law.base(),
                law.warn(), law.severe());
    }

    /** Custom rules, checked: 2 to 5 distinct level names, a low level among them, thresholds as fractions. */
    public static Checked<Rules> custom(List<String> names, int lowLevel, PercentBase base, Threshold warn,
                                        Threshold severe, boolean wholeBallotOnBadLine) {
        List<String> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : names) {
            Checked<String> name = TextRules.required(raw);
            if (!name.isOk()) {
                return Checked.refused("error.rules.levelName", name.problem());
            }
            if (!seen.add(name.value().toLowerCase(Locale.ROOT))) {
                return Checked.refused("error.rules.duplicateLevel", name.value());
            }
            clean.add(name.value());
        }
        if (clean.size() < MIN_LEVELS || clean.size() > MAX_LEVELS) {
            return Checked.refused("error.rules.levelCount", MIN_LEVELS, MAX_LEVELS, clean.size());
        }
        if (lowLevel < 1 || lowLevel > clean.size()) {
            return Checked.refused("error.rules.lowLevel", clean.size());
        }
        return Checked.ok(new Rules(RulePreset.CUSTOM, wholeBallotOnBadLine, clean, lowLevel, base, warn, severe));
    }

    /**
     * The form a round of this kind is counted under. Custom levels apply to ratings; a vote of confidence keeps
     * its two levels and flags over one half "no confidence" of the same base.
     */
    public BallotForm formFor(RoundKind kind) {
        if (kind == RoundKind.VOTE) {
            return new BallotForm(kind, preset, List.of(), RoundKind.VOTE.flaggedLevel(), base, Threshold.OVER_HALF,
                    null, wholeBallotOnBadLine);
        }
        return new BallotForm(kind, preset, levelNames, preset == RulePreset.CUSTOM ? lowLevel
                : RoundKind.RATING.flaggedLevel(), base, warn, severe, wholeBallotOnBadLine);
    }

    public String encode() {
        return "preset=" + preset + ";whole=" + (wholeBallotOnBadLine ? 1 : 0) + ";levels="
                + Encoding.list(levelNames) + ";low=" + lowLevel + ";base=" + base + ";warn="
                + (warn == null ? "" : warn.text()) + ";severe=" + (severe == null ? "" : severe.text());
    }

    public static Rules decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return DEFAULT;
        }
        Map<String, String> p = Encoding.pairs(encoded);
        return new Rules(RulePreset.valueOf(p.get("preset")), "1".equals(p.get("whole")),
                Encoding.list(p.getOrDefault("levels", "")), Integer.parseInt(p.get("low")),
                PercentBase.valueOf(p.get("base")), Encoding.threshold(p.get("warn")),
                Encoding.threshold(p.get("severe")));
    }
}
