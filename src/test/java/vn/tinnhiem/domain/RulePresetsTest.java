package vn.tinnhiem.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cases for every preset: the base, the shares, the flags, and how a bad line counts. */
class RulePresetsTest {

    private static List<Ballot> ballots(int high, int confidence, int low, int blank, int from) {
        List<Ballot> out = new ArrayList<>();
        out.addAll(Fixtures.repeat(high, from, Mark.level(1)));
        out.addAll(Fixtures.repeat(confidence, from + high, Mark.level(2)));
        out.addAll(Fixtures.repeat(low, from + high + confidence, Mark.level(3)));
        out.addAll(Fixtures.repeat(blank, from + high + confidence + low, Mark.BLANK));
        return out;
    }

    private static RoundResult closed(Rules rules, RoundKind kind, List<Ballot> ballots, int collected, int base) {
        BallotForm form = rules.formFor(kind);
        Round round = new Round(1, 1, 1, kind, Fixtures.officials(1), collected, collected, RoundState.CLOSED, form,
                base);
        return RoundResult.of(round, Tally.count(form, 1, ballots));
    }

    @Test
    void nq96SharesOfBallotsCollectedAndOverHalfLow() {
        RoundResult r = closed(Rules.preset(RulePreset.NQ96_2023, false), RoundKind.RATING,
                ballots(22, 6, 31, 1, 1), 60, 60);
        OfficialResult o = r.officials().get(0);
        assertThat(o.levelShares()).extracting(p -> p.format(',')).containsExactly("36,67", "10,00", "51,67");
        assertThat(o.invalidShare().format(',')).isEqualTo("1,67");
        assertThat(o.flag()).isEqualTo(Flag.LOW_OVER_HALF);
    }

    @Test
    void qd96CountsLikeNq96ButSaysWhichRulesItIs() {
        Rules qd = Rules.preset(RulePreset.QD96_TW, false);
        RoundResult r = closed(qd, RoundKind.RATING, ballots(10, 10, 40, 0, 1), 60, 60);
        assertThat(r.officials().get(0).levelShares().get(2).format(',')).isEqualTo("66,67");
        assertThat(r.officials().get(0).flag()).isEqualTo(Flag.LOW_TWO_THIRDS);
        assertThat(qd.formFor(RoundKind.RATING).preset()).isEqualTo(RulePreset.QD96_TW);
        assertThat(qd.base()).isEqualTo(PercentBase.BALLOTS_COLLECTED);
    }

    @Test
    void nq85TakesSharesOfTheMembersSummoned() {
        // 500 deputies summoned, 480 ballots collected, 250 low: 50,00% of 500 is not over one half;
        // over the ballots collected it would be 52,08% and flagged.
        Rules legacy = Rules.preset(RulePreset.NQ85_2014, false);
        assertThat(legacy.base()).isEqualTo(PercentBase.MEMBERS_SUMMONED);
        RoundResult r = closed(legacy, RoundKind.RATING, ballots(100, 130, 250, 0, 1), 480, 500);
        assertThat(r.base()).isEqualTo(500);
        assertThat(r.officials().get(0).levelShares()).extracting(p -> p.format(','))
                .containsExactly("20,00", "26,00", "50,00");
        assertThat(r.officials().get(0).flag()).isNull();
        RoundResult modern = closed(Rules.DEFAULT, RoundKind.RATING, ballots(100, 130, 250, 0, 1), 480, 480);
        assertThat(modern.officials().get(0).levelShares().get(2).format(',')).isEqualTo("52,08");
        assertThat(modern.officials().get(0).flag()).isEqualTo(Flag.LOW_OVER_HALF);
    }

    @Test
    void partyReadingVoidsTheWholeBallotOnABlankOrMultipleMark() {
        List<Ballot> b = List.of(
                Fixtures.valid(1, Mark.level(1), Mark.level(3)),
                Fixtures.valid(2, Mark.BLANK, Mark.level(3)),
                Fixtures.valid(3, Mark.level(2), Mark.SEVERAL),
                Fixtures.invalid(4));
        Tally lineOnly = Tally.count(Rules.DEFAULT.formFor(RoundKind.RATING), 2, b);
        assertThat(lineOnly.validBallots()).isEqualTo(3);
        assertThat(lineOnly.invalidBallots()).isEqualTo(1);
        assertThat(lineOnly.line(1).level(3)).isEqualTo(2);
        assertThat(lineOnly.line(0).invalid()).isEqualTo(1);

        Tally whole = Tally.count(Rules.preset(RulePreset.QD96_TW, true).formFor(RoundKind.RATING), 2, b);
        assertThat(whole.validBallots()).isEqualTo(1);
        assertThat(whole.invalidBallots()).isEqualTo(3);
        assertThat(whole.entered()).isEqualTo(4);
        assertThat(whole.line(1).level(3)).isEqualTo(1);
        assertThat(whole.line(0).invalid()).isZero();
    }

