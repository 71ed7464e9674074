package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The count of a round from its committed ballots: voided ballots are left out; an invalid ballot counts as
 * entered but marks nothing; a blank or multiple mark is invalid for that official's line only (rule 3).
 */
public record Tally(RoundKind kind, int validBallots, int invalidBallots, int voidedBallots, List<LineCount> lines) {
    public Tally {
        lines = List.copyOf(lines);
    }

    /** Ballots entered and still counting: valid plus invalid, voided left out. */
    public int entered() {
        return validBallots + invalidBallots;
    }

    public LineCount line(int index) {
        return lines.get(index);
    }

    /** Recounts from the raw ballots under the standard form of the kind. */
    public static Tally count(RoundKind kind, int officials, Collection<Ballot> ballots) {
        return count(BallotForm.standard(kind), officials, ballots);
    }

    /**
     * Recounts from the raw ballots: the only way a tally is made, so a tally always equals a recount. Under the
     * Party reading ({@link BallotForm#wholeBallotOnBadLine()}) a ballot with a blank or multiple mark on any
     * line counts as an invalid ballot; otherwise only that line is invalid.
     */
    public static Tally count(BallotForm form, int officials, Collection<Ballot> ballots) {
        RoundKind kind = form.kind();
        long[][] levels = new long[officials][form.levels()];
        long[] invalidLines = new long[officials];
        int valid = 0;
        int invalid = 0;
        int voided = 0;
        for (Ballot ballot : ballots) {
            if (ballot.voided()) {
                voided++;
                continue;
            }
            if (ballot.status() == BallotStatus.INVALID) {
                invalid++;
                continue;
            }
            if (ballot.marks().size() != officials) {
                throw new IllegalArgumentException("ballot " + ballot.number() + " has "
                        + ballot.marks().size() + " lines, the form has " + officials);
            }
            if (form.wholeBallotOnBadLine() && !ballot.marks().stream().allMatch(Mark::isValid)) {
                invalid++;
                continue;
            }
            valid++;
            for (int i = 0; i < officials; i++) {
                Mark mark = ballot.marks().get(i);
                if (mark instanceof Mark.Level level && level.level() <= form.levels()) {
                    levels[i][level.level() - 1]++;
                } else {
                    invalidLines[i]++;
                }
            }
        }
        List<LineCount> lines = new ArrayList<>(officials);
        for (int i = 0; i < officials; i++) {
            lines.add(new LineCount(levels[i], invalidLines[i]));
        }
        return new Tally(kind, valid, invalid, voided, lines);
    }
}
