package vn.tinnhiem.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The round's life and the warnings of double entry, step by step as docs/double-entry.md draws them. */
class DoubleEntryTest {
    final Round round = DoubleEntryPropertiesTest.round(2, 5);

    static BallotDraft marks(int a, int b) {
        return BallotDraft.empty(2).mark(Mark.level(a)).mark(Mark.level(b));
    }

    List<Reading> keep(List<Reading> readings, int numbered, int serial, BallotDraft d) {
        List<Reading> next = new ArrayList<>(readings);
        next.add(DoubleEntry.accept(round, readings, numbered, serial, d).value());
        return next;
    }

    @Test
    void theRoundGoesFromUnnumberedThroughKeyingToReadyToClose() {
        assertThat(DoubleEntry.phase(round, List.of(), null)).isEqualTo(new DoubleEntryRound.Unnumbered(5));
        List<Reading> r = keep(List.of(), 2, 1, marks(1, 2));
        assertThat(DoubleEntry.phase(round, r, 2)).isInstanceOf(DoubleEntryRound.Keying.class);
        r = keep(r, 2, 1, marks(1, 2));
        r = keep(r, 2, 2, marks(3, 3));
        r = keep(r, 2, 2, marks(3, 2));
        assertThat(DoubleEntry.phase(round, r, 2)).isInstanceOf(DoubleEntryRound.Keying.class);
        r = keep(r, 2, 2, marks(3, 3));
        assertThat(DoubleEntry.phase(round, r, 2)).isInstanceOf(DoubleEntryRound.ReadyToClose.class);
        Round closed = new Round(1, 1, 1, RoundKind.RATING, round.officials(), 5, 2, RoundState.CLOSED,
                round.form(), 2, round.settings());
        assertThat(DoubleEntry.phase(closed, r, 2)).isEqualTo(new DoubleEntryRound.Closed(2));
        assertThat(DoubleEntry.accept(closed, r, 2, 1, marks(1, 1)).problem().key()).isEqualTo("error.round.closed");
    }

    @Test
    void aPassThatSkipsASerialIsWarnedNotRefused() {
        List<Reading> r = keep(List.of(), 5, 1, marks(1, 1));
        Reading third = DoubleEntry.accept(round, r, 5, 4, marks(1, 1)).value();
        assertThat(DoubleEntry.gapsBefore(r, third)).containsExactly(2, 3);
        r = keep(r, 5, 4, marks(1, 1));
        Reading second = DoubleEntry.accept(round, r, 5, 4, marks(1, 1)).value();
        assertThat(second.pass()).isEqualTo(2);
        assertThat(DoubleEntry.gapsBefore(r, second)).containsExactly(1, 2, 3);
    }

    @Test
    void theCountNumberedIsAtLeastOneAndNoMoreThanIssued() {
        assertThat(DoubleEntry.numbering(0, 5).problem().key()).isEqualTo("de.error.numberedNone");
        assertThat(DoubleEntry.numbering(6, 5).problem()).isEqualTo(Problem.of("de.error.numberedOverIssued", 6, 5));
        assertThat(DoubleEntry.numbering(5, 5).value()).isEqualTo(5);
    }

    @Test
    void serialsAreListedAsAReaderScansThem() {
        assertThat(Serials.text(List.of(1, 3, 4, 6, 7, 8, 9, 12))).isEqualTo("1, 3, 4, 6–9, 12");
        assertThat(Serials.text(List.of())).isEmpty();
    }

    @Test
    void readingsDifferOnLinesOrOnTheWholeBallot() {
        Reading a = Reading.of(1, 1, marks(1, 2));
        assertThat(a.differingLines(Reading.of(1, 2, marks(1, 3)))).containsExactly(2);
        assertThat(a.differingLines(Reading.of(1, 2, BallotDraft.empty(2).invalidate())))
                .containsExactly(Reading.WHOLE_BALLOT);
        assertThat(a.agreesWith(Reading.of(1, 2, marks(1, 2)))).isTrue();
    }
}
