package vn.tinnhiem.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.Consequence;
import vn.tinnhiem.domain.Flag;
import vn.tinnhiem.domain.Law;
import vn.tinnhiem.domain.PercentBase;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RulePreset;
import vn.tinnhiem.domain.Rules;
import vn.tinnhiem.domain.Threshold;

/** Every sentence naming a base, a threshold or a consequence says what its preset's rules say, in both languages. */
class LawSentencesTest {
    private static final List<RulePreset> REGULATIONS = List.of(RulePreset.NQ96_2023, RulePreset.QD96_TW,
            RulePreset.NQ85_2014, RulePreset.NQ35_2012);
    private static final List<Messages> BOTH = List.of(Messages.vietnamese(), Messages.english());

    @Test
    void eachPresetCarriesTheRulesOfItsText() {
        assertThat(Law.of(RulePreset.NQ96_2023).base()).isEqualTo(PercentBase.BALLOTS_COLLECTED);
        assertThat(Law.of(RulePreset.QD96_TW).base()).isEqualTo(PercentBase.BALLOTS_COLLECTED);
        assertThat(Law.of(RulePreset.NQ85_2014).base()).isEqualTo(PercentBase.MEMBERS_SUMMONED);
        assertThat(Law.of(RulePreset.NQ35_2012).base()).isEqualTo(PercentBase.MEMBERS_SUMMONED);
        assertThat(Law.of(RulePreset.NQ85_2014).severe()).isEqualTo(Threshold.TWO_THIRDS_OR_MORE);
        assertThat(Law.of(RulePreset.NQ35_2012).severe()).isEqualTo(Threshold.OVER_TWO_THIRDS);
        assertThat(Law.of(RulePreset.NQ96_2023).consequence(Flag.LOW_TWO_THIRDS))
                .isEqualTo(Consequence.DISMISSAL_PROPOSED);
        assertThat(Law.of(RulePreset.NQ85_2014).consequence(Flag.LOW_TWO_THIRDS))
                .isEqualTo(Consequence.VOTE_OF_CONFIDENCE);
        assertThat(Law.of(RulePreset.NQ35_2012).consequence(Flag.LOW_TWO_THIRDS))
                .isEqualTo(Consequence.VOTE_OF_CONFIDENCE);
        assertThat(Law.of(RulePreset.NQ96_2023).followUp()).isEqualTo(Flag.LOW_OVER_HALF);
        assertThat(Law.of(RulePreset.NQ85_2014).followUp()).isEqualTo(Flag.LOW_TWO_THIRDS);
        assertThat(Law.of(RulePreset.NQ35_2012).followUp()).isEqualTo(Flag.LOW_TWO_THIRDS);
        assertThat(Law.of(RulePreset.QD96_TW).followUp()).isNull();
    }

    @Test
    void nq35FlagsMoreThanTwoThirdsStrictlyAndNq85TwoThirdsOrMore() {
        BallotForm nq35 = Rules.preset(RulePreset.NQ35_2012, false).formFor(RoundKind.RATING);
        BallotForm nq85 = Rules.preset(RulePreset.NQ85_2014, false).formFor(RoundKind.RATING);
        // 2 of 3 members low: exactly two thirds.
        assertThat(nq35.flag(2, 3)).isEqualTo(Flag.LOW_OVER_HALF);
        assertThat(nq85.flag(2, 3)).isEqualTo(Flag.LOW_TWO_THIRDS);
        assertThat(nq35.flag(3, 4)).isEqualTo(Flag.LOW_TWO_THIRDS);
    }

    @Test
    void everyFlagSentenceNamesThePresetsBaseThresholdAndConsequence() {
        for (Messages m : BOTH) {
            for (RulePreset p : REGULATIONS) {
                Law law = p.law();
                for (RoundKind kind : RoundKind.values()) {
                    BallotForm form = Rules.preset(p, false).formFor(kind);
                    String base = m.get("rules.base." + law.base().name());
                    assertThat(m.base(form)).isEqualTo(base);
                    assertThat(m.rules(form)).contains(base);
                    List<Flag> flags = kind == RoundKind.VOTE ? List.of(Flag.NO_CONFIDENCE_OVER_HALF)
                            : List.of(Flag.LOW_OVER_HALF, Flag.LOW_TWO_THIRDS);
                    for (Flag f : flags) {
                        String why = p + " " + kind + " " + f + " " + m.locale();
                        String meaning = m.flagLong(form, f);
                        assertThat(meaning).as(why).contains(base)
                                .contains(m.get("law.consequence." + law.consequence(f).name()));
                        for (PercentBase other : PercentBase.values()) {
                            if (other != law.base()) {
                                assertThat(meaning).as(why).doesNotContain(m.get("rules.base." + other.name()));
                            }
                        }
                        for (Consequence other : Consequence.values()) {
                            if (other != law.consequence(f) && other != Consequence.NONE
                                    && !m.get("law.consequence." + law.consequence(f).name())
                                    .contains(m.get("law.consequence." + other.name()))) {
                                assertThat(meaning).as(why).doesNotContain(m.get("law.consequence." + other.name()));
                            }
                        }
                        Threshold t = f == Flag.LOW_TWO_THIRDS ? law.severe() : law.warn();
                        String strict = m.isVietnamese() ? "trên " : "more than ";
                        String atLeast = m.isVietnamese() ? "trở lên" : "or more";
                        if (t.inclusive()) {
                            assertThat(meaning).as(why).contains(atLeast).doesNotStartWith(strict);
                            assertThat(m.flagShort(form, f)).as(why).startsWith("≥ " + t.numerator() + "/");
                        } else {
                            assertThat(meaning).as(why).startsWith(strict).doesNotContain(atLeast);
                            assertThat(m.flagShort(form, f)).as(why).startsWith("> " + t.numerator() + "/");
                        }
                        assertThat(m.flagName(form, f)).as(why).isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void theLegacyTwoThirdsFlagsReadAsTheirOwnLaw() {
        Messages vi = Messages.vietnamese();
        BallotForm nq35 = Rules.preset(RulePreset.NQ35_2012, false).formFor(RoundKind.RATING);
        BallotForm nq85 = Rules.preset(RulePreset.NQ85_2014, false).formFor(RoundKind.RATING);
        assertThat(vi.flagName(nq35, Flag.LOW_TWO_THIRDS)).isEqualTo("Trên hai phần ba tín nhiệm thấp");
        assertThat(vi.flagLong(nq35, Flag.LOW_TWO_THIRDS)).isEqualTo("trên hai phần ba tổng số người được triệu tập "
                + "đánh giá “tín nhiệm thấp”: Quốc hội, Hội đồng nhân dân bỏ phiếu tín nhiệm.");
        assertThat(vi.flagName(nq85, Flag.LOW_TWO_THIRDS)).isEqualTo("Từ hai phần ba trở lên tín nhiệm thấp");
        assertThat(Messages.english().flagLong(nq85, Flag.LOW_OVER_HALF))
                .isEqualTo("more than half of the members summoned rate \"low confidence\": may resign.");
    }

    @Test
    void spellingIsTyLeEverywhere() {
        for (String bundle : List.of("errors", "ui", "rules", "cli", "report", "law")) {
            var b = java.util.ResourceBundle.getBundle("i18n/" + bundle, java.util.Locale.forLanguageTag("vi"));
            for (String key : b.keySet()) {
                assertThat(b.getString(key).toLowerCase(java.util.Locale.ROOT)).as(key).doesNotContain("tỉ lệ");
            }
        }
    }
}
