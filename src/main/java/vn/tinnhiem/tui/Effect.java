package vn.tinnhiem.tui;

import java.util.List;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.Tally;

/** Work a screen asks the runtime to do: storage, files, navigation, quitting. Plain data; the runtime runs it. */
public sealed interface Effect {
    record Quit() implements Effect {
    }

    // ---- navigation: load what the next screen shows ----
    record ToStart(Problem notice) implements Effect {
    }

    record ToMeeting(long meetingId, Problem notice) implements Effect {
    }

    record ToMeetingForm(Long meetingId) implements Effect {
    }

    record ToRoster(long meetingId) implements Effect {
    }

    record ToOpenRound(long meetingId) implements Effect {
    }

    record ToRound(long roundId, Problem notice) implements Effect {
    }

    /** The form for a vote of confidence on these officials, as printed on the rating's ballot. */
    record ToVoteRound(long meetingId, List<Official> officials) implements Effect {
    }

    /** The meeting's audit log. */
    record ToAudit(long meetingId) implements Effect {
    }

    // ---- writes ----
    record SaveMeeting(Long meetingId, MeetingDetails details) implements Effect {
    }

    record AddOfficial(long meetingId, OfficialDraft official) implements Effect {
    }

    record EditOfficial(long meetingId, long officialId, OfficialDraft official, int selected) implements Effect {
    }

    record MoveOfficial(long meetingId, long officialId, int delta, int selected) implements Effect {
    }

    record RemoveOfficial(long meetingId, long officialId, int selected) implements Effect {
    }

    /** {@code replace}: the file's officials take the roster's place (refused once a round uses it); else appended. */
    record ImportRoster(long meetingId, String file, boolean replace) implements Effect {
        public ImportRoster(long meetingId, String file) {
            this(meetingId, file, false);
        }
    }

    record OpenRound(long meetingId, RoundKind kind, List<Official> onBallot, int issued, RoundSettings settings)
            implements Effect {
        public OpenRound(long meetingId, RoundKind kind, List<Official> onBallot, int issued) {
            this(meetingId, kind, onBallot, issued, RoundSettings.NORMAL);
        }
    }

    /** A rehearsal round deleted whole, after the chair confirmed. */
    record DeleteRehearsal(long meetingId, long roundId, int number) implements Effect {
    }

    /** {@code replaces}: the number of the voided ballot this one is keyed in place of, or {@code null}. */
    record CommitBallot(long roundId, BallotDraft draft, Integer replaces) implements Effect {
        public CommitBallot(long roundId, BallotDraft draft) {
            this(roundId, draft, null);
        }
    }

    record VoidBallot(long roundId, int number, String reason) implements Effect {
    }

    /** One keying of a round's tally sheet saved as its next pass (docs/tally-sheet.md). */
    record SaveSheet(long roundId, vn.tinnhiem.domain.TallySheet sheet) implements Effect {
    }

    /** {@code running}: the tally the ballot screen kept, which the full recount at close must equal. */
    record CloseRound(long roundId, int collected, Tally running) implements Effect {
    }

    /** The minutes of a closed round written as HTML, CSV and text into the exports folder. */
    record ExportMinutes(long roundId) implements Effect {
    }

    /** One reading of a numbered ballot in double entry; the store decides its pass from the readings kept. */
    record RecordReading(long roundId, int serial, int numbered, BallotDraft draft) implements Effect {
    }

    /** Closes a double-entry round with its count numbered as collected, once every serial is settled. */
    record CloseDoubleEntry(long roundId, Tally running) implements Effect {
    }
}
