package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;

/** The counting arithmetic checked against independent integer arithmetic over thousands of random cases. */
class CountingPropertiesTest {

    /** round(count × 100 / base, 2) half up, computed in hundredths: floor((2 × count × 10000 + base) / (2 × base)). */
    private static BigInteger hundredthsHalfUp(long count, long base) {
        BigInteger num = BigInteger.valueOf(count).multiply(BigInteger.valueOf(20_000)).add(BigInteger.valueOf(base));
        return num.divide(BigInteger.valueOf(2 * base));
    }

    @Property(tries = 2000)
    void percentIsTheExactFractionRoundedHalfUp(@ForAll @LongRange(min = 0, max = 1_000_000) long count,
                                                @ForAll @LongRange(min = 1, max = 1_000_000) long base) {
        Percent p = Percent.of(count, base);
        assertEquals(2, p.value().scale());
        assertEquals(hundredthsHalfUp(count, base), p.value().unscaledValue());
    }

    @Property(tries = 1000)
    void flagMatchesTheFractionsOfTheRegulation(@ForAll @LongRange(min = 1, max = 600) long collected,
                                                @ForAll Random random) {
        long low = (long) (random.nextDouble() * (collected + 1));
        // compare L/N with 1/2 and 2/3 by cross multiplication in BigInteger
        BigInteger l = BigInteger.valueOf(low);
        BigInteger n = BigInteger.valueOf(collected);
        boolean overHalf = l.multiply(BigInteger.TWO).compareTo(n) > 0;
        boolean twoThirds = l.multiply(BigInteger.valueOf(3)).compareTo(n.multiply(BigInteger.TWO)) >= 0;
        Flag expected = twoThirds ? Flag.LOW_TWO_THIRDS : overHalf ? Flag.LOW_OVER_HALF : null;
        assertEquals(expected, Flag.of(RoundKind.RATING, low, collected));
        assertEquals(overHalf ? Flag.NO_CONFIDENCE_OVER_HALF : null, Flag.of(RoundKind.VOTE, low, collected));
    }

    /** The keying screen's running tally, one ballot at a time, is the recount, under either reading of rule 3. */
    @Property(tries = 500)
    void addingBallotsOneByOneEqualsTheRecount(@ForAll("rounds") RoundCase round, @ForAll boolean wholeBallot) {
        BallotForm s = BallotForm.standard(round.kind());
        BallotForm form = new BallotForm(s.kind(), s.preset(), s.levelNames(), s.flaggedLevel(), s.base(), s.warn(),
                s.severe(), wholeBallot);
        Tally running = Tally.count(form, round.officials(), List.of());
        for (Ballot b : round.ballots()) {
            running = running.add(form, b);
        }
        assertEquals(Tally.count(form, round.officials(), round.ballots()), running);
    }

    record RoundCase(RoundKind kind, int officials, List<Ballot> ballots) {
    }

    @Provide
    Arbitrary<RoundCase> rounds() {
        Arbitrary<RoundKind> kinds = Arbitraries.of(RoundKind.class);
        Arbitrary<Integer> officials = Arbitraries.integers().between(1, 10);
        return Combinators.combine(kinds, officials).flatAs((kind, n) ->
                ballot(kind, n).list().ofMaxSize(200).map(drafts -> {
                    List<Ballot> numbered = new ArrayList<>();
                    for (int i = 0; i < drafts.size(); i++) {
                        Ballot b = drafts.get(i);
                        numbered.add(new Ballot(i + 1, i + 1, b.status(), b.marks(), b.voided(), b.voidReason()));
                    }
                    return new RoundCase(kind, n, numbered);
                }));
    }

    private static Arbitrary<Ballot> ballot(RoundKind kind, int officials) {
        Arbitrary<Mark> mark = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, kind.levels()).map(Mark::level)),
                Tuple.of(1, Arbitraries.just(Mark.BLANK)),
                Tuple.of(1, Arbitraries.just(Mark.SEVERAL)));
        Arbitrary<List<Mark>> marks = mark.list().ofSize(officials);
        Arbitrary<Boolean> wholeInvalid = Arbitraries.integers().between(0, 9).map(i -> i == 0);
        Arbitrary<Boolean> voided = Arbitraries.integers().between(0, 9).map(i -> i == 0);
        return Combinators.combine(marks, wholeInvalid, voided).as((m, inv, v) -> inv
                ? new Ballot(0, 0, BallotStatus.INVALID, List.of(), v, v ? "nhập nhầm" : null)
                : new Ballot(0, 0, BallotStatus.VALID, m, v, v ? "nhập nhầm" : null));
    }

    @Property(tries = 500)
    void everyValidBallotCountsOnceOnEveryLine(@ForAll("rounds") RoundCase round) {
        Tally tally = Tally.count(round.kind(), round.officials(), round.ballots());
        for (int i = 0; i < round.officials(); i++) {
            LineCount line = tally.line(i);
            assertEquals(tally.validBallots(), line.marked() + line.invalid(), "official " + i);
        }
    }

    @Property(tries = 500)
    void validPlusInvalidIsEnteredAndVoidedAreLeftOut(@ForAll("rounds") RoundCase round) {
        Tally tally = Tally.count(round.kind(), round.officials(), round.ballots());
        long voided = round.ballots().stream().filter(Ballot::voided).count();
        long invalid = round.ballots().stream()
                .filter(b -> !b.voided() && b.status() == BallotStatus.INVALID).count();
        assertEquals(tally.validBallots() + tally.invalidBallots(), tally.entered());
        assertEquals(round.ballots().size() - voided, tally.entered());
        assertEquals(voided, tally.voidedBallots());
        assertEquals(invalid, tally.invalidBallots());
        assertEquals(round.officials(), tally.lines().size());
        for (LineCount line : tally.lines()) {
            assertEquals(round.kind().levels(), line.levels().length);
        }
    }

    @Property(tries = 300)
    void tallyDoesNotDependOnTheOrderOfBallots(@ForAll("rounds") RoundCase round, @ForAll long seed) {
        List<Ballot> shuffled = new ArrayList<>(round.ballots());
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(Tally.count(round.kind(), round.officials(), round.ballots()),
                Tally.count(round.kind(), round.officials(), shuffled));
    }

    @Property(tries = 300)
    void everyShareIsTheCountOverTheBaseRoundedHalfUp(@ForAll("rounds") RoundCase round) {
        Tally tally = Tally.count(round.kind(), round.officials(), round.ballots());
        Round open = new Round(1, 1, 1, round.kind(), Fixtures.officials(round.officials()), 500, null,
                RoundState.OPEN);
        RoundResult result = RoundResult.of(open, tally);
        assertEquals(tally.entered(), result.base());
        for (OfficialResult row : result.officials()) {
            for (int level = 1; level <= round.kind().levels(); level++) {
                long count = row.count().level(level);
                BigInteger expected = result.base() == 0 ? BigInteger.ZERO : hundredthsHalfUp(count, result.base());
                assertEquals(expected, row.levelShares().get(level - 1).value().unscaledValue());
            }
            assertEquals(Flag.of(round.kind(), row.count().level(round.kind().flaggedLevel()), result.base()),
                    row.flag());
        }
    }
}
