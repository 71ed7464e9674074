package vn.tinnhiem.domain;

import java.util.List;

/** The checks of a round's lifecycle (open → recording → closed), each refusal a value for the screen. */
public final class RoundRules {
    private RoundRules() {
    }

    public static Checked<Integer> opening(List<Official> onBallot, int issued) {
        if (onBallot.isEmpty()) {
            return Checked.refused("error.round.noOfficials");
        }
        if (issued < 1) {
            return Checked.refused("error.round.noIssued");
        }
        if (onBallot.stream().map(Official::id).distinct().count() != onBallot.size()) {
            return Checked.refused("error.round.duplicateOfficial");
        }
        return Checked.ok(issued);
    }

    /** A ballot may be recorded while the round is open and fewer ballots than issued have been entered. */
    public static Checked<BallotDraft> recording(Round round, Tally tally, BallotDraft draft) {
        if (!round.isOpen()) {
            return Checked.refused("error.round.closed");
        }
        if (!draft.isComplete()) {
            return Checked.refused("error.ballot.incomplete", draft.lines() - draft.cursor());
        }
        if (tally.entered() >= round.issued()) {
            return Checked.refused("error.ballot.overIssued", round.issued());
        }
        return Checked.ok(draft);
    }

    /**
     * Closing needs the ballots collected, no more than issued, and exactly as many ballots entered (valid plus
     * invalid, voided left out) as collected.
     */
    public static Checked<Integer> closing(Round round, Tally tally, int collected) {
        if (!round.isOpen()) {
            return Checked.refused("error.round.closed");
        }
        if (collected < 0) {
            return Checked.refused("error.number.negative");
        }
        if (collected > round.issued()) {
            return Checked.refused("error.close.overIssued", collected, round.issued());
        }
        if (tally.entered() != collected) {
            int diff = collected - tally.entered();
            return Checked.refused(diff > 0 ? "error.close.missing" : "error.close.extra",
                    tally.entered(), collected, Math.abs(diff));
        }
        return Checked.ok(collected);
    }

    /** QĐ 96 quorum and the obvious: at least one member summoned, no more present than summoned. */
    public static Checked<MeetingDetails> meeting(MeetingDetails details) {
        if (details.summoned() < 1) {
            return Checked.refused("error.meeting.noSummoned");
        }
        if (details.present() < 0) {
            return Checked.refused("error.number.negative");
        }
        if (details.present() > details.summoned()) {
            return Checked.refused("error.meeting.presentOverSummoned", details.present(), details.summoned());
        }
        return Checked.ok(details);
    }
}
