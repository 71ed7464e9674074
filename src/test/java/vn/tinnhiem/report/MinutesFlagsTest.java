package vn.tinnhiem.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Flag;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.i18n.Messages;

/** The minutes explain the flags that occur in the table, and no other. */
class MinutesFlagsTest {
    @Test
    void onlyTheFlagsThatOccurAreExplained() {
        Minutes all = MinutesFixture.rating();
        RoundResult r = all.result();
        RoundResult mild = new RoundResult(r.round(), r.tally(), r.base(), r.officials().stream()
                .filter(o -> o.flag() != Flag.LOW_TWO_THIRDS).toList());
        Minutes some = new Minutes(all.meeting(), mild, all.voided(), all.opened(), all.closed(), all.fingerprint(),
                all.made());
        for (Messages m : new Messages[] {Messages.vietnamese(), Messages.english()}) {
            String severe = m.flagLong(r.round().form(), Flag.LOW_TWO_THIRDS);
            String warn = m.flagLong(r.round().form(), Flag.LOW_OVER_HALF);
            assertThat(MinutesText.render(all, m)).contains(severe, warn);
            assertThat(MinutesText.render(some, m)).contains(warn).doesNotContain(severe);
            assertThat(MinutesHtml.render(some, m)).doesNotContain(MinutesHtml.e(severe));
        }
    }
}
