package vn.tinnhiem.store;

import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.Problem;

/** How the store says no: a refusal worded for the chair, or a failure of the file in its driver's own words. */
final class Refusals {
    private Refusals() {
    }

    static StoreException refuse(Problem problem) {
        return new StoreException(problem);
    }

    /** The value of a check that passed; a refusal with the check's problem otherwise. */
    static <T> T checked(Checked<T> checked) {
        if (!checked.isOk()) {
            throw refuse(checked.problem());
        }
        return checked.value();
    }

    /** The innermost cause's message: what SQLite said, not what each layer above it wrapped it in. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
