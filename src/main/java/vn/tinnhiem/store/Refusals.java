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

    /**
     * Why a write failed, for the chair: a file SQLite finds damaged in the user's words (its own, "[SQLITE_CORRUPT]
     * The database disk image is malformed", go to the log); otherwise the innermost cause's message, what SQLite
     * said rather than what each layer above it wrapped it in (a full disk is told apart by it).
     */
    static Object rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        if (OpenFailures.corrupt(m.toLowerCase(java.util.Locale.ROOT))) {
            return Problem.of("error.db.damagedRead");
        }
        return m;
    }
}
