package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * Leaving a double-entry round and coming back (or starting the program again) keeps what the stored readings
 * say: the pass in progress, so Enter suggests the next paper of that pass, and the "just recorded" line.
 */
class DoubleEntryComeBackTest {
    @TempDir
    Path dir;

    @Test
    void theSecondPassGoesOnAfterLeavingTheRoundAndComingBack() {
        Path db = dir.resolve("d.db");
        DoubleEntryFixture.create(db); // round 2: 1, 2 agreed, 3 in conflict, 4 once, 5 resolved, 6–8 missing
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long round = store.rounds(1).get(1).id();
            for (int serial = 6; serial <= 8; serial++) {
                store.readings().record(round, serial, 8, DoubleEntryFixture.ballot(1, 1, 1, 1, 1));
            }
            store.readings().record(round, 6, 8, DoubleEntryFixture.ballot(1, 1, 1, 1, 1)); // pass 2 has begun at 6
        }
        try (Harness h = new Harness(db, Messages.vietnamese(), 120, 36)) {
            ScreensGoldenTest.press(h, "⏎⏎");
            assertThat(h.text()).contains("Vừa ghi: phiếu số 6, lần 2").contains("(Enter = phiếu số 7)");
            ScreensGoldenTest.press(h, "⏎");
            assertThat(h.text()).contains("Phiếu số 7, lần nhập 2");
            // Leave and come back: the same again.
            ScreensGoldenTest.press(h, "⎋q⏎");
            assertThat(h.text()).contains("Vừa ghi: phiếu số 6, lần 2").contains("(Enter = phiếu số 7)");
        }
    }
}
