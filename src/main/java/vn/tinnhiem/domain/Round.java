package vn.tinnhiem.domain;

import java.util.List;

/**
 * One ballot form in a meeting: its kind, the officials it lists (a snapshot of name and position taken when
 * the round opened, in ballot order), the ballots issued, and once closed the ballots collected.
 */
public record Round(long id, long meetingId, int number, RoundKind kind, List<Official> officials, int issued,
                    Integer collected, RoundState state) {
    public Round {
        officials = List.copyOf(officials);
    }

    public boolean isOpen() {
        return state == RoundState.OPEN;
    }
}
