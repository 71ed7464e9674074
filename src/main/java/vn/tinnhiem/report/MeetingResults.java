package vn.tinnhiem.report;

import java.util.List;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.RoundResult;

/** A meeting and the results of its rounds (all of them, or the one asked for), in round order. */
public record MeetingResults(Meeting meeting, List<RoundResult> rounds) {
    public MeetingResults {
        rounds = List.copyOf(rounds);
    }
}
