package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.RoundCount;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.RoundState;
import vn.tinnhiem.domain.SheetCell;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.domain.TallySheet;
import vn.tinnhiem.i18n.Messages;

/**
 * The meeting screen's line for a round counted from tally sheets says where the sheet stands (not keyed, keyed,
 * waiting for the second keying, agreed, in conflict, settled by a later reading, closed), never "0 entered".
 */
class SheetRoundLineTest {
    private static final Messages VI = Messages.vietnamese();
    private static final TallySheet SOUND = SheetFixture.sound(2);

    private static Round round(Counting counting, RoundState state, Integer collected) {
        return new Round(1, 1, 1, RoundKind.RATING, List.of(new Official(1, 1, "Người số 1", "Chức vụ 1"),
                new Official(2, 2, "Người số 2", "Chức vụ 2")), 48, collected, state,
                null, collected, RoundSettings.NORMAL.withCounting(counting));
    }

    private static String line(Round r, SheetEntry... entries) {
        List<SheetEntry> list = List.of(entries);
        Tally tally = RoundCount.tally(r, List.of(), list);
        return new RoundLine(r, tally, null, 0, RoundCount.sheet(r, list)).counts(VI);
    }

    @Test
    void eachStateOfTheSheetIsNamedInsteadOfBallotsEntered() {
        Round once = round(Counting.TALLY_SHEET, RoundState.OPEN, null);
        Round twice = round(Counting.TALLY_SHEET_TWICE, RoundState.OPEN, null);
        SheetEntry first = new SheetEntry(1, SOUND);
        SheetEntry same = new SheetEntry(2, SOUND);
        SheetEntry other = new SheetEntry(2, SOUND.with(new SheetCell(1, 1), 3));
        assertThat(line(once)).isEqualTo("phát ra 48, chưa nhập bảng");
        assertThat(line(once, first, new SheetEntry(2, SOUND))).isEqualTo("phát ra 48, bảng nhập 2 lần");
        assertThat(line(twice)).isEqualTo("phát ra 48, chưa nhập bảng");
        assertThat(line(twice, first)).isEqualTo("phát ra 48, bảng: chờ lần 2");
        assertThat(line(twice, first, same)).isEqualTo("phát ra 48, bảng: 2 lần khớp");
        assertThat(line(twice, first, other)).isEqualTo("phát ra 48, bảng: lệch 1 ô");
        assertThat(line(twice, first, other, new SheetEntry(3, SOUND))).isEqualTo("phát ra 48, bảng: tính lần 3");
        assertThat(line(round(Counting.TALLY_SHEET_TWICE, RoundState.CLOSED, 47), first, same))
                .isEqualTo("phát ra 48, thu về 47 (bảng)");
    }

    @Test
    void aRoundKeyedBallotByBallotStillSaysBallotsEntered() {
        Round r = round(Counting.BALLOTS, RoundState.OPEN, null);
        assertThat(new RoundLine(r, RoundCount.tally(r, List.of(), List.of())).counts(VI))
                .isEqualTo("phát ra 48, đã nhập 0");
    }
}
