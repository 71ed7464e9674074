package vn.tinnhiem.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The short canonical detail of each audit entry: {@code key=value} pairs joined by ';', text escaped as the
 * rules are ({@code \s} for ';', {@code \p} for '|'). Officials are named (they are rated, not voting); a ballot
 * is only its running number, its validity and its marks: nothing that identifies a voter.
 */
public final class AuditDetail {
    private AuditDetail() {
    }

    private static String text(String s) {
        return Encoding.escape(s == null ? "" : s).replace("\n", "\\n").replace("\r", "\\r");
    }

    public static String meeting(MeetingDetails d) {
        return "title=" + text(d.title()) + ";date=" + text(d.date()) + ";summoned=" + d.summoned() + ";present="
                + d.present() + ";committee=" + d.committee().size() + ";preset=" + d.rules().preset()
                + ";whole=" + (d.rules().wholeBallotOnBadLine() ? 1 : 0);
    }

    public static String officialAdded(Official o) {
        return "action=add;official=" + o.id() + ";order=" + o.order() + ";name=" + text(o.fullName())
                + ";position=" + text(o.position());
    }

    /** Several officials added at once: a roster imported. */
    public static String officialsImported(List<Official> added) {
        return "action=import;count=" + added.size() + ";officials="
                + added.stream().map(o -> String.valueOf(o.id())).collect(Collectors.joining(","));
    }

    public static String officialEdited(long officialId, OfficialDraft now) {
        return "action=edit;official=" + officialId + ";name=" + text(now.fullName()) + ";position="
                + text(now.position());
    }

    public static String officialMoved(long officialId, int from, int to) {
        return "action=move;official=" + officialId + ";from=" + from + ";to=" + to;
    }

    public static String officialRemoved(Official o) {
        return "action=remove;official=" + o.id() + ";name=" + text(o.fullName());
    }

    public static String roundOpened(Round r) {
        return "round=" + r.number() + ";kind=" + r.kind() + ";issued=" + r.issued() + ";lines="
                + r.officials().size() + ";officials="
                + r.officials().stream().map(o -> String.valueOf(o.id())).collect(Collectors.joining(","))
                + ";preset=" + r.form().preset()
                + (r.rehearsal() ? ";rehearsal=1" : "") + (r.settings().hideTallies() ? ";hideTallies=1" : "");
    }

    /** A rehearsal round deleted: its id, number and the ballots that went with it. */
    public static String rehearsalDeleted(Round r, int ballots) {
        return "round=" + r.number() + ";roundId=" + r.id() + ";rehearsal=1;ballots=" + ballots;
    }

    /** A ballot as it was recorded: number, validity, one mark code a line (0 none, 9 several). */
    public static String ballotRecorded(Ballot b) {
        String s = "ballot=" + b.number() + ";status=" + b.status();
        if (b.status() == BallotStatus.VALID) {
            s += ";marks=" + b.marks().stream().map(m -> String.valueOf(m.code())).collect(Collectors.joining(","));
        }
        return s;
    }

    public static String ballotVoided(Ballot b) {
        return "ballot=" + b.number() + ";reason=" + text(b.voidReason());
    }

    public static String roundClosed(Round r, String fingerprint) {
        return "round=" + r.number() + ";collected=" + r.collected() + ";base=" + r.base() + ";fingerprint="
                + fingerprint;
    }

    public static String exportWritten(String file) {
        return "file=" + text(file);
    }

    /** The ballot number a ballot entry names, or -1. */
    public static int ballotNumber(String detail) {
        String n = Encoding.pairs(detail).get("ballot");
        try {
            return n == null ? -1 : Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** One field of a detail, unescaped, or {@code null}. */
    public static String field(String detail, String key) {
        Map<String, String> pairs = Encoding.pairs(detail);
        String v = pairs.get(key);
        return v == null ? null : Encoding.unescape(v);
    }
}
