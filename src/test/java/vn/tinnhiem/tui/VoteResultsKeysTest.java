package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.TestFolders;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundState;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * The results of a rating offer {@code b} (a vote of confidence for those the rules send to one); those of a vote
 * of confidence do not, since none follows it. The key still says why when pressed there.
 */
class VoteResultsKeysTest {
    @Test
    void onlyARatingsResultsOfferAVoteOfConfidence() throws Exception {
        Path db = TestFolders.create("vote-keys").resolve("hdnd.db");
        KeyingFixture.create(db);
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            for (Round r : store.rounds(store.meetings().get(0).id())) {
                if (r.kind() == RoundKind.VOTE && r.state() == RoundState.OPEN) {
                    store.closeRound(r.id(), 3);
                }
            }
        }
        try (Harness h = new Harness(db, Messages.english(), 120, 36)) {
            ScreensGoldenTest.press(h, "⏎↑⏎");
            assertThat(footer(h)).contains(" b ");
            ScreensGoldenTest.press(h, "q↓⏎");
            assertThat(h.text()).contains("Vote of confidence");
            assertThat(footer(h)).doesNotContain(" b ").contains(" x ");
            h.type("b");
            assertThat(h.text()).contains(Messages.english().get("ui.results.voteOnlyFromRating"));
        }
    }

    private static String footer(Harness h) {
        String[] rows = h.text().split("\n");
        return rows[rows.length - 1];
    }
}
