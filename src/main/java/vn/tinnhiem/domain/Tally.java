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
     * Recounts from the raw ballots; {@link #add} keeps a tally by the same rules, one ballot at a time. Under the
     * Party reading ({@link BallotForm#wholeBallotOnBadLine()}) a ballot with a blank or multiple mark on any
     * line counts as an invalid ballot; otherwise only that line is invalid.
     */
    public static Tally count(BallotForm form, int officials, Collection<Ballot> ballots) {
        RoundKind kind = form.kind();
        int formLevels = form.levels();
        long[][] levels = new long[officials][formLevels];
        long[] invalidLines = new long[officials];
        int valid = 0;
        int invalid = 0;
        int voided = 0;
        for (Ballot ballot : ballots) {
            switch (classify(form, officials, ballot)) {
                case VOIDED -> voided++;
                case INVALID -> invalid++;
                case VALID -> {
                    valid++;
                    // As levelOf, written out: the loop runs 100,000 times for 2,000 ballots of 50, mostly before the
                    // JVM has compiled it, where every call costs.
                    List<Mark> marks = ballot.marks();
                    if (marks instanceof MarkCodes codes) {
                        // The codes as read: 1 to 8 a level, 0 blank and 9 several (neither a level of any form).
                        for (int i = 0; i < officials; i++) {
                            int level = codes.code(i);
                            if (level > 0 && level <= formLevels && level != Mark.SEVERAL_CODE) {
                                levels[i][level - 1]++;
                            } else {
                                invalidLines[i]++;
                            }
                        }
                        continue;
                    }
                    for (int i = 0; i < officials; i++) {
                        int level = marks.get(i) instanceof Mark.Level l ? l.level() : 0;
                        if (level > 0 && level <= formLevels) {
                            levels[i][level - 1]++;
                        } else {
                            invalidLines[i]++;
                        }
                    }
                }
            }
        }
        List<LineCount> lines = new ArrayList<>(officials);
        for (int i = 0; i < officials; i++) {
            lines.add(new LineCount(levels[i], invalidLines[i]));
        }
        return new Tally(kind, valid, invalid, voided, lines);
    }

    /**
     * This tally with one more committed ballot, under the same rules as {@link #count}: what the keying screen
     * does after each commit, so that a ballot costs one line per official rather than a recount of the round.
     * The recount at the close must equal it (see {@link Recount}).
     */
    public Tally add(BallotForm form, Ballot ballot) {
        int officials = lines.size();
        return switch (classify(form, officials, ballot)) {
            case VOIDED -> new Tally(kind, validBallots, invalidBallots, voidedBallots + 1, lines);
            case INVALID -> new Tally(kind, validBallots, invalidBallots + 1, voidedBallots, lines);
            case VALID -> {
                List<LineCount> next = new ArrayList<>(officials);
                for (int i = 0; i < officials; i++) {
                    LineCount line = lines.get(i);
                    int level = levelOf(form, ballot.marks().get(i));
                    long[] levels = line.levels();
                    if (level > 0) {
                        levels[level - 1]++;
                    }
                    next.add(new LineCount(levels, line.invalid() + (level > 0 ? 0 : 1)));
                }
                yield new Tally(kind, validBallots + 1, invalidBallots, voidedBallots, next);
            }
        };
    }

    private enum Outcome { VOIDED, INVALID, VALID }

    /**
     * How one ballot counts: voided ones are left out; a whole invalid ballot marks nothing; under the Party
     * reading ({@link BallotForm#wholeBallotOnBadLine()}) a blank or multiple mark on any line makes the whole
     * ballot invalid.
     */
    private static Outcome classify(BallotForm form, int officials, Ballot ballot) {
        if (ballot.voided()) {
            return Outcome.VOIDED;
        }
        if (ballot.status() == BallotStatus.INVALID) {
            return Outcome.INVALID;
        }
        if (ballot.marks().size() != officials) {
            throw new Unreadable(Problem.of("error.ballot.lines", ballot.number(), ballot.marks().size(), officials));
        }
        if (form.wholeBallotOnBadLine()) {
            for (Mark mark : ballot.marks()) { // a loop rather than a stream: once for each ballot of the round
                if (!mark.isValid()) {
                    return Outcome.INVALID;
                }
            }
        }
        return Outcome.VALID;
    }

    /** The level a line counts for, or 0 when the line is invalid (no mark, several, or a level the form lacks). */
    private static int levelOf(BallotForm form, Mark mark) {
        return mark instanceof Mark.Level level && level.level() <= form.levels() ? level.level() : 0;
    }
}
