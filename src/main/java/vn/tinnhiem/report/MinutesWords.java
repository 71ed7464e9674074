package vn.tinnhiem.report;

import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.Flag;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.i18n.Messages;

/** Words and formats the three renderings of the minutes share, so they cannot say different things. */
final class MinutesWords {
    private MinutesWords() {
    }

    /**
     * A time as minutes write it: "19 giờ 30, ngày 25/11/2026" in Vietnamese; empty when unknown. The digits are
     * written here rather than by a {@code DateTimeFormatter}, whose set-up costs {@code minutes} about 10 ms.
     */
    static String time(TemporalAccessor t, Messages m) {
        if (t == null) {
            return "";
        }
        return m.get("report.minutes.time", two(t.get(ChronoField.HOUR_OF_DAY)), two(t.get(ChronoField.MINUTE_OF_HOUR)),
                two(t.get(ChronoField.DAY_OF_MONTH)), two(t.get(ChronoField.MONTH_OF_YEAR)),
                String.valueOf(t.get(ChronoField.YEAR)));
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : String.valueOf(v);
    }

    static String upper(String s, Messages m) {
        return s.toUpperCase(m.locale());
    }

    static String kind(BallotForm form, Messages m) {
        return m.get("report.kind." + form.kind().name());
    }

    /** How the round was counted, in the minutes' words. */
    static String counting(vn.tinnhiem.domain.Round round, Messages m) {
        return m.get("counting.minutes." + round.settings().counting().name());
    }

    /** The flags that occur in the result, mildest first: the minutes explain these and no others. */
    static List<Flag> flags(RoundResult result) {
        List<Flag> out = new ArrayList<>();
        for (Flag f : Flag.values()) {
            if (result.officials().stream().anyMatch(r -> r.flag() == f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** A flag in words for the table ("Trên một nửa tín nhiệm thấp"); the chair's thresholds under custom rules. */
    static String flag(BallotForm form, Flag flag, Messages m) {
        if (flag == null) {
            return "";
        }
        return m.flagName(form, flag);
    }

    /** What a flag means: "Trên một nửa tín nhiệm thấp: quá nửa tổng số phiếu … sẽ bỏ phiếu tín nhiệm." */
    static String meaning(BallotForm form, Flag flag, Messages m) {
        return m.get("report.minutes.flagMeaning", flag(form, flag, m), m.flagLong(form, flag));
    }

    /** "tổng số phiếu thu về": what the shares are taken over. */
    static String baseNoun(BallotForm form, Messages m) {
        return m.base(form);
    }
}
