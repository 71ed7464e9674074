package vn.tinnhiem.domain;

import java.util.Locale;

/**
 * The head of the audit log at a moment, such as a round's close: the entry's number and its hash. Shown with a
 * short hash ("37 · 3f9a 07c1 88ab") next to the round's fingerprint, on the results screen and in the minutes,
 * so the signed paper anchors the log: cutting its end off, even with the ballots it recorded, no longer goes
 * unnoticed by {@code tinnhiem verify --head 37:3f9a07c188ab}.
 */
public record LogHead(long seq, String hash) {
    /** Hex digits of the hash shown and noted: 48 bits, far beyond what rewriting a log by trial could match. */
    public static final int SHORT = 12;

    public static LogHead of(AuditEvent e) {
        return new LogHead(e.seq(), e.hash());
    }

    public String shortHash() {
        return hash.substring(0, Math.min(SHORT, hash.length()));
    }

    /** "37 · 3f9a 07c1 88ab", as printed. */
    public String shown() {
        return seq + " · " + Fingerprint.grouped(shortHash());
    }

    /** "37:3f9a07c188ab", as typed after {@code --head}. */
    public String typed() {
        return seq + ":" + shortHash();
    }

    /** Whether this entry matches a head noted on paper: its number, and its hash starting with the noted digits. */
    public boolean matches(Noted noted) {
        return seq == noted.seq() && hash.startsWith(noted.hash());
    }

    /** A head as noted on paper: entry number and at least 8 hex digits of its hash (spaces allowed). */
    public record Noted(long seq, String hash) {
        public static Noted parse(String text) {
            String s = text.strip();
            int colon = s.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            try {
                long seq = Long.parseLong(s.substring(0, colon).strip());
                String hash = hex(s.substring(colon + 1));
                return seq >= 1 && hash != null && hash.length() >= 8 ? new Noted(seq, hash) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** Hex digits with spaces removed, lower case; {@code null} when anything else is in it. */
    public static String hex(String typed) {
        String h = typed.replace(" ", "").strip().toLowerCase(Locale.ROOT);
        return h.isEmpty() || !h.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? null : h;
    }
}
