package vn.tinnhiem.domain;

import java.util.List;

/**
 * A committed paper ballot. A valid ballot has one mark per official line, in ballot order; an invalid one has
 * none. A voided ballot stays in the record with its reason but leaves the tally. {@code replaces}: the number of
 * the voided ballot this one was keyed in place of, or {@code null}.
 */
public record Ballot(long id, int number, BallotStatus status, List<Mark> marks, boolean voided, String voidReason,
                     Integer replaces) {
    public Ballot {
        // Marks read back as their codes are unmodifiable already: not copied, 50 references a ballot.
        marks = marks instanceof MarkCodes ? marks : List.copyOf(marks);
        if (status == BallotStatus.INVALID && !marks.isEmpty()) {
            throw new IllegalArgumentException("an invalid ballot carries no marks");
        }
    }

    public Ballot(long id, int number, BallotStatus status, List<Mark> marks, boolean voided, String voidReason) {
        this(id, number, status, marks, voided, voidReason, null);
    }

    public boolean counts() {
        return !voided;
    }
}
