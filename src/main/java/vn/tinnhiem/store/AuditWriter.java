package vn.tinnhiem.store;

import org.jdbi.v3.core.Handle;
import vn.tinnhiem.domain.AuditKind;

/** Appends the entry recording a change, inside the change's own transaction. */
@FunctionalInterface
interface AuditWriter {
    void log(Handle h, AuditKind kind, Long meetingId, Long roundId, String detail);
}
