package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.i18n.Messages;

/** The keys that matter most stay on the key line at 80 columns, in both languages. */
class FooterFitTest {
    private static final List<Messages> BOTH = List.of(Messages.vietnamese(), Messages.english());

    @Test
    void doubleEntryMarksKeepStepBackAndDropAt80Columns() {
        for (Messages m : BOTH) {
            String line = DoubleEntryKeys.MARKS.relabel(EntryKeys.Action.MARK, "1–3").line(80, m::get);
            assertThat(line).hasSizeLessThanOrEqualTo(80).contains(" ⌫/- ").contains(" Esc ").contains(" Enter ")
                    .contains(" 1–3 ").contains(" k/* ");
        }
    }

    @Test
    void openRoundListsTheFormAndTheCountingMethodAt80Columns() {
        for (Messages m : BOTH) {
            String line = OpenRoundScreen.KEYS.line(80, m::get);
            assertThat(line).hasSizeLessThanOrEqualTo(80).contains(" k ").contains(" ←→ ").contains(" Space ")
                    .contains(" Enter ").contains(" Esc ");
        }
    }
}
