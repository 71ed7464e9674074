package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each meeting's roster as its log tells it (officials added, imported, edited, moved, removed, replayed in
 * order), against the roster the file holds: an official named, placed, added or removed behind tinnhiem's back
 * before a round put the roster on a ballot. Meetings created before the log began are left out; a name or
 * position the log does not hold (imports written before names were logged) is compared on presence and order.
 */
public final class RosterCheck {
    /** An official as the file holds it. */
    public record OfficialRow(long id, long meetingId, int order, String name, String position) {
    }

    /** What the log says of one official: its place, and its name and position where the log holds them. */
    private record Logged(int order, String name, String position, long seq) {
        Logged at(int newOrder, long atSeq) {
            return new Logged(newOrder, name, position, atSeq);
        }
    }

    private RosterCheck() {
    }

    public static List<Problem> check(List<AuditEvent> log, List<OfficialRow> rows) {
        Map<Long, Map<Long, Logged>> rosters = new LinkedHashMap<>();
        for (AuditEvent e : log) {
            if (e.kind() == AuditKind.MEETING_CREATED && e.meetingId() != null) {
                rosters.putIfAbsent(e.meetingId(), new LinkedHashMap<>());
            } else if (e.kind() == AuditKind.ROSTER_CHANGED && e.meetingId() != null) {
                Map<Long, Logged> roster = rosters.get(e.meetingId());
                if (roster != null) {
                    replay(roster, e);
                }
            }
        }
        Map<Long, List<OfficialRow>> byMeeting = new HashMap<>();
        for (OfficialRow r : rows) {
            byMeeting.computeIfAbsent(r.meetingId(), k -> new ArrayList<>()).add(r);
        }
        List<Problem> out = new ArrayList<>();
        for (var meeting : rosters.entrySet()) {
            Map<Long, Logged> logged = meeting.getValue();
            Set<Long> seen = new HashSet<>();
            for (OfficialRow r : byMeeting.getOrDefault(meeting.getKey(), List.of())) {
                seen.add(r.id());
                Logged l = logged.get(r.id());
                if (l == null) {
                    out.add(Problem.of("error.verify.officialNotLogged", meeting.getKey(), r.id(), r.name()));
                    continue;
                }
                if (l.name() != null && !l.name().equals(r.name())) {
                    out.add(Problem.of("error.verify.officialDiffers", meeting.getKey(), r.id(), l.seq(), l.name(),
                            r.name()));
                }
                if (l.position() != null && !l.position().equals(r.position())) {
                    out.add(Problem.of("error.verify.officialDiffers", meeting.getKey(), r.id(), l.seq(),
                            l.position(), r.position()));
                }
                if (l.order() != r.order()) {
                    out.add(Problem.of("error.verify.officialMoved", meeting.getKey(), r.id(), r.name(), l.seq(),
                            l.order(), r.order()));
                }
            }
            for (var l : logged.entrySet()) {
                if (!seen.contains(l.getKey())) {
                    out.add(Problem.of("error.verify.officialMissing", meeting.getKey(), l.getKey(),
                            l.getValue().name() == null ? "?" : l.getValue().name(), l.getValue().seq()));
                }
            }
        }
        return out;
    }

    /** One roster entry of the log applied, as the store made the change. */
    private static void replay(Map<Long, Logged> roster, AuditEvent e) {
        Map<String, String> d = Encoding.pairs(e.detail()); // read once; each value unescaped where used
        String action = text(d, "action");
        if (action == null) {
            return;
        }
        switch (action) {
            case "add" -> roster.put(number(d, "official"), new Logged((int) number(d, "order"), text(d, "name"),
                    text(d, "position"), e.seq()));
            case "import" -> {
                // Numbered after the last official, in the order listed: as the store adds them.
                int order = 0;
                for (Logged l : roster.values()) {
                    order = Math.max(order, l.order());
                }
                String[] ids = String.valueOf(text(d, "officials")).split(",");
                List<String> names = d.containsKey("names") ? Encoding.list(d.get("names")) : null;
                List<String> positions = d.containsKey("positions") ? Encoding.list(d.get("positions")) : null;
                boolean named = names != null && positions != null && names.size() == ids.length
                        && positions.size() == ids.length;
                for (int i = 0; i < ids.length; i++) {
                    if (!ids[i].isEmpty()) {
                        roster.put(Long.parseLong(ids[i]), new Logged(++order, named ? names.get(i) : null,
                                named ? positions.get(i) : null, e.seq()));
                    }
                }
            }
            case "edit" -> roster.computeIfPresent(number(d, "official"), (id, l) -> new Logged(l.order(),
                    text(d, "name"), text(d, "position"), e.seq()));
            case "move" -> {
                long id = number(d, "official");
                int from = (int) number(d, "from");
                int to = (int) number(d, "to");
                for (var other : roster.entrySet()) {
                    if (other.getKey() != id && other.getValue().order() == to) {
                        other.setValue(other.getValue().at(from, e.seq()));
                        break;
                    }
                }
                roster.computeIfPresent(id, (k, l) -> l.at(to, e.seq()));
            }
            case "remove" -> roster.remove(number(d, "official"));
            default -> {
                // an action this version does not know: nothing replayed
            }
        }
    }

    private static String text(Map<String, String> pairs, String key) {
        String v = pairs.get(key);
        return v == null ? null : Encoding.unescape(v);
    }

    private static long number(Map<String, String> pairs, String key) {
        String v = pairs.get(key);
        try {
            return v == null ? -1 : Long.parseLong(v);
        } catch (NumberFormatException ex) {
            return -1;
        }
    }
}
