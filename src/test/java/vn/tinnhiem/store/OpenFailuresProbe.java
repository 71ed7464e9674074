package vn.tinnhiem.store;

import java.nio.file.Path;
import vn.tinnhiem.domain.Problem;

/** Lets tests outside the store package classify an opening failure. */
public final class OpenFailuresProbe {
    private OpenFailuresProbe() {
    }

    public static Problem explain(Path path, Throwable e) {
        return OpenFailures.explain(path, e, "error.db.cannotOpen");
    }
}
