package vn.tinnhiem.i18n;

import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.Consequence;
import vn.tinnhiem.domain.Flag;
import vn.tinnhiem.domain.RulePreset;
import vn.tinnhiem.domain.Threshold;

/**
 * The sentences that name a rule set's base, thresholds and consequences, built from the round's form and its
 * preset's {@link vn.tinnhiem.domain.Law}, never written out per regulation: so a legacy base or a strict threshold
 * reads as what it is in every screen, report and minutes.
 */
final class LawWords {
    private LawWords() {
    }

    static Threshold threshold(BallotForm form, Flag flag) {
        return flag == Flag.LOW_TWO_THIRDS ? form.severe() : form.warn();
    }

    /** "một nửa", "hai phần ba", or "3/5". */
    static String share(Threshold t, Messages m) {
        String key = "law.share." + t.numerator() + "." + t.denominator();
        return m.has(key) ? m.get(key) : m.get("law.share.fraction", t.numerator(), t.denominator());
    }

    /** "tổng số phiếu thu về": what the shares are taken over. */
    static String base(BallotForm form, Messages m) {
        return m.get("rules.base." + form.base().name());
    }

    /** "> 1/2 TN thấp", "> 2/3 TN thấp": a table cell. */
    static String shortName(BallotForm form, Flag flag, Messages m) {
        Threshold t = threshold(form, flag);
        return t.text().replace(">", "> ").replace("≥", "≥ ") + " " + m.levelShort(form, form.flaggedLevel());
    }

    /** "Trên một nửa tín nhiệm thấp", "Trên hai phần ba tín nhiệm thấp": a flag's name in a report. */
    static String name(BallotForm form, Flag flag, Messages m) {
        if (form.preset() == RulePreset.CUSTOM) {
            return shortName(form, flag, m);
        }
        Threshold t = threshold(form, flag);
        String name = m.get(t.inclusive() ? "law.name.atLeast" : "law.name.over", share(t, m),
                m.level(form, form.flaggedLevel()).toLowerCase(m.locale()));
        return name.substring(0, 1).toUpperCase(m.locale()) + name.substring(1);
    }

    /** The condition over the form's base, then what follows under its rule set. */
    static String meaning(BallotForm form, Flag flag, Messages m) {
        Threshold t = threshold(form, flag);
        String condition = m.get(t.inclusive() ? "law.condition.atLeast" : "law.condition.over", share(t, m),
                base(form, m), m.level(form, form.flaggedLevel()).toLowerCase(m.locale()));
        Consequence c = form.preset().law().consequence(flag);
        return c == Consequence.NONE ? m.get("law.meaning.flagOnly", condition)
                : m.get("law.meaning", condition, m.get("law.consequence." + c.name()));
    }
}
