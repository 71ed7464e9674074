package vn.tinnhiem.tui;

import vn.tinnhiem.domain.Problem;

/** A line of feedback under the screen's body: a confirmation or a refusal, worded by its message key. */
public record Notice(boolean error, Problem message) {
    public static Notice info(String key, Object... args) {
        return new Notice(false, Problem.of(key, args));
    }

    public static Notice error(Problem problem) {
        return new Notice(true, problem);
    }

    public static Notice infoOrNull(Problem problem) {
        return problem == null ? null : new Notice(false, problem);
    }
}
