package vn.tinnhiem.domain;

import java.util.List;

/**
 * A refusal as a value: a message key from the resource bundles and its arguments, so the domain stays free of
 * any language and the screen or command line words it in the user's.
 */
public record Problem(String key, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    /** What an argument that is missing reads as: a log entry edited to name no meeting, say. */
    public static final String NONE = "—";

    /** A missing ({@code null}) argument reads as {@link #NONE}: a problem found in odd data is still said. */
    public static Problem of(String key, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] == null) {
                shown[i] = NONE;
            }
        }
        return new Problem(key, List.of(shown));
    }
}
