package vn.tinnhiem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.AuditDetail;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;

/** The way a round is counted is chosen when it opens, kept in the file and the log, and never changed after. */
class CountingStoreTest extends StoreTestSupport {

    @Test
    void eachWayOfCountingIsKeptAndLogged() {
        Meeting m = meeting();
        var roster = roster(m.id(), 3);
        for (Counting c : Counting.values()) {
            Round r = store.openRound(m.id(), RoundKind.RATING, roster, 10, RoundSettings.NORMAL.withCounting(c));
            reopen();
            Round again = store.round(r.id());
            assertThat(again.settings().counting()).isEqualTo(c);
            String logged = store.auditLog().stream().filter(e -> e.kind() == AuditKind.ROUND_OPENED
                    && e.roundId() == r.id()).findFirst().orElseThrow().detail();
            assertThat(logged).isEqualTo(AuditDetail.roundOpened(again));
            assertThat(logged.contains(";counting=")).isEqualTo(c != Counting.BALLOTS);
        }
    }

    @Test
    void theWayOfCountingCannotBeChangedInTheFile() throws Exception {
        Meeting m = meeting();
        Round r = store.openRound(m.id(), RoundKind.RATING, roster(m.id(), 2), 5,
                RoundSettings.NORMAL.withCounting(Counting.DOUBLE_ENTRY));
        store.close();
        store = null;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE round SET counting = 'BALLOTS' WHERE id = " + r.id()))
                    .hasMessageContaining("keeps the way it is counted");
            assertThatThrownBy(() -> s.execute("UPDATE round SET counting = 'SOMETHING' WHERE id = " + r.id()))
                    .hasMessageContaining("keeps the way it is counted");
        }
    }
}
