package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The table's scrolling with names over several rows, and the legend laid over several lines: the official being
 * marked is always whole on screen, and no key's meaning is cut where the line is wide enough for it.
 */
class WrapLayoutPropertyTest {
    @Property
    void theOfficialBeingMarkedIsWholeOnScreen(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 3) Integer> rows,
                                               @ForAll @IntRange(min = 0, max = 59) int cursor,
                                               @ForAll @IntRange(min = 3, max = 30) int room) {
        int[] heights = rows.stream().mapToInt(Integer::intValue).toArray();
        int c = Math.min(cursor, heights.length - 1);
        int first = TallyTable.firstFor(heights, c, room);
        assertThat(first).isBetween(0, c);
        int used = 0;
        for (int i = first; i <= c; i++) {
            used += heights[i];
        }
        assertThat(used).isLessThanOrEqualTo(room);
    }

    @Property
    void withOneRowPerOfficialItMovesByHalfAScreenful(@ForAll @IntRange(min = 1, max = 60) int n,
                                                      @ForAll @IntRange(min = 0, max = 60) int cursor,
                                                      @ForAll @IntRange(min = 1, max = 30) int room) {
        int[] heights = new int[n];
        java.util.Arrays.fill(heights, 1);
        int c = Math.min(cursor, n - 1);
        int step = Math.max(1, room / 2);
        int start = room - room / 4;
        int k = c < start ? 0 : (c - start) / step + 1;
        int expected = Math.max(0, Math.min(k * step, n - room));
        int first = TallyTable.firstFor(heights, cursor, room);
        assertThat(first).isEqualTo(expected);
        assertThat(c - first).isBetween(0, room - 1);
    }

    @Property
    void theTableMovesOnlyWhenTheCursorReachesThreeQuarters(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 3) Integer> rows,
                                                           @ForAll @IntRange(min = 6, max = 30) int room) {
        int[] heights = rows.stream().mapToInt(Integer::intValue).toArray();
        int moves = 0;
        int before = TallyTable.firstFor(heights, 0, room);
        for (int c = 1; c < heights.length; c++) {
            int first = TallyTable.firstFor(heights, c, room);
            assertThat(first).isGreaterThanOrEqualTo(before); // going down never moves it back
            if (first != before) {
                moves++;
            }
            before = first;
        }
        int total = java.util.Arrays.stream(heights).sum();
        assertThat(moves).isLessThanOrEqualTo(total / Math.max(1, room / 2 - 2) + 1);
    }

    @Property
    void everyItemOfALegendIsWholeOnOneLine(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 30) Integer> lengths,
                                            @ForAll @IntRange(min = 30, max = 200) int width) {
        List<String> items = lengths.stream().map(n -> "k" + "x".repeat(n - 1)).toList();
        List<String> lines = Legend.lines(items, width, 100);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
        assertThat(String.join(Legend.SEPARATOR, lines)).isEqualTo(String.join(Legend.SEPARATOR, items));
        for (String item : items) {
            assertThat(lines).anySatisfy(l -> assertThat(l.split(" · ")).contains(item));
        }
    }

    @Property(tries = 500)
    void wordsAreWhatARegularExpressionSplitGives(@ForAll("spaced") String text) {
        assertThat(Wrap.words(text.strip())).isEqualTo(List.of(text.strip().split("\\s+")));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> spaced() {
        return net.jqwik.api.Arbitraries.strings().withChars("ab ễ\t\n\r\f\u000b\u2003\u00a0").ofMaxLength(12);
    }
}
