package vn.tinnhiem.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The serial Enter takes when none is typed: the next paper that needs a reading in this pass, then conflicts. */
class DoubleEntrySuggestionTest {
    final Round round = DoubleEntryPropertiesTest.round(2, 10);
    final List<Reading> readings = new ArrayList<>();
    Reading last;

    void keep(int serial, int a) {
        last = DoubleEntry.accept(round, readings, 6, serial, DoubleEntryTest.marks(a, 1)).value();
        readings.add(last);
    }

    Integer suggested() {
        return DoubleEntry.suggested(readings, 6, last);
    }

    @Test
    void aPassSkipsPapersAlreadyReadInItAndGoesRoundToTheTopOfThePile() {
        assertThat(suggested()).isEqualTo(1);
        keep(4, 1);
        keep(5, 1);
        keep(3, 1); // paper 4 was read in this pass already: not suggested
        assertThat(suggested()).isEqualTo(6);
        keep(6, 1);
        assertThat(suggested()).isEqualTo(1);
        keep(1, 1);
        keep(2, 1);
        assertThat(suggested()).as("pass 1 done: pass 2 from the top").isEqualTo(1);
        keep(1, 1);
        keep(2, 1);
        keep(3, 1);
        assertThat(suggested()).as("paper 4 needs pass 2").isEqualTo(4);
    }

    @Test
    void onceEveryPaperIsReadTwiceTheConflictsAreSuggestedThenNothing() {
        for (int s = 1; s <= 6; s++) {
            keep(s, 1);
        }
        for (int s = 1; s <= 6; s++) {
            keep(s, s == 2 || s == 5 ? 2 : 1);
        }
        assertThat(suggested()).isEqualTo(2);
        keep(2, 1);
        assertThat(suggested()).isEqualTo(5);
        keep(5, 2);
        assertThat(suggested()).isNull();
    }

    @Test
    void theSecondPassSkipsPapersItHasReadAndThoseNotYetReadOnce() {
        for (int s = 1; s <= 5; s++) {
            keep(s, 1);
        }
        keep(3, 1); // pass 2 of paper 3
        assertThat(suggested()).as("4 needs pass 2").isEqualTo(4);
        keep(4, 1);
        keep(5, 1);
        assertThat(suggested()).as("1 and 2 still need pass 2").isEqualTo(1);
        keep(1, 1);
        keep(2, 1);
        assertThat(suggested()).as("paper 6 was never read").isEqualTo(6);
    }
}
