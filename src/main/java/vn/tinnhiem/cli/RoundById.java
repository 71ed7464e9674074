package vn.tinnhiem.cli;

import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.StoreReads;

/**
 * {@code --round} takes a round's id, which the screens do not show; they say "Vòng 1" of each meeting. Where the
 * two can be taken for one another (a file of several meetings, or an id that is not the round's number), the
 * command says on the error stream which round it took, so minutes printed for "round 1" of the wrong meeting are
 * seen at once.
 */
final class RoundById {
    private RoundById() {
    }

    /** The line to say, or {@code null} where the id and the round's number cannot be mistaken. */
    static String note(StoreReads store, Round round, Meeting meeting, Messages m) {
        if (round.number() == round.id() && store.meetings().size() < 2) {
            return null;
        }
        return m.get("cli.round.byId", round.id(), round.number(), meeting.id(), meeting.title());
    }
}
