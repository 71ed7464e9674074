package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A column is as wide on the screen as it is meant to be, whatever the text holds: fitted text takes exactly its
 * width in cells (a Chinese or Korean character two, a combining mark none), so the columns after it keep their
 * place.
 */
class FitWidthPropertyTest {
    @Property(tries = 500)
    void fittedTextTakesExactlyItsWidth(@ForAll("names") String s, @ForAll @IntRange(min = 1, max = 20) int width) {
        String fitted = View.fit(s, width);
        assertThat(cells(fitted)).as("«%s» fitted to %d: «%s»", s, width, fitted).isEqualTo(width);
    }

    @Test
    void aHanNameKeepsTheColumnsAfterIt() {
        assertThat(View.fit("阮文安", 8)).isEqualTo("阮文安  ");
        assertThat(View.fit("阮文安阮文安", 8)).isEqualTo("阮文安… ");
        assertThat(View.fit("Nguyễn Văn An", 8)).isEqualTo("Nguyễn …"); // as before: one cell a letter
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("aZ ễỗ中한…\u0301").ofMaxLength(16);
    }

    private static int cells(String s) {
        int n = 0;
        for (char c : s.toCharArray()) {
            n += Canvas.cells(c);
        }
        return n;
    }
}
