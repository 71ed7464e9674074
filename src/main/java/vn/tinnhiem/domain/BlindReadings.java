package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the audit log may show of a round still being keyed twice. A second reader (and a third after a conflict)
 * keys without seeing what was keyed before (docs/double-entry.md, docs/tally-sheet.md): so while a tally sheet
 * keyed twice does not count yet, its entries' numbers are withheld, and while a serial of a double-entry round
 * is entered once or in conflict, its readings' marks are. The pass and the serial stay, and the entry's hash
 * (the chain is checked on the stored text). Once a sheet counts, or a serial is agreed or resolved, its numbers
 * are the ones the screen shows anyway, and the log shows them whole.
 */
public final class BlindReadings {
    private BlindReadings() {
    }

    /**
     * The serials of a double-entry round whose readings are still blind: entered once or in conflict.
     */
    public static Set<Integer> unsettledSerials(List<Reading> readings, int numbered) {
        Set<Integer> out = new java.util.TreeSet<>();
        DoubleEntry.states(readings, numbered).forEach((serial, state) -> {
            if (state instanceof SerialState.EnteredOnce || state instanceof SerialState.InConflict) {
                out.add(serial);
            }
        });
        return out;
    }

    /** Whether the entries of a sheet round are still blind: keyed twice, and no sheet counts yet. */
    public static boolean sheetBlind(Counting counting, List<SheetEntry> entries) {
        return counting == Counting.TALLY_SHEET_TWICE && SheetLife.of(counting, entries).counted().isEmpty();
    }

    /**
     * The log as the chair may see it: the entries of the rounds in {@code blindSheets} and the readings of the
     * serials in {@code blindSerials} (by round id) carry {@code withheld} in place of their numbers.
     */
    public static List<AuditEvent> shown(List<AuditEvent> events, Set<Long> blindSheets,
                                         Map<Long, Set<Integer>> blindSerials, String withheld) {
        List<AuditEvent> out = new ArrayList<>(events.size());
        for (AuditEvent e : events) {
            out.add(blind(e, blindSheets, blindSerials) ? withheld(e, withheld) : e);
        }
        return out;
    }

    private static boolean blind(AuditEvent e, Set<Long> blindSheets, Map<Long, Set<Integer>> blindSerials) {
        if (e.roundId() == null) {
            return false;
        }
        if (e.kind() == AuditKind.SHEET_RECORDED) {
            return blindSheets.contains(e.roundId());
        }
        if (e.kind() == AuditKind.READING_RECORDED) {
            return blindSerials.getOrDefault(e.roundId(), Set.of()).contains(ReadingDetail.serial(e.detail()));
        }
        return false;
    }

    /** The entry with only what names it (round, serial, pass) and the note in place of the numbers. */
    private static AuditEvent withheld(AuditEvent e, String note) {
        Map<String, String> pairs = Encoding.pairs(e.detail());
        StringBuilder sb = new StringBuilder();
        for (String key : List.of("round", "serial", "pass")) {
            if (pairs.containsKey(key)) {
                sb.append(key).append('=').append(pairs.get(key)).append(';');
            }
        }
        return new AuditEvent(e.seq(), e.time(), e.kind(), e.meetingId(), e.roundId(), sb + note, e.prevHash(),
                e.hash());
    }
}
