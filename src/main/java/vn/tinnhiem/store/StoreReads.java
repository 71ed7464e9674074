package vn.tinnhiem.store;

import java.util.List;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.LogCheck;
import vn.tinnhiem.domain.LogHead;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingAtClose;
import vn.tinnhiem.domain.Round;

/**
 * What {@code report}, {@code verify} and {@code minutes} read from a file, and nothing that writes: the store
 * offers it (see {@link Store}), and so does the file opened only to be read ({@link Database#openReadOnly}).
 */
public interface StoreReads extends AutoCloseable {

    List<MeetingSummary> meetings();

    Meeting meeting(long meetingId);

    List<Round> rounds(long meetingId);

    Round round(long roundId);

    /** Every ballot of a round, voided ones included, by number. */
    List<Ballot> ballots(long roundId);

    /** The fingerprint stored when the round closed (64 hex digits), or {@code null} while it is open. */
    String fingerprint(long roundId);

    /** When the round was opened and closed (closed is {@code null} while it is open), for the minutes. */
    RoundTimes roundTimes(long roundId);

    /** The meeting details the round was counted under, frozen at its close, or {@code null}. */
    MeetingAtClose meetingAtClose(long roundId);

    /** The frozen meeting details of a round as stored, undecoded: what its fingerprint covers. */
    String meetingAtCloseText(long roundId);

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

    @Override
    void close();
}
