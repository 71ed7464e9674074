package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;

/** The ballot being typed, on the line above the keys: within its room, the last mark typed always in it. */
class DraftLinePropertyTest {
    @Property(tries = 500)
    void theMarksFitAndTheLastOneTypedShows(@ForAll @IntRange(min = 1, max = 60) int lines,
                                            @ForAll @IntRange(min = 0, max = 60) int typed,
                                            @ForAll @IntRange(min = 8, max = 120) int room) {
        BallotDraft d = BallotDraft.empty(lines);
        for (int i = 0; i < Math.min(typed, lines); i++) {
            d = d.mark(Mark.level(1 + i % 3));
        }
        String marks = EntryView.draftMarks(d, false, room);
        assertThat(marks.length()).isLessThanOrEqualTo(room);
        String plain = marks.replace(" ", "").replace("…", "");
        if (d.cursor() > 0) {
            assertThat(plain).contains(String.valueOf(1 + (d.cursor() - 1) % 3));
            int shownTyped = plain.replace("_", "").length();
            assertThat(plain.indexOf('_') < 0 || plain.indexOf('_') == shownTyped).isTrue(); // marks, then blanks
        }
        if (d.cursor() + 5 <= room) {
            assertThat(marks).doesNotStartWith("…"); // nothing is left out before the first mark shown
        }
        if (lines + lines / 5 <= room) {
            assertThat(marks.replace(" ", "")).hasSize(lines); // whole, in groups of five
        }
    }
}
