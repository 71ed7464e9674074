package vn.tinnhiem.tui;

import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundResult;

/**
 * Everything the room's view shows, as one value: the meeting, the round with its count (live while open, over
 * the base once closed), the fingerprint once closed, and which page of officials is up. Drawn by
 * {@link RoomView} into any text area, a terminal or a window.
 *
 * @param page any integer; the view takes it modulo the number of pages the area holds
 * @param numbered for an open double-entry round, the ballots the committee numbered once a reading fixed the
 *                 count (its progress is the ballots agreed of those), else {@code null}
 * @param edited   a closed round whose data no longer match the fingerprint stored at its close, or an open round
 *                 whose file another program changed while it was keyed: the room sees that said, and none of
 *                 the figures
 */
public record RoomModel(String meetingTitle, RoundResult result, String fingerprint, int page, boolean paused,
                        Integer numbered, boolean edited) {

    public RoomModel(String meetingTitle, RoundResult result, String fingerprint, int page, boolean paused) {
        this(meetingTitle, result, fingerprint, page, paused, null);
    }

    public RoomModel(String meetingTitle, RoundResult result, String fingerprint, int page, boolean paused,
                     Integer numbered) {
        this(meetingTitle, result, fingerprint, page, paused, numbered, false);
    }

    public Round round() {
        return result.round();
    }

    public boolean closed() {
        return !result.round().isOpen();
    }

    /** While the round is open under hidden tallies, or waits for its tally sheet, the room sees no tallies. */
    public boolean talliesHidden() {
        return !closed() && (round().settings().hideTallies() || waitingForSheet());
    }

    /** An open round counted from tally sheets before any sheet counts: nothing to show the room but that. */
    public boolean waitingForSheet() {
        return !closed() && round().settings().counting().fromTallySheets() && result.tally().entered() == 0;
    }

    /** An open round keyed twice by serial: the room sees the ballots agreed so far, not ballots entered. */
    public boolean doubleEntry() {
        return !closed() && round().settings().counting() == vn.tinnhiem.domain.Counting.DOUBLE_ENTRY;
    }

    public RoomModel atPage(int p, boolean pause) {
        return new RoomModel(meetingTitle, result, fingerprint, p, pause, numbered, edited);
    }
}
