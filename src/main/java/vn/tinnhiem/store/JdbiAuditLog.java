package vn.tinnhiem.store;

import static vn.tinnhiem.store.Refusals.refuse;

import java.util.List;
import vn.tinnhiem.domain.AuditDetail;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.LogCheck;
import vn.tinnhiem.domain.LogHead;
import vn.tinnhiem.domain.Problem;

/**
 * The audit log as the chair and {@code tinnhiem verify} read it: the whole log or a meeting's entries, its head
 * and its head at a round's close, and the meetings' and rounds' rows it is checked against; and the entry an
 * export writes. Each is one transaction of the store; the log's table itself is {@link AuditLog}.
 *
 * @param tx the store's transaction, which every read here runs in
 * @param audit the store's audit writer, called inside the change's own transaction
 */
record JdbiAuditLog(Transaction tx, AuditWriter audit) {
    // ---- audit log ----

    List<AuditEvent> auditLog() {
        return tx.run(AuditLog::all);
    }

    List<AuditEvent> auditLog(long meetingId) {
        return tx.run(h -> AuditLog.ofMeeting(h, meetingId));
    }

    void recordExport(long meetingId, Long roundId, String file) {
        tx.run(h -> {
            JdbiMeetings.meeting(h, meetingId);
            if (roundId != null && JdbiRounds.round(h, roundId).meetingId() != meetingId) {
                throw refuse(Problem.of("error.round.missing", roundId));
            }
            audit.log(h, AuditKind.EXPORT_WRITTEN, meetingId, roundId, AuditDetail.exportWritten(file));
            return null;
        });
    }

    // ---- the log's heads, and the rows it is checked against ----

    String roundOpenedDetail(long roundId) {
        return tx.run(h -> RecordReads.roundOpenedDetail(h, roundId));
    }

    LogHead closeHead(long roundId) {
        return tx.run(h -> RecordReads.closeHead(h, roundId));
    }

    LogHead logHead() {
        return tx.run(RecordReads::logHead);
    }

    /** Meetings and rounds as rows, for checking the log against the tables ({@code tinnhiem verify}). */
    List<LogCheck.MeetingRow> meetingRows() {
        return tx.run(h -> RecordReads.meetingIds(h).stream()
                .map(id -> new LogCheck.MeetingRow(id, JdbiMeetings.meeting(h, id).details(),
                        RecordReads.createdAt(h, id)))
                .toList());
    }

    List<LogCheck.RoundRow> roundRows() {
        return tx.run(RecordReads::roundRows);
    }

    List<vn.tinnhiem.domain.RosterCheck.OfficialRow> officialRows() {
        return tx.run(RecordReads::officialRows);
    }
}
