package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resize sends the next frame whole even when the size it ends at is the one last drawn: resizes in quick
 * succession (80 → 120 → 80 → 120 columns) reach the loop as one, and a terminal that shrank meanwhile has pushed
 * its top rows away, so it no longer shows the last frame.
 */
class ResizeRepaintTest {
    @TempDir
    Path dir;

    @Test
    void afterAResizeBackToTheSameSizeTheWholeScreenIsSentAgain() throws Exception {
        try (Harness h = Harness.vietnamese(dir.resolve("a.db"))) {
            String before = h.text();
            assertThat(before).contains("chưa có hội nghị nào");
            h.terminal.clearScreen(); // what a terminal shows after it shrank and grew back: not the last frame
            h.app.terminalResized();
            h.app.draw();
            assertThat(h.text()).isEqualTo(before);
        }
    }

    @Test
    void withoutAResizeOnlyWhatChangedIsSent() throws Exception {
        try (Harness h = Harness.vietnamese(dir.resolve("b.db"))) {
            h.terminal.clearScreen();
            h.app.draw();
            assertThat(h.text()).doesNotContain("chưa có hội nghị nào"); // nothing changed, nothing sent
        }
    }
}
