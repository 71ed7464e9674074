package vn.tinnhiem.domain;

import java.util.function.Function;

/** The outcome of checking a value typed or read from a file: the clean value, or why it was refused. */
public sealed interface Checked<T> {
    record Ok<T>(T value) implements Checked<T> {
    }

    record Refused<T>(Problem problem) implements Checked<T> {
    }

    static <T> Checked<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Checked<T> refused(String key, Object... args) {
        return new Refused<>(Problem.of(key, args));
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value; only call after {@link #isOk()}. */
    default T value() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("refused: " + ((Refused<T>) this).problem());
    }

    default Problem problem() {
        return this instanceof Refused<T> refused ? refused.problem() : null;
    }

    default <U> Checked<U> map(Function<T, U> f) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(f.apply(ok.value()));
        }
        return new Refused<>(problem());
    }
}
