package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Any single change to what a closed round rests on changes its fingerprint. */
class FingerprintPropertiesTest {

    record ClosedRound(Round round, List<Ballot> ballots) {
    }

    @Provide
    Arbitrary<ClosedRound> closedRounds() {
        return Combinators.combine(Arbitraries.of(RoundKind.class), Arbitraries.integers().between(1, 8))
                .flatAs((kind, n) -> ballot(kind, n).list().ofMinSize(1).ofMaxSize(60).map(drafts -> {
                    List<Ballot> numbered = new ArrayList<>();
                    for (int i = 0; i < drafts.size(); i++) {
                        Ballot b = drafts.get(i);
                        numbered.add(new Ballot(i + 1, i + 1, b.status(), b.marks(), b.voided(), b.voidReason()));
                    }
                    BallotForm form = BallotForm.standard(kind);
                    int entered = Tally.count(form, n, numbered).entered();
                    Round round = new Round(7, 3, 2, kind, Fixtures.officials(n), numbered.size() + 5, entered,
                            RoundState.CLOSED, form, entered);
                    return new ClosedRound(round, numbered);
                }));
    }

    private static Arbitrary<Ballot> ballot(RoundKind kind, int officials) {
        Arbitrary<Mark> mark = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, kind.levels()).map(Mark::level)),
                Tuple.of(1, Arbitraries.just(Mark.BLANK)),
                Tuple.of(1, Arbitraries.just(Mark.SEVERAL)));
        Arbitrary<Boolean> sometimes = Arbitraries.integers().between(0, 9).map(i -> i == 0);
        return Combinators.combine(mark.list().ofSize(officials), sometimes, sometimes).as((m, inv, v) -> inv
                ? new Ballot(0, 0, BallotStatus.INVALID, List.of(), v, v ? "nhập nhầm" : null)
                : new Ballot(0, 0, BallotStatus.VALID, m, v, v ? "nhập nhầm" : null));
    }

    /** Every code a line of this form can hold, other than {@code code}. */
    private static List<Mark> otherMarks(RoundKind kind, int code) {
        List<Mark> out = new ArrayList<>(List.of(Mark.BLANK, Mark.SEVERAL));
        for (int l = 1; l <= kind.levels(); l++) {
            out.add(Mark.level(l));
        }
        out.removeIf(m -> m.code() == code);
        return out;
    }

    /** verify counts once for its check and the fingerprint: given those counts, the same fingerprint and check. */
    @Property(tries = 200)
    void theCountsGivenOrCountedAgainGiveTheSameFingerprintAndCheck(@ForAll("closedRounds") ClosedRound c) {
        Tally counted = RoundCount.tally(c.round(), c.ballots(), List.of());
        String again = Fingerprint.of(c.round(), c.ballots(), List.of(), "meeting");
        org.junit.jupiter.api.Assertions.assertEquals(again,
                Fingerprint.of(c.round(), c.ballots(), List.of(), "meeting", () -> counted));
        MeetingDetails meeting = new MeetingDetails("Kỳ họp", "HĐND", "Hội trường", "26/11/2026", 60, 58, List.of());
        RoundCheck byItself = RoundCheck.of(c.round(), meeting, c.ballots(), List.of(), again, List.of(), "meeting",
                () -> again);
        RoundCheck given = RoundCheck.of(c.round(), meeting, c.ballots(), List.of(), again, List.of(), "meeting",
                () -> again, counted);
        org.junit.jupiter.api.Assertions.assertEquals(byItself.differences(), given.differences());
        org.junit.jupiter.api.Assertions.assertEquals(byItself.notes(), given.notes());
        org.junit.jupiter.api.Assertions.assertEquals(byItself.tally(), given.tally());
    }

    @Property(tries = 300)
    void changingAnyOneBallotLineChangesTheFingerprint(@ForAll("closedRounds") ClosedRound c,
                                                       @ForAll @IntRange(min = 0, max = 10_000) int pick,
                                                       @ForAll @IntRange(min = 0, max = 10) int to) {
        List<int[]> lines = new ArrayList<>();
        for (int b = 0; b < c.ballots().size(); b++) {
            for (int l = 0; l < c.ballots().get(b).marks().size(); l++) {
                lines.add(new int[] {b, l});
            }
        }
        net.jqwik.api.Assume.that(!lines.isEmpty());
        int[] at = lines.get(pick % lines.size());
        Ballot b = c.ballots().get(at[0]);
        List<Mark> others = otherMarks(c.round().kind(), b.marks().get(at[1]).code());
        List<Mark> marks = new ArrayList<>(b.marks());
        marks.set(at[1], others.get(to % others.size()));
        List<Ballot> changed = new ArrayList<>(c.ballots());
        changed.set(at[0], new Ballot(b.id(), b.number(), b.status(), marks, b.voided(), b.voidReason()));
        assertNotEquals(Fingerprint.of(c.round(), c.ballots()), Fingerprint.of(c.round(), changed));
    }

    @Property(tries = 300)
    void changingAnyOneBallotsStatusOrVoidChangesTheFingerprint(@ForAll("closedRounds") ClosedRound c,
                                                                @ForAll @IntRange(min = 0, max = 10_000) int pick,
                                                                @ForAll @IntRange(min = 0, max = 2) int what) {
        int i = pick % c.ballots().size();
        Ballot b = c.ballots().get(i);
        Ballot changed = switch (what) {
            case 0 -> new Ballot(b.id(), b.number(), b.status(), b.marks(), !b.voided(), b.voided() ? null : "x");
            case 1 -> b.voided() ? new Ballot(b.id(), b.number(), b.status(), b.marks(), true, b.voidReason() + ".")
                    : new Ballot(b.id(), b.number() + c.ballots().size(), b.status(), b.marks(), false, null);
            default -> b.status() == BallotStatus.INVALID
                    ? new Ballot(b.id(), b.number(), BallotStatus.VALID,
                    java.util.Collections.nCopies(c.round().officials().size(), Mark.BLANK), b.voided(), b.voidReason())
                    : new Ballot(b.id(), b.number(), BallotStatus.INVALID, List.of(), b.voided(), b.voidReason());
        };
        List<Ballot> ballots = new ArrayList<>(c.ballots());
        ballots.set(i, changed);
        assertNotEquals(Fingerprint.of(c.round(), c.ballots()), Fingerprint.of(c.round(), ballots));
        List<Ballot> removed = new ArrayList<>(c.ballots());
        removed.remove(i);
        assertNotEquals(Fingerprint.of(c.round(), c.ballots()), Fingerprint.of(c.round(), removed));
    }

    @Property(tries = 200)
    void changingTheRoundItselfChangesTheFingerprint(@ForAll("closedRounds") ClosedRound c,
                                                     @ForAll @IntRange(min = 0, max = 5) int what) {
        Round r = c.round();
        List<Official> officials = new ArrayList<>(r.officials());
        Official first = officials.get(0);
        Round changed = switch (what) {
            case 0 -> new Round(r.id(), r.meetingId(), r.number(), r.kind(), r.officials(), r.issued() + 1,
                    r.collected(), r.state(), r.form(), r.base());
            case 1 -> new Round(r.id(), r.meetingId(), r.number(), r.kind(), r.officials(), r.issued(),
                    r.collected() + 1, r.state(), r.form(), r.base());
            case 2 -> new Round(r.id(), r.meetingId(), r.number(), r.kind(), r.officials(), r.issued(),
                    r.collected(), r.state(), r.form(), r.base() + 1);
            case 3 -> {
                officials.set(0, new Official(first.id(), first.order(), first.fullName() + " A", first.position()));
                yield new Round(r.id(), r.meetingId(), r.number(), r.kind(), officials, r.issued(), r.collected(),
                        r.state(), r.form(), r.base());
            }
            case 4 -> new Round(r.id(), r.meetingId(), r.number(), r.kind(), r.officials(), r.issued(),
                    r.collected(), r.state(), Rules.preset(RulePreset.QD96_TW, false).formFor(r.kind()), r.base());
            default -> new Round(r.id(), r.meetingId(), r.number() + 1, r.kind(), r.officials(), r.issued(),
                    r.collected(), r.state(), r.form(), r.base());
        };
        assertNotEquals(Fingerprint.of(r, c.ballots()), Fingerprint.of(changed, c.ballots()));
    }
}
