package vn.tinnhiem.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a log entry that no longer match the file (a round as opened, a meeting's details), as
 * {@code verify} says them: each named in words ("the ballots issued"), its value as the log recorded it and as the
 * file holds it now, a flag as yes or no, rather than the entry's own text ("issued=48").
 *
 * @param names  the fields, in words
 * @param logged their values as the log recorded them (each after its name when there are several)
 * @param now    their values in the file now
 */
record LoggedFields(Object names, Object logged, Object now) {
    /** The fields the log writes ({@link AuditDetail#roundOpened}, {@link AuditDetail#meeting}). */
    private static final Set<String> NAMED = Set.of("round", "kind", "issued", "lines", "officials", "preset",
            "names", "positions", "form", "rehearsal", "hideTallies", "counting", "title", "date", "summoned",
            "present", "committee", "whole", "body", "place", "members", "roles", "rules");
    private static final Set<String> FLAGS = Set.of("rehearsal", "hideTallies", "whole");

    /** {@code fields} of the entry {@code logged} against the same entry written from the file {@code now}. */
    static LoggedFields of(String logged, String now, List<String> fields) {
        Map<String, String> was = Encoding.pairs(logged);
        Map<String, String> is = Encoding.pairs(now);
        Object names = null;
        Object before = null;
        Object after = null;
        for (String f : fields) {
            Object name = name(f);
            names = names == null ? name : Problem.of("verify.field.list", names, name);
            Object b = value(f, was.getOrDefault(f, ""));
            Object a = value(f, is.getOrDefault(f, ""));
            if (fields.size() > 1) {
                b = Problem.of("verify.field.named", name, b);
                a = Problem.of("verify.field.named", name, a);
            }
            before = before == null ? b : Problem.of("verify.field.values", before, b);
            after = after == null ? a : Problem.of("verify.field.values", after, a);
        }
        return new LoggedFields(names, before, after);
    }

    /** A field named in words; one the log never writes (an entry edited by hand) as it is written. */
    private static Object name(String field) {
        return NAMED.contains(field) ? Problem.of("verify.field." + field) : field;
    }

    private static Object value(String field, String value) {
        if (FLAGS.contains(field)) {
            return Problem.of(value.isEmpty() || value.equals("0") ? "verify.field.no" : "verify.field.yes");
        }
        // Unescaped as the log wrote it (a ';' in a title is stored "\\s"), a list's items still between '|': a
        // position may hold a comma ("Văn hóa, Thể thao và Du lịch").
        return String.join("|", Encoding.list(value));
    }
}
