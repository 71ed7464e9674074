package vn.tinnhiem.report;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.Flag;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RulePreset;
import vn.tinnhiem.i18n.Messages;

/** Words and formats the three renderings of the minutes share, so they cannot say different things. */
final class MinutesWords {
    private MinutesWords() {
    }

    /** A time as minutes write it: "19 giờ 30, ngày 25/11/2026" in Vietnamese; empty when unknown. */
    static String time(TemporalAccessor t, Messages m) {
        if (t == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(m.get("report.minutes.timePattern"), m.locale()).format(t);
    }

    static String upper(String s, Messages m) {
        return s.toUpperCase(m.locale());
    }

    static String kind(BallotForm form, Messages m) {
        return m.get("report.kind." + form.kind().name());
    }

    /** The flags a form can raise, most severe last, in the order a reader meets them. */
    static List<Flag> flags(BallotForm form) {
        List<Flag> out = new ArrayList<>();
        if (form.kind() == RoundKind.VOTE) {
            if (form.warn() != null) {
                out.add(Flag.NO_CONFIDENCE_OVER_HALF);
            }
            return out;
        }
        if (form.warn() != null) {
            out.add(Flag.LOW_OVER_HALF);
        }
        if (form.severe() != null) {
            out.add(Flag.LOW_TWO_THIRDS);
        }
        return out;
    }

    /** A flag in words for the table ("Trên một nửa tín nhiệm thấp"); the chair's thresholds under custom rules. */
    static String flag(BallotForm form, Flag flag, Messages m) {
        if (flag == null) {
            return "";
        }
        return form.preset() == RulePreset.CUSTOM ? m.flagShort(form, flag) : m.get("report.flag." + flag.name());
    }

    /** What a flag means: "Trên một nửa tín nhiệm thấp: quá nửa tổng số phiếu … sẽ bỏ phiếu tín nhiệm." */
    static String meaning(BallotForm form, Flag flag, Messages m) {
        return m.get("report.minutes.flagMeaning", flag(form, flag, m), m.flagLong(form, flag));
    }

    /** "tổng số phiếu thu về": what the shares are taken over. */
    static String baseNoun(BallotForm form, Messages m) {
        return m.get("rules.base." + form.base().name());
    }
}
