package vn.tinnhiem.store;

import java.util.List;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.Reading;
import vn.tinnhiem.domain.SerialState;

/**
 * A reading kept: the reading, its serial's state after it, the ballot it added to the count when it settled the
 * serial ({@code null} otherwise), and the serials below it that its pass had skipped (a warning).
 */
public record RecordedReading(Reading reading, SerialState state, Ballot ballot, List<Integer> gaps) {
    public RecordedReading {
        gaps = List.copyOf(gaps);
    }
}
