package vn.tinnhiem.store;

import java.util.List;
import java.util.Optional;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.LogHead;
import vn.tinnhiem.domain.MeetingAtClose;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;

/**
 * Where meetings, rosters, rounds and ballots are kept. Every method is one transaction: when it returns, what
 * it wrote is on disk. Refusals the chair can act on come as {@link StoreException} carrying a message key.
 */
public interface Store extends StoreReads {

    List<MeetingSummary> meetings();

    Meeting meeting(long meetingId);

    Meeting createMeeting(MeetingDetails details);

    Meeting updateMeeting(long meetingId, MeetingDetails details);

    /** The roster in ballot order. */
    List<Official> roster(long meetingId);

    Official addOfficial(long meetingId, OfficialDraft official);

    /** Adds every official after the present roster, all or none. */
    List<Official> addOfficials(long meetingId, List<OfficialDraft> officials);

    /** The roster replaced by these officials in one transaction; refused while a round lists any of them. */
    List<Official> replaceRoster(long meetingId, List<OfficialDraft> officials);

    void updateOfficial(long officialId, OfficialDraft official);

    /** Moves an official one place up (delta -1) or down (+1) in the roster; no-op at either end. */
    void moveOfficial(long officialId, int delta);

    /** Removes an official no round uses; refused otherwise. */
    void removeOfficial(long officialId);

    boolean officialInUse(long officialId);

    List<Round> rounds(long meetingId);

    /**
     * Whether another program has written the file since this store opened it, or the file has been given a
     * second name (a hard link, through which a program would write unseen): looked at when asked, and from then
     * on every write of this store is refused with the problem returned. Empty while neither has happened.
     */
    Optional<Problem> changedOutside();

    /** The ids of a meeting's rounds in their order, to read them one by one (one that does not read, alone). */
    List<Long> roundIds(long meetingId);

    /**
     * A round whose row does not read ({@link #round} throws {@code Unreadable}) as far as a list can show it: its
     * place, kind and state, without officials or counts.
     */
    Round listedRound(long roundId);

    Round round(long roundId);

    /** Opens a round whose ballot lists {@code onBallot} in the given order. */
    Round openRound(long meetingId, RoundKind kind, List<Official> onBallot, int issued);

    /** Opens a round with its settings: a rehearsal, tallies hidden from the room until the close. */
    Round openRound(long meetingId, RoundKind kind, List<Official> onBallot, int issued, RoundSettings settings);

    /**
     * Deletes a rehearsal round whole, open or closed, with its ballots, and records it in the audit log by the
     * round's id; refused for any other round.
     */
    void deleteRehearsal(long roundId);

    /** The tally sheets of rounds counted from them (docs/tally-sheet.md). */
    SheetStore sheets();

    /** Every ballot of a round, voided ones included, by number. */
    List<Ballot> ballots(long roundId);

    /** Records one ballot under the next number; committed when this returns. */
    default Ballot recordBallot(long roundId, BallotDraft draft) {
        return recordBallot(roundId, draft, null);
    }

    /** {@code replaces}: the voided ballot of the same round this one is keyed in place of, or {@code null}. */
    Ballot recordBallot(long roundId, BallotDraft draft, Integer replaces);

    /** Marks a committed ballot void with a reason; it stays in the record and leaves the tally. */
    Ballot voidBallot(long roundId, int number, String reason);

    /** Closes a round with the ballots collected; refused unless they equal the ballots entered. */
    default Round closeRound(long roundId, int collected) {
        return closeRound(roundId, collected, null);
    }

    /**
     * Closes a round as above, and also refuses when the full recount of its ballots differs from {@code running},
     * the tally the ballot screen kept while they were entered ({@code null}: nothing to compare with).
     */
    Round closeRound(long roundId, int collected, Tally running);

    /** The fingerprint stored when the round closed (64 hex digits), or {@code null} while it is open. */
    String fingerprint(long roundId);

    /** When the round was opened and closed (closed is {@code null} while it is open), for the minutes. */
    RoundTimes roundTimes(long roundId);

    /**
     * The meeting details the round was counted under, frozen at its close; {@code null} while it is open and
     * for a round closed before they were kept (its minutes then use the meeting as it stands).
     */
    MeetingAtClose meetingAtClose(long roundId);

    /** The audit log's head at the round's close (its close entry), or {@code null} while open or not logged. */
    LogHead closeHead(long roundId);

    /** The audit log's last entry now, or {@code null} while the log is empty. */
    LogHead logHead();

    /** The whole audit log, oldest first. */
    List<AuditEvent> auditLog();

    /** The audit entries of one meeting, oldest first. */
    List<AuditEvent> auditLog(long meetingId);

    /** Records in the audit log that minutes or another export of the meeting (and round, or null) were written. */
    void recordExport(long meetingId, Long roundId, String file);

    /** The readings of double-entry rounds ({@code docs/double-entry.md}). */
    Readings readings();

    @Override
    void close();
}