    @Test
    void customLevelsBaseAndThresholds() {
        Rules custom = Rules.custom(List.of("Tốt", " Khá ", "Trung bình", "Kém"), 4, PercentBase.VALID_BALLOTS,
                Threshold.parse(">1/3").value(), Threshold.parse("≥3/5").value(), false).value();
        BallotForm form = custom.formFor(RoundKind.RATING);
        assertThat(form.levels()).isEqualTo(4);
        assertThat(form.levelNames()).containsExactly("Tốt", "Khá", "Trung bình", "Kém");
        // 30 valid ballots: 11 "Kém" is over one third (33 > 30) but under three fifths (55 < 90).
        List<Ballot> b = new ArrayList<>();
        b.addAll(Fixtures.repeat(9, 1, Mark.level(1)));
        b.addAll(Fixtures.repeat(10, 10, Mark.level(2)));
        b.addAll(Fixtures.repeat(11, 20, Mark.level(4)));
        b.add(Fixtures.invalid(31));
        Tally t = Tally.count(form, 1, b);
        Round round = new Round(1, 1, 1, RoundKind.RATING, Fixtures.officials(1), 31, 31, RoundState.CLOSED, form,
                t.validBallots());
        OfficialResult o = RoundResult.of(round, t).officials().get(0);
        assertThat(o.levelShares()).extracting(p -> p.format(',')).containsExactly("30,00", "33,33", "0,00", "36,67");
        assertThat(o.flag()).isEqualTo(Flag.LOW_OVER_HALF);
        assertThat(form.flag(18, 30)).isEqualTo(Flag.LOW_TWO_THIRDS);
        assertThat(form.flag(10, 30)).isNull();
    }

    @Test
    void aVoteUnderCustomRulesKeepsItsTwoLevels() {
        Rules custom = Rules.custom(List.of("Đạt", "Không đạt"), 2, PercentBase.MEMBERS_PRESENT,
                Threshold.OVER_HALF, Threshold.TWO_THIRDS_OR_MORE, true).value();
        BallotForm vote = custom.formFor(RoundKind.VOTE);
        assertThat(vote.levels()).isEqualTo(2);
        assertThat(vote.customLevels()).isFalse();
        assertThat(vote.base()).isEqualTo(PercentBase.MEMBERS_PRESENT);
        assertThat(vote.wholeBallotOnBadLine()).isTrue();
        assertThat(vote.flag(26, 50)).isEqualTo(Flag.NO_CONFIDENCE_OVER_HALF);
        assertThat(vote.flag(25, 50)).isNull();
    }

    @Test
    void customRulesAreChecked() {
        Fixtures.assertRefused(Rules.custom(List.of("Tốt"), 1, PercentBase.BALLOTS_COLLECTED, Threshold.OVER_HALF,
                Threshold.TWO_THIRDS_OR_MORE, false), "error.rules.levelCount", 2, 5, 1);
        Fixtures.assertRefused(Rules.custom(List.of("A", "B", "C", "D", "E", "F"), 1, PercentBase.BALLOTS_COLLECTED,
                Threshold.OVER_HALF, Threshold.TWO_THIRDS_OR_MORE, false), "error.rules.levelCount", 2, 5, 6);
        Fixtures.assertRefused(Rules.custom(List.of("Tốt", "tốt"), 1, PercentBase.BALLOTS_COLLECTED,
                Threshold.OVER_HALF, Threshold.TWO_THIRDS_OR_MORE, false), "error.rules.duplicateLevel", "tốt");
        Fixtures.assertRefused(Rules.custom(List.of("Tốt", "Kém"), 3, PercentBase.BALLOTS_COLLECTED,
                Threshold.OVER_HALF, Threshold.TWO_THIRDS_OR_MORE, false), "error.rules.lowLevel", 2);
    }

    @Test
    void thresholdsAreExactFractions() {
        Threshold over = Threshold.parse("> 1/2").value();
        assertThat(over.reached(31, 60)).isTrue();
        assertThat(over.reached(30, 60)).isFalse();
        Threshold atLeast = Threshold.parse(">=2/3").value();
        assertThat(atLeast.reached(40, 60)).isTrue();
        assertThat(atLeast.reached(39, 60)).isFalse();
        assertThat(atLeast.text()).isEqualTo("≥2/3");
        assertThat(Threshold.parse("2/3").value().inclusive()).isTrue();
        assertThat(Threshold.parse("3/2").isOk()).isFalse();
        assertThat(Threshold.parse("a/b").isOk()).isFalse();
        assertThat(Threshold.parse("").isOk()).isFalse();
        assertThat(over.reached(1, 0)).isFalse();
    }

    @Test
    void rulesAndFormsSurviveTheirCanonicalText() {
        Rules custom = Rules.custom(List.of("Tốt; rất", "Khá|vừa", "Kém\\x"), 3, PercentBase.MEMBERS_SUMMONED,
                Threshold.parse(">2/5").value(), Threshold.parse("≥3/4").value(), true).value();
        assertThat(Rules.decode(custom.encode())).isEqualTo(custom);
        for (RulePreset p : List.of(RulePreset.NQ96_2023, RulePreset.QD96_TW, RulePreset.NQ85_2014)) {
            Rules r = Rules.preset(p, p == RulePreset.QD96_TW);
            assertThat(Rules.decode(r.encode())).isEqualTo(r);
            for (RoundKind k : RoundKind.values()) {
                assertThat(BallotForm.decode(r.formFor(k).encode(), k)).isEqualTo(r.formFor(k));
            }
        }
        BallotForm f = custom.formFor(RoundKind.RATING);
        assertThat(BallotForm.decode(f.encode(), RoundKind.RATING)).isEqualTo(f);
        assertThat(BallotForm.decode("", RoundKind.VOTE)).isEqualTo(BallotForm.standard(RoundKind.VOTE));
        assertThat(Rules.decode("")).isEqualTo(Rules.DEFAULT);
    }
}
