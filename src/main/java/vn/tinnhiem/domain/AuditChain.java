package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit log as a hash chain: each entry's hash is SHA-256 over the previous entry's hash, a line break, and
 * the entry's {@link AuditEvent#canonical() canonical text}; the first entry follows {@link #GENESIS}. Changing,
 * removing or reordering any entry breaks every hash after it, unless the whole rest of the chain is rewritten;
 * the fingerprints of closed rounds, noted in the room and printed in the minutes, are the anchor against that.
 */
public final class AuditChain {
    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String prevHash, AuditEvent event) {
        return Sha256.hex(prevHash + "\n" + event.canonical());
    }

    /** The entry that follows {@code last} ({@code null} for the first entry of a log), with its hashes. */
    public static AuditEvent next(AuditEvent last, String time, AuditKind kind, Long meetingId, Long roundId,
                                  String detail) {
        long seq = last == null ? 1 : last.seq() + 1;
        String prev = last == null ? GENESIS : last.hash();
        AuditEvent unsigned = new AuditEvent(seq, time, kind, meetingId, roundId, detail, prev, null);
        return new AuditEvent(seq, time, kind, meetingId, roundId, detail, prev, hash(prev, unsigned));
    }

    /**
     * Every break in a whole log read in order: a missing or out-of-order entry, an entry that does not carry
     * its predecessor's hash, an entry whose content no longer matches its own hash. Empty when intact.
     */
    public static List<Problem> check(List<AuditEvent> events) {
        List<Problem> problems = new ArrayList<>();
        AuditEvent before = null;
        // The same text as hash(…), hashed by one digest: verify checks every entry. A builder of its own for each
        // entry: one reused would hold every entry after the first with a Vietnamese name two bytes a character.
        Sha256 sha = new Sha256();
        for (AuditEvent e : events) {
            long expectedSeq = before == null ? 1 : before.seq() + 1;
            String expectedPrev = before == null ? GENESIS : before.hash();
            if (e.seq() != expectedSeq) {
                problems.add(Problem.of("error.verify.chainGap", e.seq(), expectedSeq));
            }
            if (!expectedPrev.equals(e.prevHash())) {
                problems.add(Problem.of("error.verify.chainLink", e.seq()));
            }
            StringBuilder text = new StringBuilder(80 + (e.detail() == null ? 4 : e.detail().length()));
            if (!sha.matches(e.canonical(text.append(e.prevHash()).append('\n')).toString(), e.hash())) {
                problems.add(Problem.of("error.verify.chainHash", e.seq(), e.kind().name()));
            }
            before = e;
        }
        return problems;
    }

    public static boolean intact(List<AuditEvent> events) {
        return check(events).isEmpty();
    }
}
