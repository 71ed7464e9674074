package vn.tinnhiem.report;

import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.DoubleEntry;
import vn.tinnhiem.domain.DoubleEntryProgress;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Reading;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.SerialState;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.StoreReads;

/**
 * What the minutes say of a round counted by double entry: that it was, how many ballots the two readings
 * disagreed on, and for each its serial, the official lines in question, the three readings and how it was
 * resolved (the paper read again; the third reading counts). The same lines for the text and the HTML page.
 */
final class MinutesDoubleEntry {
    private MinutesDoubleEntry() {
    }

    static DoubleEntryProgress progress(StoreReads store, Round round) {
        if (round.settings().counting() != Counting.DOUBLE_ENTRY) {
            return null;
        }
        Integer numbered = store.numbered(round.id());
        return DoubleEntry.progress(store.readingsOf(round.id()), numbered == null ? 0 : numbered);
    }

    /** The summary sentence, then one line per ballot that disagreed; empty for any other round. */
    static List<String> lines(Minutes minutes, Messages m) {
        DoubleEntryProgress p = minutes.doubleEntry();
        List<String> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        out.add(m.get("de.minutes.summary", p.numbered(), p.disagreedOnFirstReading()));
        Round round = minutes.result().round();
        if (!p.resolved().isEmpty() || !p.conflicts().isEmpty()) {
            // The readings below are the keys typed ("111"): what each means, for whoever reads the signed paper.
            List<String> levels = new ArrayList<>();
            for (int level = 1; level <= round.levels(); level++) {
                levels.add(m.get("de.minutes.code", level, m.level(round.form(), level)));
            }
            out.add(m.get("de.minutes.codes", String.join(", ", levels)));
        }
        for (SerialState.Resolved r : p.resolved()) {
            out.add(m.get("de.minutes.resolved", r.serial(), lines(round, r.lines(), m), reading(r.first(), m),
                    reading(r.second(), m), reading(r.third(), m)));
        }
        for (SerialState.InConflict c : p.conflicts()) { // only in the minutes of a round still open
            out.add(m.get("de.minutes.conflict", c.serial(), lines(round, c.lines(), m), reading(c.first(), m),
                    reading(c.second(), m)));
        }
        return out;
    }

    /** The headers of the columns a double-entry round adds to the minutes' CSV. */
    static List<String> csvHeader(Messages m) {
        return List.of(m.get("report.minutes.csv.numbered"), m.get("report.minutes.csv.disagreed"),
                m.get("report.minutes.csv.reread"));
    }

    /**
     * The cells a double-entry round adds to an official's row of the CSV (index from 0): the ballots numbered and
     * how many disagreed on the first two readings, as on every row; then each ballot that disagreed on this
     * official's line (or on the whole ballot), with what each reading had on that line and how it was settled.
     */
    static List<String> csvCells(Minutes minutes, int official, Messages m) {
        DoubleEntryProgress p = minutes.doubleEntry();
        List<String> ballots = new ArrayList<>();
        for (SerialState.Resolved r : p.resolved()) {
            if (touches(r.lines(), official)) {
                ballots.add(m.get("report.de.csv.resolved", r.serial(), onLine(r.first(), official, m),
                        onLine(r.second(), official, m), onLine(r.third(), official, m)));
            }
        }
        for (SerialState.InConflict c : p.conflicts()) { // only in the minutes of a round still open
            if (touches(c.lines(), official)) {
                ballots.add(m.get("report.de.csv.conflict", c.serial(), onLine(c.first(), official, m),
                        onLine(c.second(), official, m)));
            }
        }
        return List.of(String.valueOf(p.numbered()), String.valueOf(p.disagreedOnFirstReading()),
                String.join("; ", ballots));
    }

    private static boolean touches(List<Integer> lines, int official) {
        return lines.contains(Reading.WHOLE_BALLOT) || lines.contains(official + 1);
    }

    /** What a reading had on one official's line: the mark's code, or that it read the whole ballot invalid. */
    private static String onLine(Reading r, int official, Messages m) {
        return r.status() == BallotStatus.INVALID ? m.get("ui.entry.wholeInvalidShort")
                : String.valueOf(r.marks().get(official).code());
    }

    /** "dòng 2 (Trần Thị Bình)", or the whole ballot. */
    private static String lines(Round round, List<Integer> lines, Messages m) {
        if (lines.equals(List.of(Reading.WHOLE_BALLOT))) {
            return m.get("de.lines.whole");
        }
        List<String> named = new ArrayList<>();
        for (int line : lines) {
            named.add(m.get("de.minutes.line", line, round.officials().get(line - 1).fullName()));
        }
        return String.join(", ", named);
    }

    private static String reading(Reading r, Messages m) {
        if (r.status() == BallotStatus.INVALID) {
            return m.get("ui.entry.wholeInvalidShort");
        }
        StringBuilder sb = new StringBuilder();
        for (Mark mark : r.marks()) {
            sb.append(mark.code());
        }
        return sb.toString();
    }
}
