package vn.tinnhiem.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where one numbered ballot of a double-entry round stands, carrying the readings that put it there. The states
 * and what moves between them are written down in {@code docs/double-entry.md}; a test keeps the two in step.
 *
 * <pre>
 * Missing ──pass 1──▶ EnteredOnce ──pass 2, same──▶ Agreed
 *                                 ──pass 2, not──▶ InConflict ──pass 3 (paper read again)──▶ Resolved
 * </pre>
 * Only {@link Agreed} and {@link Resolved} count: {@link #settled()} is the ballot they add to the tally.
 */
public sealed interface SerialState {
    int serial();

    /** The ballot this serial adds to the count, once settled. */
    default Optional<Reading> settled() {
        return Optional.empty();
    }

    /** Every reading kept for this serial, in the order they were keyed. */
    List<Reading> readings();

    /** No pass has entered this serial yet. */
    record Missing(int serial) implements SerialState {
        @Override
        public List<Reading> readings() {
            return List.of();
        }
    }

    /** One pass has entered it; the second must be keyed without seeing the first. */
    record EnteredOnce(Reading first) implements SerialState {
        @Override
        public int serial() {
            return first.serial();
        }

        @Override
        public List<Reading> readings() {
            return List.of(first);
        }
    }

    /** Two passes read the same: the ballot counts as read. */
    record Agreed(Reading first, Reading second) implements SerialState {
        @Override
        public int serial() {
            return first.serial();
        }

        @Override
        public Optional<Reading> settled() {
            return Optional.of(first);
        }

        @Override
        public List<Reading> readings() {
            return List.of(first, second);
        }
    }

    /** Two passes differ on these lines ({@link Reading#WHOLE_BALLOT}: on its validity): the paper is pulled. */
    record InConflict(Reading first, Reading second, List<Integer> lines) implements SerialState {
        public InConflict {
            lines = List.copyOf(lines);
        }

        @Override
        public int serial() {
            return first.serial();
        }

        @Override
        public List<Reading> readings() {
            return List.of(first, second);
        }
    }

    /** The paper was read again: the third reading counts, and all three stay in the record. */
    record Resolved(Reading first, Reading second, Reading third) implements SerialState {
        @Override
        public int serial() {
            return first.serial();
        }

        @Override
        public Optional<Reading> settled() {
            return Optional.of(third);
        }

        @Override
        public List<Reading> readings() {
            return List.of(first, second, third);
        }

        /** The lines on which the first two readings differed. */
        public List<Integer> lines() {
            return first.differingLines(second);
        }
    }
}
