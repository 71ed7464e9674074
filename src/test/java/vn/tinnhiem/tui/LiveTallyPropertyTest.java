package vn.tinnhiem.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundState;
import vn.tinnhiem.domain.Rules;
import vn.tinnhiem.domain.Tally;

/**
 * The tally the chair watches while ballots are recorded (the entry screen's, updated ballot by ballot and void
 * by void) equals a recount from the raw rows as {@code tinnhiem verify} reads them: per ballot its number,
 * validity, void flag and one integer code a line, counted here without the domain's counting code.
 */
class LiveTallyPropertyTest {

    /** One step of a count: record a ballot (marks as codes, or null for a whole invalid ballot), or void one. */
    record Step(int[] codes, boolean wholeInvalid, int voidPick, boolean isVoid) {
    }

    record Count(RoundKind kind, boolean wholeBallot, int officials, List<Step> steps) {
    }

    @Provide
    Arbitrary<Count> counts() {
        return Combinators.combine(Arbitraries.of(RoundKind.class), Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 6)).flatAs((kind, whole, n) -> step(kind, n).list().ofMaxSize(80)
                .map(steps -> new Count(kind, whole, n, steps)));
    }

    private static Arbitrary<Step> step(RoundKind kind, int officials) {
        Arbitrary<Integer> code = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, kind.levels())),
                Tuple.of(1, Arbitraries.just(Mark.BLANK_CODE)), Tuple.of(1, Arbitraries.just(Mark.SEVERAL_CODE)));
        Arbitrary<Step> record = Combinators.combine(code.array(int[].class).ofSize(officials),
                Arbitraries.integers().between(0, 9)).as((codes, r) -> new Step(codes, r == 0, 0, false));
        Arbitrary<Step> voiding = Arbitraries.integers().between(0, 1000).map(p -> new Step(null, false, p, true));
        return Arbitraries.frequencyOf(Tuple.of(9, record), Tuple.of(1, voiding));
    }

    @Property(tries = 300)
    void recountFromRawLinesEqualsTheLiveTally(@ForAll("counts") Count count) {
        BallotForm form = Rules.preset(vn.tinnhiem.domain.RulePreset.QD96_TW, count.wholeBallot())
                .formFor(count.kind());
        List<Official> officials = new ArrayList<>();
        for (int i = 1; i <= count.officials(); i++) {
            officials.add(new Official(i, i, "Người " + i, "Chức vụ"));
        }
        Round round = new Round(1, 1, 1, count.kind(), officials, 10_000, null, RoundState.OPEN, form, null);
        EntryScreen screen = EntryScreen.of("Hội nghị", round, List.of(), null);
        List<Ballot> committed = new ArrayList<>();
        for (Step s : count.steps()) {
            if (s.isVoid()) {
                List<Ballot> live = committed.stream().filter(b -> !b.voided()).toList();
                if (live.isEmpty()) {
                    continue;
                }
                Ballot b = live.get(s.voidPick() % live.size());
                Ballot voided = new Ballot(b.id(), b.number(), b.status(), b.marks(), true, "nhập nhầm");
                committed.set(committed.indexOf(b), voided);
                screen = (EntryScreen) screen.update(new Msg.BallotVoided(voided)).state();
            } else {
                int number = committed.size() + 1;
                List<Mark> marks = new ArrayList<>();
                if (!s.wholeInvalid()) {
                    for (int c : s.codes()) {
                        marks.add(Mark.fromCode(c, count.kind()));
                    }
                }
                Ballot b = new Ballot(number, number, s.wholeInvalid() ? BallotStatus.INVALID : BallotStatus.VALID,
                        marks, false, null);
                committed.add(b);
                screen = (EntryScreen) screen.update(new Msg.BallotCommitted(b)).state();
            }
        }
        assertEquals(recount(count, committed), screen.tally());
        assertEquals(Tally.count(form, count.officials(), committed), screen.tally());
    }

    /** The rules of counting over raw integer codes, written out again independently of {@link Tally}. */
    private static Tally recount(Count count, List<Ballot> ballots) {
        int levels = count.kind().levels();
        long[][] perLevel = new long[count.officials()][levels];
        long[] invalidLines = new long[count.officials()];
        int valid = 0;
        int invalid = 0;
        int voided = 0;
        for (Ballot b : ballots) {
            int[] codes = b.marks().stream().mapToInt(Mark::code).toArray();
            if (b.voided()) {
                voided++;
            } else if (b.status() == BallotStatus.INVALID) {
                invalid++;
            } else if (count.wholeBallot() && java.util.Arrays.stream(codes).anyMatch(c -> c < 1 || c > levels)) {
                invalid++;
            } else {
                valid++;
                for (int i = 0; i < codes.length; i++) {
                    if (codes[i] >= 1 && codes[i] <= levels) {
                        perLevel[i][codes[i] - 1]++;
                    } else {
                        invalidLines[i]++;
                    }
                }
            }
        }
        List<LineCount> lines = new ArrayList<>();
        for (int i = 0; i < count.officials(); i++) {
            lines.add(new LineCount(perLevel[i], invalidLines[i]));
        }
        return new Tally(count.kind(), valid, invalid, voided, lines);
    }
}
