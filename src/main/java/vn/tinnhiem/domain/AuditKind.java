package vn.tinnhiem.domain;

/** What an entry of the audit log records. Stored by name: never rename one. */
public enum AuditKind {
    MEETING_CREATED,
    MEETING_EDITED,
    /** An official added, edited, moved or removed, or a roster imported. */
    ROSTER_CHANGED,
    ROUND_OPENED,
    BALLOT_RECORDED,
    BALLOT_VOIDED,
    ROUND_CLOSED,
    /** Minutes or another export written to a file. */
    EXPORT_WRITTEN,
    /** A rehearsal round deleted whole, with its ballots; the entry names the round by its id. */
    ROUND_DELETED,
    /** One reading of a numbered ballot in a double-entry round: its serial, the pass (1, 2 or 3) and the marks. */
    READING_RECORDED,
    /** One entry of a round's tally sheet: the totals as keyed, and the pass (1 or 2). */
    SHEET_RECORDED
}
