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

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }
}
