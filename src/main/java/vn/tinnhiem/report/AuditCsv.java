package vn.tinnhiem.report;

import java.util.List;
import vn.tinnhiem.domain.AuditEvent;

/**
 * The audit log as CSV, every field as stored (time with its offset, event kind by name, previous hash and
 * hash), so that anyone can recompute the chain with any SHA-256 tool: hash = SHA-256 of the UTF-8 text
 * {@code prev_hash + "\n" + seq + "\n" + time + "\n" + kind + "\n" + meeting_id + "\n" + round_id + "\n" + detail}.
 * RFC 4180 quoting, lines ending in "\n", no byte-order mark (prefix U+FEFF for Excel).
 */
public final class AuditCsv {
    public static final List<String> HEADER = List.of("seq", "time", "kind", "meeting_id", "round_id", "detail",
            "prev_hash", "hash");

    private AuditCsv() {
    }

    public static String render(List<AuditEvent> events) {
        StringBuilder out = new StringBuilder();
        CsvWriter.unix(out).row(HEADER);
        for (AuditEvent e : events) {
            CsvWriter.unix(out).row(List.of(String.valueOf(e.seq()), e.time(), e.kind().name(),
                    e.meetingId() == null ? "" : String.valueOf(e.meetingId()),
                    e.roundId() == null ? "" : String.valueOf(e.roundId()), e.detail(), e.prevHash(), e.hash()));
        }
        return out.toString();
    }
}
