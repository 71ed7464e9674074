package vn.tinnhiem.store;

import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.Rules;

/**
 * Reads the rules stored with a meeting or a round. A rule set this version does not know (a file from a newer
 * version, or one edited by hand) is refused with its name, not reported as something unexpected.
 */
final class StoredRules {
    private StoredRules() {
    }

    static Rules meeting(String encoded) {
        try {
            return Rules.decode(encoded);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw unknown(encoded, e);
        }
    }

    static BallotForm round(String encoded, RoundKind kind) {
        try {
            return BallotForm.decode(encoded, kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw unknown(encoded, e);
        }
    }

    private static StoreException unknown(String encoded, RuntimeException e) {
        return new StoreException(Problem.of("files.db.unknownRules", String.valueOf(encoded)), e);
    }
}
