package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The ballot being typed: one mark per official in ballot order, or the whole ballot marked invalid.
 * Immutable; every step returns a new draft.
 */
public record BallotDraft(int lines, List<Mark> marks, boolean wholeInvalid) {
    public BallotDraft {
        marks = List.copyOf(marks);
        if (marks.size() > lines) {
            throw new IllegalArgumentException("more marks than lines");
        }
        if (wholeInvalid && !marks.isEmpty()) {
            throw new IllegalArgumentException("an invalid ballot carries no marks");
        }
    }

    public static BallotDraft empty(int lines) {
        return new BallotDraft(lines, List.of(), false);
    }

    /** The line the next mark goes to. */
    public int cursor() {
        return marks.size();
    }

    public boolean isEmpty() {
        return marks.isEmpty() && !wholeInvalid;
    }

    /** Ready to commit: every line marked, or the whole ballot invalid. */
    public boolean isComplete() {
        return wholeInvalid || marks.size() == lines;
    }

    /** Marks the current line and moves on; ignored once every line is marked or the ballot is invalid. */
    public BallotDraft mark(Mark mark) {
        if (wholeInvalid || marks.size() == lines) {
            return this;
        }
        List<Mark> next = new ArrayList<>(marks);
        next.add(mark);
        return new BallotDraft(lines, next, false);
    }

    /** Steps back one line, or takes back the "whole ballot invalid" mark. */
    public BallotDraft back() {
        if (wholeInvalid) {
            return empty(lines);
        }
        if (marks.isEmpty()) {
            return this;
        }
        return new BallotDraft(lines, marks.subList(0, marks.size() - 1), false);
    }

    /** The whole ballot is invalid; any marks typed so far are dropped. */
    public BallotDraft invalidate() {
        return new BallotDraft(lines, List.of(), true);
    }

    public BallotStatus status() {
        return wholeInvalid ? BallotStatus.INVALID : BallotStatus.VALID;
    }
}
