package vn.tinnhiem.report;

import java.util.List;
import java.util.Map;
import vn.tinnhiem.domain.DoubleEntryProgress;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.RoundResult;

/**
 * A meeting and the results of its rounds (all of them, or the one asked for), in round order; {@code keying}: for
 * each open double-entry round (by round id), where its readings stand (numbered 0 while the count is not yet
 * fixed), so the report says what is known instead of "not yet".
 */
public record MeetingResults(Meeting meeting, List<RoundResult> rounds, Map<Long, DoubleEntryProgress> keying) {
    public MeetingResults {
        rounds = List.copyOf(rounds);
        keying = Map.copyOf(keying);
    }

    public MeetingResults(Meeting meeting, List<RoundResult> rounds) {
        this(meeting, rounds, Map.of());
    }
}
