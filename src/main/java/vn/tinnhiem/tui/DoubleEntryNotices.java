package vn.tinnhiem.tui;

import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Reading;
import vn.tinnhiem.domain.SerialState;
import vn.tinnhiem.domain.Serials;
import vn.tinnhiem.store.RecordedReading;

/** What the double-entry screen says after a reading is kept: its serial's new state, and any gap its pass left. */
final class DoubleEntryNotices {
    private DoubleEntryNotices() {
    }

    static Notice kept(RecordedReading k) {
        SerialState s = k.state();
        int serial = s.serial();
        Problem said;
        boolean error = false;
        if (s instanceof SerialState.EnteredOnce) {
            said = Problem.of("de.kept.once", serial);
        } else if (s instanceof SerialState.Agreed) {
            said = Problem.of("de.kept.agreed", serial, k.ballot().number());
        } else if (s instanceof SerialState.InConflict c) {
            said = Problem.of("de.kept.conflict", serial, lines(c.lines()));
            error = true;
        } else {
            said = Problem.of("de.kept.resolved", serial, k.ballot().number());
        }
        if (!k.gaps().isEmpty()) {
            said = Problem.of("de.kept.gaps", said, Serials.text(k.gaps()), k.reading().pass());
            error = true;
        }
        return error ? Notice.error(said) : new Notice(false, said);
    }

    /** "2, 7" or the whole ballot: official lines, never whose reading said what. */
    static Problem lines(java.util.List<Integer> lines) {
        if (lines.equals(java.util.List.of(Reading.WHOLE_BALLOT))) {
            return Problem.of("de.lines.whole");
        }
        return Problem.of("de.lines.some", Serials.text(lines));
    }
}
