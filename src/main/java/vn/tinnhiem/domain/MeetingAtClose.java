package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The meeting details a round was counted under, frozen when it closes: title, body, place, date, members
 * summoned and present, the counting committee, the meeting's rules and the round's own opening and closing
 * times. The minutes of a closed round print this copy and its fingerprint covers it, so editing the meeting
 * afterwards (which is logged) never changes what a closed round's minutes say.
 */
public record MeetingAtClose(MeetingDetails details, String opened, String closed) {

    /** The canonical text, as stored on the round and fed to its fingerprint. */
    public String encode() {
        List<String> names = details.committee().stream().map(CommitteeMember::name).toList();
        List<String> roles = details.committee().stream().map(CommitteeMember::role).toList();
        return "title=" + text(details.title()) + ";body=" + text(details.body()) + ";place=" + text(details.place())
                + ";date=" + text(details.date()) + ";summoned=" + details.summoned() + ";present="
                + details.present() + ";committee=" + details.committee().size() + ";members="
                + Encoding.escape(Encoding.list(names)) + ";roles=" + Encoding.escape(Encoding.list(roles))
                + ";rules=" + Encoding.escape(details.rules().encode()) + ";opened=" + text(opened) + ";closed="
                + text(closed);
    }

    /** Reads a stored copy back; {@code null} for a round closed before copies were kept. */
    public static MeetingAtClose decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return null;
        }
        try {
            return read(encoded);
        } catch (Unreadable e) {
            throw e;
        } catch (RuntimeException e) {
            // edited from outside ('x'): said in the user's words, not as Java's "Cannot parse null string"
            throw new Unreadable(Problem.of("error.round.meetingAtClose"));
        }
    }

    private static MeetingAtClose read(String encoded) {
        Map<String, String> p = Encoding.pairs(encoded);
        List<String> names = Encoding.list(Encoding.unescape(p.getOrDefault("members", "")));
        List<String> roles = Encoding.list(Encoding.unescape(p.getOrDefault("roles", "")));
        int size = Integer.parseInt(p.getOrDefault("committee", "0"));
        List<CommitteeMember> committee = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            committee.add(new CommitteeMember(i < names.size() ? names.get(i) : "",
                    i < roles.size() ? roles.get(i) : ""));
        }
        MeetingDetails d = new MeetingDetails(untext(p.get("title")), untext(p.get("body")), untext(p.get("place")),
                untext(p.get("date")), Integer.parseInt(p.get("summoned")), Integer.parseInt(p.get("present")),
                committee, Rules.decode(Encoding.unescape(p.getOrDefault("rules", ""))));
        return new MeetingAtClose(d, untext(p.get("opened")), untext(p.get("closed")));
    }

    private static String text(String s) {
        return Encoding.escape(s == null ? "" : s).replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String untext(String s) {
        return s == null ? "" : Encoding.unescape(s); // stored text is printable: no line breaks to undo
    }
}
