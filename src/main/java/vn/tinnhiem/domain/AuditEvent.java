package vn.tinnhiem.domain;

/**
 * One entry of the append-only audit log: its place in the log, the time it was written (when the change was
 * made, which for a ballot is the order of counting, not of voting), what happened, the meeting and round it
 * concerns, a short canonical detail (never anything that identifies a voter), and the chain: the hash of the
 * previous entry and its own (see {@link AuditChain}).
 */
public record AuditEvent(long seq, String time, AuditKind kind, Long meetingId, Long roundId, String detail,
                         String prevHash, String hash) {

    /**
     * The text this entry's hash covers, after the previous hash: one field a line, the detail last so it may
     * hold anything without making two entries encode alike.
     */
    public String canonical() {
        return canonical(new StringBuilder(64 + (detail == null ? 4 : detail.length()))).toString();
    }

    /** Appends {@link #canonical()} to {@code s}: the log's check hashes 2,000 entries through one builder. */
    StringBuilder canonical(StringBuilder s) {
        s.append(seq).append('\n').append(time).append('\n').append(kind.name()).append('\n');
        if (meetingId != null) {
            s.append(meetingId.longValue());
        }
        s.append('\n');
        if (roundId != null) {
            s.append(roundId.longValue());
        }
        return s.append('\n').append(detail);
    }
}
