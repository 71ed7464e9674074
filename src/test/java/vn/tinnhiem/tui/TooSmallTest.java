package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.i18n.Messages;

/** A screen too small to show the chair's screens says so and takes no key: nothing is done unseen. */
class TooSmallTest {
    @TempDir
    Path dir;

    @Test
    void aKeyTypedOnAScreenTooSmallDoesNothing() {
        try (Harness h = new Harness(dir.resolve("t.db"), Messages.vietnamese(), 30, 10)) {
            ScreenState before = h.app.state();
            h.type("m1");
            assertThat(h.app.state()).isSameAs(before);
            assertThat(h.text()).contains("30");
            h.terminal.setTerminalSize(new TerminalSize(120, 36)); // made larger: keys act again
            h.key(com.googlecode.lanterna.input.KeyType.F5); // any key redraws at the new size
            h.type("m");
            assertThat(h.app.state()).isInstanceOf(MeetingFormScreen.class);
        }
    }
}
