package vn.tinnhiem.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Marks kept as the codes read back ({@link MarkCodes}) are the same marks as a list made mark by mark: the same
 * elements, the same digits for the log and the fingerprint, the same count, and the same ballot.
 */
class MarkCodesPropertiesTest {

    @Provide
    Arbitrary<List<Mark>> marks() {
        Arbitrary<Mark> mark = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, 3).map(Mark::level)),
                Tuple.of(1, Arbitraries.just(Mark.BLANK)),
                Tuple.of(1, Arbitraries.just(Mark.SEVERAL)));
        return mark.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property
    void theSameMarksDigitsAndBallot(@ForAll("marks") List<Mark> marks) {
        String codes = Mark.digits(marks);
        MarkCodes read = MarkCodes.of(codes, 3);
        assertThat(read).isNotNull();
        assertEquals(marks, read);
        assertEquals(read, marks);
        assertEquals(marks.hashCode(), read.hashCode());
        assertEquals(codes, Mark.digits(read));
        for (int i = 0; i < marks.size(); i++) {
            assertEquals(marks.get(i).code(), read.code(i));
        }
        assertEquals(new Ballot(1, 1, BallotStatus.VALID, marks, false, null),
                new Ballot(1, 1, BallotStatus.VALID, read, false, null));
    }

    /** A round of ballots counted from codes read back and from marks made one by one: the same tally. */
    @Property
    void theSameCount(@ForAll("ballots") List<List<Mark>> ballots, @ForAll boolean party,
                      @ForAll @IntRange(min = 0, max = 3) int voidEvery) {
        int officials = 4;
        BallotForm s = BallotForm.standard(RoundKind.RATING);
        BallotForm form = new BallotForm(s.kind(), s.preset(), s.levelNames(), s.flaggedLevel(), s.base(), s.warn(),
                s.severe(), party);
        List<Ballot> made = new ArrayList<>();
        List<Ballot> read = new ArrayList<>();
        for (int b = 0; b < ballots.size(); b++) {
            List<Mark> marks = ballots.get(b);
            boolean voided = voidEvery > 0 && b % (voidEvery + 1) == 0;
            made.add(new Ballot(b + 1, b + 1, BallotStatus.VALID, marks, voided, null));
            read.add(new Ballot(b + 1, b + 1, BallotStatus.VALID, MarkCodes.of(Mark.digits(marks), 3), voided, null));
        }
        assertEquals(Tally.count(form, officials, made), Tally.count(form, officials, read));
    }

    @Provide
    Arbitrary<List<List<Mark>>> ballots() {
        Arbitrary<Mark> mark = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, 3).map(Mark::level)),
                Tuple.of(1, Arbitraries.just(Mark.BLANK)),
                Tuple.of(1, Arbitraries.just(Mark.SEVERAL)));
        return mark.list().ofSize(4).list().ofMaxSize(30);
    }

    /** Anything but one-digit codes the form holds, between commas, is left to the long way (and its refusals). */
    @Test
    void notCodesTheFormHolds() {
        for (String codes : new String[] {"4", "1,4", "12", "1,,2", "1;2", "1,2,", ",1", "a", "1.5", "-1", "1 2"}) {
            assertNull(MarkCodes.of(codes, 3), codes);
        }
        assertThat(MarkCodes.of("", 3)).isEmpty();
        assertThat(MarkCodes.of("0,9,3", 3)).containsExactly(Mark.BLANK, Mark.SEVERAL, Mark.level(3));
        assertThat(MarkCodes.of("8", 8)).containsExactly(Mark.level(8));
        assertThrows(UnsupportedOperationException.class, () -> MarkCodes.of("1", 3).add(Mark.BLANK));
        assertThrows(IndexOutOfBoundsException.class, () -> MarkCodes.of("1,2", 3).get(2));
    }
}
