package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The fingerprint of a closed round: SHA-256 over a canonical text of everything its result rests on: the rules
 * it was counted under ({@link BallotForm#encode()}), its number, kind, ballots issued and collected, the base
 * of the shares, the officials on the ballot (line, id, name and position as printed), every ballot (number,
 * validity, void and its reason, the mark of every line) and the counts. Computed when the round closes, shown
 * on the results screen and printed in the minutes so the room can note it; {@code tinnhiem verify} computes it
 * again from the file. The text never depends on the language or the platform.
 */
public final class Fingerprint {
    /** Names the encoding, so a later change of it cannot be mistaken for a change of the data. */
    static final String VERSION = "tinnhiem-fingerprint-1";
    /** Version 2 adds the meeting details frozen at the close ({@link MeetingAtClose}). */
    static final String VERSION_2 = "tinnhiem-fingerprint-2";

    private Fingerprint() {
    }

    /** 64 lower-case hex digits. */
    public static String of(Round round, List<Ballot> ballots) {
        return of(round, ballots, (String) null);
    }

    /**
     * The fingerprint of a round whose meeting details were frozen at its close (their canonical text); with
     * {@code null}, as for a round closed before copies were kept, the version 1 fingerprint.
     */
    public static String of(Round round, List<Ballot> ballots, String meetingAtClose) {
        return of(round, ballots, List.of(), meetingAtClose);
    }

    /** The fingerprint of a round with its tally-sheet entries (none for a round keyed ballot by ballot). */
    public static String of(Round round, List<Ballot> ballots, List<SheetEntry> sheets, String meetingAtClose) {
        return of(round, ballots, sheets, meetingAtClose, null);
    }

    /**
     * As {@link #of(Round, List, List, String)}, the round's counts ({@link RoundCount#tally} of the same round,
     * ballots and entries) asked of {@code counted} only once every ballot's line is written: {@code verify} counts
     * on its main thread, once for its check and the fingerprint, while the fingerprint's text is written here.
     */
    public static String of(Round round, List<Ballot> ballots, List<SheetEntry> sheets, String meetingAtClose,
                            Supplier<Tally> counted) {
        return Sha256.hex(parts(round, ballots, sheets, meetingAtClose, counted));
    }

    /** The text that is hashed, one item a line. */
    public static String canonical(Round round, List<Ballot> ballots) {
        return canonical(round, ballots, null);
    }

    /** The text that is hashed, one item a line; the frozen meeting details on the second line when given. */
    public static String canonical(Round round, List<Ballot> ballots, String meetingAtClose) {
        return canonical(round, ballots, List.of(), meetingAtClose);
    }

    /**
     * The text that is hashed; a round counted from tally sheets adds one line per entry (its pass and every
     * number, {@link TallySheet#encode()}) and its counts are those of the sheet that counts ({@link RoundCount}).
     * A round keyed ballot by ballot gives the same text as before sheets existed.
     */
    public static String canonical(Round round, List<Ballot> ballots, List<SheetEntry> sheets, String meetingAtClose) {
        return canonical(round, ballots, sheets, meetingAtClose, null);
    }

    private static String canonical(Round round, List<Ballot> ballots, List<SheetEntry> sheets, String meetingAtClose,
                                    Supplier<Tally> counted) {
        return String.join("", parts(round, ballots, sheets, meetingAtClose, counted));
    }

    /**
     * The canonical text in consecutive parts, hashed part after part as one text. The ballots' lines (all but a
     * few of its 250 KB for 2,000 ballots) are kept apart from the lines that carry names, so that they stay text
     * of one byte a character, which the JDK encodes by copying it: one text with a single Vietnamese name in it
     * is held two bytes a character throughout, and encoded a character at a time (before the JVM has compiled
     * that, about 25 ms for 2,000 ballots). A ballot whose reason for voiding is not ASCII is a part of its own.
     */
    private static List<String> parts(Round round, List<Ballot> ballots, List<SheetEntry> sheets,
                                      String meetingAtClose, Supplier<Tally> counted) {
        List<String> parts = new ArrayList<>();
        StringBuilder s = new StringBuilder(256 + round.officials().size() * 64);
        s.append(meetingAtClose == null ? VERSION : VERSION_2).append('\n');
        if (meetingAtClose != null) {
            s.append("meeting=").append(text(meetingAtClose)).append('\n');
        }
        s.append("form=").append(text(round.form().encode())).append('\n');
        s.append("round=").append(round.number()).append(";kind=").append(round.kind()).append(";issued=")
                .append(round.issued()).append(";collected=").append(orEmpty(round.collected())).append(";base=")
                .append(orEmpty(round.base())).append('\n');
        for (Official o : round.officials()) {
            s.append("official=").append(o.order()).append(';').append(o.id()).append(';')
                    .append(text(o.fullName())).append(';').append(text(o.position())).append('\n');
        }
        parts.add(s.toString());
        List<Ballot> sorted = new ArrayList<>(ballots);
        sorted.sort(Comparator.comparingInt(Ballot::number));
        s = new StringBuilder(ballots.size() * 128);
        for (Ballot b : sorted) {
            if (b.voidReason() != null && !ascii(b.voidReason())) {
                parts.add(s.toString());
                StringBuilder own = new StringBuilder(160);
                ballot(own, b);
                parts.add(own.toString());
                s = new StringBuilder(ballots.size() * 128);
            } else {
                ballot(s, b);
            }
        }
        if (round.settings().counting().fromTallySheets()) {
            for (SheetEntry e : sheets) {
                s.append("sheet=").append(e.pass()).append(';').append(e.sheet().encode()).append('\n');
            }
        }
        Tally t = counted != null ? counted.get() : RoundCount.tally(round, ballots, sheets);
        s.append("count=").append(t.validBallots()).append(';').append(t.invalidBallots()).append(';')
                .append(t.voidedBallots()).append('\n');
        for (int i = 0; i < t.lines().size(); i++) {
            LineCount line = t.line(i);
            s.append("line=").append(i + 1).append(';');
            for (long n : line.levels()) {
                s.append(n).append(',');
            }
            s.append(line.invalid()).append('\n');
        }
        parts.add(s.toString());
        return parts;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * One ballot's line. A method of its own, called once per ballot, so the JVM compiles it after a few hundred
     * ballots instead of running most of a round's marks through the interpreter on the one close of a run.
     */
    private static void ballot(StringBuilder s, Ballot b) {
        s.append("ballot=").append(b.number()).append(';').append(b.status()).append(';')
                .append(b.voided() ? 1 : 0).append(';').append(b.voidReason() == null ? "" : text(b.voidReason()))
                .append(';');
        s.append(Mark.digits(b.marks())).append('\n');
    }

    private static String orEmpty(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String text(String s) {
        return Encoding.escape(s).replace("\n", "\\n").replace("\r", "\\r");
    }

    /** "3f9a 07c1 …": groups of four hex digits, easy to read out and note by hand. */
    public static String grouped(String hex) {
        return String.join(" ", groups(hex));
    }

    /** The groups of four over lines of {@code perLine} groups each (8 gives two lines of 39 characters). */
    public static List<String> groupedLines(String hex, int perLine) {
        List<String> groups = groups(hex);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < groups.size(); i += perLine) {
            lines.add(String.join(" ", groups.subList(i, Math.min(groups.size(), i + perLine))));
        }
        return lines;
    }

    private static List<String> groups(String hex) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < hex.length(); i += 4) {
            out.add(hex.substring(i, Math.min(hex.length(), i + 4)));
        }
        return out;
    }
}
