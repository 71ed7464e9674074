package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /**
     * The whole of a meeting's details, so {@code verify} can tell an edit made behind tinnhiem's back: entries
     * written before this version hold only title, date, members, the committee's size and the preset, and are
     * compared on those.
     */
    public static String meeting(MeetingDetails d) {
        return "title=" + text(d.title()) + ";date=" + text(d.date()) + ";summoned=" + d.summoned() + ";present="
                + d.present() + ";committee=" + d.committee().size() + ";preset=" + d.rules().preset()
                + ";whole=" + (d.rules().wholeBallotOnBadLine() ? 1 : 0) + ";body=" + text(d.body()) + ";place="
                + text(d.place())
                + ";members=" + Encoding.list(members(d.committee(), true))
                + ";roles=" + Encoding.list(members(d.committee(), false))
                + ";rules=" + Encoding.escape(d.rules().encode());
    }

    public static String officialAdded(Official o) {
        return "action=add;official=" + o.id() + ";order=" + o.order() + ";name=" + text(o.fullName())
                + ";position=" + text(o.position());
    }

    /**
     * Several officials added at once: a roster imported, each with the name and position it was given, so
     * {@code verify} can tell a name changed behind tinnhiem's back. Entries written before this version hold the
     * officials' numbers only, and are compared on those and on the order.
     */
    public static String officialsImported(List<Official> added) {
        return "action=import;count=" + added.size() + ";officials="
                + ids(added) + ";names=" + Encoding.list(officials(added, true))
                + ";positions=" + Encoding.list(officials(added, false));
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

    /**
     * The whole form as opened: officials in ballot order with the name and position printed for each, and the
     * full rules (levels, base, thresholds as fractions). Entries written before this version stop at the preset
     * and are compared on what they hold.
     */
    public static String roundOpened(Round r) {
        return "round=" + r.number() + ";kind=" + r.kind() + ";issued=" + r.issued() + ";lines="
                + r.officials().size() + ";officials="
                + ids(r.officials()) + ";preset=" + r.form().preset()
                + ";names=" + Encoding.list(officials(r.officials(), true))
                + ";positions=" + Encoding.list(officials(r.officials(), false))
                + ";form=" + Encoding.escape(r.form().encode())
                + (r.rehearsal() ? ";rehearsal=1" : "") + (r.settings().hideTallies() ? ";hideTallies=1" : "")
                + (r.settings().counting() != Counting.BALLOTS ? ";counting=" + r.settings().counting() : "");
    }

    /** A rehearsal round deleted: its id, number and the ballots that went with it. */
    public static String rehearsalDeleted(Round r, int ballots) {
        return "round=" + r.number() + ";roundId=" + r.id() + ";rehearsal=1;ballots=" + ballots;
    }

    /**
     * The fields of a logged detail whose value differs from the same detail written from the data now, in the
     * logged order; a field the logged entry does not hold (an older entry) is not compared.
     */
    public static List<String> differences(String logged, String now) {
        Map<String, String> was = Encoding.pairs(logged);
        Map<String, String> is = Encoding.pairs(now);
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, String> e : was.entrySet()) {
            if (!e.getValue().equals(is.get(e.getKey()))) {
                fields.add(e.getKey());
            }
        }
        return fields;
    }

    // Loops rather than streams in what verify writes again for every meeting, roster and round: a stream's
    // first use loads and runs its machinery before the JVM has compiled any of it.

    private static List<String> members(List<CommitteeMember> committee, boolean names) {
        List<String> out = new ArrayList<>(committee.size());
        for (CommitteeMember m : committee) {
            out.add(names ? m.name() : m.role());
        }
        return out;
    }

    private static List<String> officials(List<Official> officials, boolean names) {
        List<String> out = new ArrayList<>(officials.size());
        for (Official o : officials) {
            out.add(names ? o.fullName() : o.position());
        }
        return out;
    }

    /** The officials' numbers, "3,1,2". */
    private static String ids(List<Official> officials) {
        StringBuilder s = new StringBuilder();
        for (Official o : officials) {
            s.append(s.length() == 0 ? "" : ",").append(o.id());
        }
        return s.toString();
    }

    /** The fields a round's opening entry holds only when they are not the default: missing, the default. */
    private static final List<String> ROUND_FLAGS = List.of("rehearsal", "hideTallies", "counting");

    /**
     * As {@link #differences}, for a round's opening entry: a flag set now that the entry does not hold differs
     * too (the entry writes a flag only when it is set, in every version), so a real round marked a rehearsal
     * afterwards, which could then be deleted with its ballots, is found.
     */
    public static List<String> roundDifferences(String logged, String now) {
        List<String> out = new ArrayList<>(differences(logged, now));
        Map<String, String> was = Encoding.pairs(logged);
        Map<String, String> is = Encoding.pairs(now);
        for (String flag : ROUND_FLAGS) {
            if (!was.containsKey(flag) && is.containsKey(flag)) {
                out.add(flag);
            }
        }
        return out;
    }

    /** Whether a logged detail holds a field (entries from before a field was logged do not). */
    public static boolean has(String detail, String key) {
        return Encoding.pairs(detail).containsKey(key);
    }

    /** One line of a ballot whose mark code differs between two texts of {@link #ballotRecorded}. */
    public record MarkChange(int line, char was, char now) {
    }

    /**
     * The lines whose mark differs between two texts of {@link #ballotRecorded}, when nothing else does (the same
     * number, validity, replacement and count of lines); empty otherwise, or when they are the same.
     */
    public static List<MarkChange> marksChanged(String logged, String now) {
        Map<String, String> was = Encoding.pairs(logged);
        Map<String, String> is = Encoding.pairs(now);
        String wasMarks = was.remove("marks");
        String isMarks = is.remove("marks");
        if (wasMarks == null || isMarks == null || !was.equals(is) || wasMarks.length() != isMarks.length()) {
            return List.of();
        }
        List<MarkChange> out = new ArrayList<>();
        // "1,3,0,9": one code a line, a comma between.
        for (int i = 0; i < wasMarks.length(); i++) {
            char w = wasMarks.charAt(i);
            char n = isMarks.charAt(i);
            boolean comma = i % 2 == 1;
            if (comma ? w != ',' || n != ',' : !Character.isDigit(w) || !Character.isDigit(n)) {
                return List.of(); // not as tinnhiem writes marks (edited from outside): both texts are said
            }
            if (!comma && w != n) {
                out.add(new MarkChange(i / 2 + 1, w, n));
            }
        }
        return out;
    }

    /** Whether a round's opening entry says it was opened as a rehearsal (entries from before rehearsals: no). */
    public static boolean openedAsRehearsal(String openedDetail) {
        return "1".equals(field(openedDetail, "rehearsal"));
    }

    /** A ballot as it was recorded: number, validity, one mark code a line (0 none, 9 several). */
    public static String ballotRecorded(Ballot b) {
        // No stream: verify writes this for every ballot of the file, mostly before the JVM has compiled it.
        StringBuilder s = new StringBuilder(32 + 2 * b.marks().size());
        s.append("ballot=").append(b.number()).append(";status=").append(b.status());
        if (b.status() == BallotStatus.VALID) {
            s.append(";marks=").append(Mark.digits(b.marks()));
        }
        if (b.replaces() != null) {
            s.append(";replaces=").append(b.replaces());
        }
        return s.toString();
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
        // As Encoding.pairs(detail).get("ballot") (the last such field), read in place without the map: verify reads
        // the number of every ballot entry of the file twice.
        int from = -1;
        int to = -1;
        int start = 0;
        while (start <= detail.length()) {
            int end = detail.indexOf(';', start);
            if (end < 0) {
                end = detail.length();
            }
            int eq = detail.indexOf('=', start);
            if (eq == start + 6 && detail.startsWith("ballot", start)) {
                from = eq + 1;
                to = end;
            }
            start = end + 1;
        }
        try {
            return from < 0 ? -1 : Integer.parseInt(detail, from, to, 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Every field of a detail in its order, for a person to read: text unescaped, a list's items (names,
     * positions) joined by ", ". A field with no '=' (an entry edited by hand) keeps its whole text as its key
     * and {@code null} for a value.
     */
    public static Map<String, String> readable(String detail) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (detail == null || detail.isEmpty()) {
            return out;
        }
        for (String part : detail.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), String.join(", ", Encoding.list(part.substring(eq + 1))));
            } else if (!part.isEmpty()) {
                out.put(Encoding.unescape(part), null);
            }
        }
        return out;
    }

    /** One field of a detail, unescaped, or {@code null}. */
    public static String field(String detail, String key) {
        Map<String, String> pairs = Encoding.pairs(detail);
        String v = pairs.get(key);
        return v == null ? null : Encoding.unescape(v);
    }
}
