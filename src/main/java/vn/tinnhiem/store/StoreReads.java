package vn.tinnhiem.store;

import java.util.List;
import java.util.Map;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.LogCheck;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.LogHead;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingAtClose;
import vn.tinnhiem.domain.Reading;
import vn.tinnhiem.domain.ReadingCheck;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.SheetEntry;

/**
 * What {@code report}, {@code verify} and {@code minutes} read from a file, and nothing that writes: the store
 * offers it (see {@link Store}), and so does the file opened only to be read ({@link Database#openReadOnly}).
 */
public interface StoreReads extends AutoCloseable {

    List<MeetingSummary> meetings();

    /**
     * Waits for SQLite's check of every page when it runs while the file is read ({@link Database#openToVerify}),
     * and refuses a damaged file as opening it would have ({@link StoreException}); nothing otherwise.
     */
    default void requirePagesIntact() {
    }

    /**
     * With {@link Database#openToVerify}: the columns holding values of another type than tinnhiem stores there
     * (text in a column of numbers, say), which only an edit from outside can put there and which read back as
     * if nothing had changed; found after SQLite's check of every page. Empty otherwise.
     */
    default List<Problem> valuesNotAsWritten() {
        return List.of();
    }

    Meeting meeting(long meetingId);

    List<Round> rounds(long meetingId);

    Round round(long roundId);

    /** Every ballot of a round, voided ones included, by number. */
    List<Ballot> ballots(long roundId);

    /**
     * The numbers of the round's ballots whose lines are not numbered 1 to n as tinnhiem writes them (renumbered
     * from outside); {@link #ballots} reads them in their order all the same.
     */
    List<Integer> linesOutOfPlace(long roundId);

    /** The fingerprint stored when the round closed (64 hex digits), or {@code null} while it is open. */
    String fingerprint(long roundId);

    /** When the round was opened and closed (closed is {@code null} while it is open), for the minutes. */
    RoundTimes roundTimes(long roundId);

    /** The meeting details the round was counted under, frozen at its close, or {@code null}. */
    MeetingAtClose meetingAtClose(long roundId);

    /** The frozen meeting details of a round as stored, undecoded: what its fingerprint covers. */
    String meetingAtCloseText(long roundId);

    /**
     * The detail of the round's opening entry in the audit log (what the round was opened as, which the chain
     * protects), or {@code null} when the log has none: a round opened before the log existed.
     */
    String roundOpenedDetail(long roundId);

    /** The audit log's head at the round's close (its close entry), or {@code null} while open or not logged. */
    LogHead closeHead(long roundId);

    /** The audit log's last entry now, or {@code null} while the log is empty. */
    LogHead logHead();

    /** The whole audit log, oldest first. */
    List<AuditEvent> auditLog();

    /** The audit entries of one meeting, oldest first. */
    List<AuditEvent> auditLog(long meetingId);

    /** Meetings as rows, for checking the log against the tables ({@code tinnhiem verify}). */
    List<LogCheck.MeetingRow> meetingRows();

    /** Rounds as rows, for checking the log against the tables. */
    List<LogCheck.RoundRow> roundRows();

    /** Every meeting's officials as rows, in meeting and ballot order, for checking the log against the roster. */
    List<vn.tinnhiem.domain.RosterCheck.OfficialRow> officialRows();

    /** The readings of a double-entry round, by serial then pass; none for any other round. */
    List<Reading> readingsOf(long roundId);

    /** Every reading as the file holds it, with the count numbered stored beside it, for {@code verify}. */
    List<ReadingCheck.Stored> storedReadings(long roundId);

    /** The serial of each ballot of a round, by ballot number (a ballot without one is left out). */
    Map<Integer, Integer> ballotSerials(long roundId);

    /** The count of ballots numbered in a double-entry round, fixed by its first reading; {@code null} before. */
    Integer numbered(long roundId);

    /** Every entry of a round's tally sheet, by pass. */
    List<SheetEntry> sheetEntries(long roundId);

    /** The entries of a round counted from tally sheets; none, without reading the file, for any other round. */
    default List<SheetEntry> sheetsOf(Round round) {
        return round.settings().counting().fromTallySheets() ? sheetEntries(round.id()) : List.of();
    }

    @Override
    void close();
}
