package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;

/**
 * With signal keys and flow control off, Ctrl-\, Ctrl-S, Ctrl-Q and Ctrl-Z reach the keying screen as keys: they
 * change nothing, and the next ballot is recorded and acknowledged as usual. A roster that is a device or a pipe
 * is refused with a message, the screen still answering.
 */
class TerminalKeysScreenTest {
    @TempDir
    Path dir;

    private Path openRound() {
        Path db = dir.resolve("t.db");
        try (var store = Database.open(db, Harness.CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Kỳ họp", "", "", "25/11/2026", 5, 5, List.of())).id();
            var officials = store.addOfficials(m, List.of(new OfficialDraft("Hà Văn Một", "Chủ tịch")));
            store.openRound(m, RoundKind.RATING, officials, 5);
        }
        return db;
    }

    @Test
    void controlKeysChangeNothingOnTheKeyingScreen() {
        try (Harness h = Harness.vietnamese(openRound())) {
            h.enter().enter();
            for (char c : new char[] {'\\', 's', 'q', 'z'}) {
                h.key(new KeyStroke(c, true, false));
            }
            assertThat(h.text()).contains("Phiếu số 1: _ (0/1)", "Đã nhập 0 (hợp lệ 0", "Phím này không dùng ở đây");
            h.type("1").enter();
            assertThat(h.text()).contains("Đã ghi phiếu số 1.");
        }
    }

    @Test
    void aRosterThatIsADeviceOrAPipeIsRefusedAndTheScreenGoesOn() throws Exception {
        Path fifo = dir.resolve("ds.csv");
        boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        try (Harness h = Harness.vietnamese(openRound())) {
            h.enter().type("d").type("n");
            for (int i = 0; i < 80; i++) {
                h.key(com.googlecode.lanterna.input.KeyType.Backspace);
            }
            h.type("/dev/zero").enter().type("a"); // the roster has a name: append

            assertThat(h.text()).contains("/dev/zero không phải tệp thường");
            if (haveFifo && Files.exists(fifo)) {
                h.type("n");
                for (int i = 0; i < 80; i++) {
                    h.key(com.googlecode.lanterna.input.KeyType.Backspace);
                }
                h.type(fifo.toString()).enter().type("a");
                assertThat(h.text()).contains(fifo + " không phải tệp thường");
            }
        }
    }
}
