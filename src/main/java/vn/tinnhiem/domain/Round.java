package vn.tinnhiem.domain;

import java.util.List;

/**
 * One ballot form in a meeting: its kind, the officials it lists (a snapshot of name and position taken when
 * the round opened, in ballot order), the ballots issued, the rules it counts under (fixed at opening), and
 * once closed the ballots collected and the base the shares are taken over.
 */
public record Round(long id, long meetingId, int number, RoundKind kind, List<Official> officials, int issued,
                    Integer collected, RoundState state, BallotForm form, Integer base, RoundSettings settings) {
    public Round {
        officials = List.copyOf(officials);
        if (form == null) {
            form = BallotForm.standard(kind);
        }
        if (settings == null) {
            settings = RoundSettings.NORMAL;
        }
    }

    /** A round opened without settings: counted for real, tallies shown to the room. */
    public Round(long id, long meetingId, int number, RoundKind kind, List<Official> officials, int issued,
                 Integer collected, RoundState state, BallotForm form, Integer base) {
        this(id, meetingId, number, kind, officials, issued, collected, state, form, base, RoundSettings.NORMAL);
    }

    /** A round counted under NQ 96/2023/QH15: shares of the ballots collected. */
    public Round(long id, long meetingId, int number, RoundKind kind, List<Official> officials, int issued,
                 Integer collected, RoundState state) {
        this(id, meetingId, number, kind, officials, issued, collected, state, BallotForm.standard(kind), collected);
    }

    public boolean isOpen() {
        return state == RoundState.OPEN;
    }

    public boolean rehearsal() {
        return settings.rehearsal();
    }

    public int levels() {
        return form.levels();
    }
}
