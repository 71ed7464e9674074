package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** The marks written as digits between commas, as the log, the fingerprint and the file hold them. */
class MarkDigitsPropertiesTest {

    @Provide
    Arbitrary<List<Mark>> marks() {
        Arbitrary<Mark> mark = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, 8).map(Mark::level)),
                Tuple.of(1, Arbitraries.just(Mark.BLANK)),
                Tuple.of(1, Arbitraries.of(Mark.SEVERAL, new Mark.Several())));
        return mark.list().ofMaxSize(60);
    }

    /** The same text as each mark's own digit joined by commas, and read back to the same codes. */
    @Property
    void digitsAreEachMarksDigitBetweenCommas(@ForAll("marks") List<Mark> marks) {
        String expected = marks.stream().map(m -> String.valueOf(m.digit())).collect(Collectors.joining(","));
        assertEquals(expected, Mark.digits(marks));
        String written = Mark.digits(marks);
        List<Integer> back = written.isEmpty() ? List.of()
                : java.util.Arrays.stream(written.split(",")).map(Integer::valueOf).toList();
        assertEquals(marks.stream().map(Mark::code).toList(), back);
    }
}
