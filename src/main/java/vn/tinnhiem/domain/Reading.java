package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One reading of a numbered paper ballot in a double-entry round: its serial (the number the committee wrote on
 * it), the pass it was keyed in (1 and 2, and 3 for the paper read again after a conflict), and what was read:
 * valid with one mark per official line, or the whole ballot invalid. Nothing here identifies a voter: the serial
 * is given after the ballots are collected and mixed.
 */
public record Reading(int serial, int pass, BallotStatus status, List<Mark> marks) {
    /** Line 0 in {@link #differingLines}: the readings disagree on whether the whole ballot is valid. */
    public static final int WHOLE_BALLOT = 0;

    public Reading {
        marks = List.copyOf(marks);
        if (serial < 1 || pass < 1 || pass > 3) {
            throw new IllegalArgumentException("a reading needs a serial ≥ 1 and a pass 1–3");
        }
        if (status == BallotStatus.INVALID && !marks.isEmpty()) {
            throw new IllegalArgumentException("an invalid ballot carries no marks");
        }
    }

    public static Reading of(int serial, int pass, BallotDraft draft) {
        return new Reading(serial, pass, draft.status(), draft.wholeInvalid() ? List.of() : draft.marks());
    }

    /** Two readings agree when they read the same: both invalid, or the same mark on every line. */
    public boolean agreesWith(Reading other) {
        return status == other.status && marks.equals(other.marks);
    }

    /**
     * The official lines (1 = first on the ballot) on which two readings differ; {@link #WHOLE_BALLOT} alone when
     * one reads the whole ballot invalid and the other does not.
     */
    public List<Integer> differingLines(Reading other) {
        if (status != other.status) {
            return List.of(WHOLE_BALLOT);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < Math.max(marks.size(), other.marks.size()); i++) {
            Mark a = i < marks.size() ? marks.get(i) : null;
            Mark b = i < other.marks.size() ? other.marks.get(i) : null;
            if (a == null || !a.equals(b)) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** What was read, as a draft to record as the round's ballot. */
    public BallotDraft draft(int lines) {
        if (status == BallotStatus.INVALID) {
            return BallotDraft.empty(lines).invalidate();
        }
        return new BallotDraft(lines, marks, false);
    }

    /** "1,2,0" (mark codes, 0 none, 9 several) or "" for a whole ballot invalid: as stored and logged. */
    public String codes() {
        return String.join(",", marks.stream().map(m -> String.valueOf(m.code())).toList());
    }
}
