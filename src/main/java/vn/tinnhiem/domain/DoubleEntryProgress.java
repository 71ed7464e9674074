package vn.tinnhiem.domain;

import java.util.List;

/**
 * A double-entry round at a glance: the ballots numbered, and by state the serials entered once, the count of
 * those agreed, the conflicts (with their readings and lines), the serials resolved by a third reading and the
 * serials no pass has entered. Lists are by serial.
 */
public record DoubleEntryProgress(int numbered, List<Integer> once, int agreed, List<SerialState.InConflict> conflicts,
                                  List<SerialState.Resolved> resolved, List<Integer> missing) {
    public DoubleEntryProgress {
        once = List.copyOf(once);
        conflicts = List.copyOf(conflicts);
        resolved = List.copyOf(resolved);
        missing = List.copyOf(missing);
    }

    /** Serials that count: agreed on two readings or resolved by a third. */
    public int settled() {
        return agreed + resolved.size();
    }

    /** Ballots whose first two readings disagreed: in conflict now or resolved since (the minutes say how many). */
    public int disagreedOnFirstReading() {
        return conflicts.size() + resolved.size();
    }

    public List<Integer> conflictSerials() {
        return conflicts.stream().map(SerialState::serial).toList();
    }

    /** Every numbered ballot agreed or resolved: the round may close with the numbered count as collected. */
    public boolean complete() {
        return numbered > 0 && settled() == numbered;
    }
}
