package vn.tinnhiem.tui;

import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;

/**
 * What the keypad's keys do to the ballot being typed, shared by the ballot-by-ballot and the double-entry
 * screens so that a digit, {@code 0}, {@code 9} and {@code +} then a level mean the same on both.
 */
final class Keypad {
    private Keypad() {
    }

    /** The mark a digit stands for: 0 no mark, 9 several marks, 1… a level of the form; {@code null} otherwise. */
    static Mark markOf(int digit, int levels) {
        if (digit == 0) {
            return Mark.BLANK;
        }
        if (digit == 9) {
            return Mark.SEVERAL;
        }
        return digit >= 1 && digit <= levels ? Mark.level(digit) : null;
    }

    /** {@code +} then a level: every line left gets it. */
    static BallotDraft fillRest(BallotDraft draft, Mark mark) {
        BallotDraft d = draft;
        while (!d.isComplete()) {
            d = d.mark(mark);
        }
        return d;
    }
}
