package vn.tinnhiem.store;

import vn.tinnhiem.domain.Problem;

/** A refusal or failure of the store, worded for the chair through its message key. */
public class StoreException extends RuntimeException {
    private final transient Problem problem;

    public StoreException(Problem problem) {
        super(problem.key() + " " + problem.args());
        this.problem = problem;
    }

    public StoreException(Problem problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
