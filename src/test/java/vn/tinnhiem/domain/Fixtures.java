package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small builders for domain tests: officials, rounds and ballots written the way a count reads. */
final class Fixtures {
    private Fixtures() {
    }

    static List<Official> officials(int n) {
        List<Official> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new Official(i, i, "Người số " + i, "Chức vụ " + i));
        }
        return out;
    }

    static Round openRound(RoundKind kind, int officials, int issued) {
        return new Round(1, 1, 1, kind, officials(officials), issued, null, RoundState.OPEN);
    }

    static Round closedRound(RoundKind kind, int officials, int issued, int collected) {
        return new Round(1, 1, 1, kind, officials(officials), issued, collected, RoundState.CLOSED);
    }

    static Ballot valid(int number, Mark... marks) {
        return new Ballot(number, number, BallotStatus.VALID, Arrays.asList(marks), false, null);
    }

    static Ballot invalid(int number) {
        return new Ballot(number, number, BallotStatus.INVALID, List.of(), false, null);
    }

    static Ballot voided(Ballot b, String reason) {
        return new Ballot(b.id(), b.number(), b.status(), b.marks(), true, reason);
    }

    static Mark level(int level) {
        return Mark.level(level);
    }

    /** {@code count} valid one-line ballots carrying the same mark, numbered from {@code from}. */
    static List<Ballot> repeat(int count, int from, Mark mark) {
        List<Ballot> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(valid(from + i, mark));
        }
        return out;
    }

    /** A tally with the given numbers of valid and invalid ballots, for rule checks that only look at counts. */
    static Tally tallyOf(RoundKind kind, int valid, int invalid) {
        return new Tally(kind, valid, invalid, 0, List.of());
    }

    static void assertRefused(Checked<?> checked, String key, Object... args) {
        org.junit.jupiter.api.Assertions.assertFalse(checked.isOk(), () -> "expected refusal " + key);
        org.junit.jupiter.api.Assertions.assertEquals(Problem.of(key, args), checked.problem());
    }
}
