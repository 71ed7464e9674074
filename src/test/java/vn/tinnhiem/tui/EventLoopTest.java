package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event loop waits on a blocking read, yet redraws on a resize; the terminal's output leaves once a frame. */
class EventLoopTest {
    @TempDir
    Path dir;

    @Test
    void aResizeIsDrawnWithoutAKeyAndCtrlCEndsTheLoop() throws Exception {
        try (Harness h = Harness.vietnamese(dir.resolve("loop.db"))) {
            Thread loop = new Thread(() -> {
                try {
                    h.app.loop();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            loop.start();
            h.terminal.setTerminalSize(new TerminalSize(30, 10));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!h.text().contains("Cửa sổ quá nhỏ") && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(h.text()).as("the too-small notice, drawn on the resize alone").contains("Cửa sổ quá nhỏ");
            h.terminal.addInput(new KeyStroke('c', true, false));
            loop.join(60_000);
            assertThat(loop.isAlive()).isFalse();
            assertThat(h.app.quitting()).isTrue();
        }
    }

    @Test
    void aFrameLeavesOnFlushAndASizeQueryAtOnce() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        FrameOutput out = new FrameOutput(sink);
        out.write("\u001b[1;1Hxin chào".getBytes(StandardCharsets.UTF_8));
        out.write("\u001b[2;1H".getBytes(StandardCharsets.UTF_8));
        assertThat(sink.size()).isZero();
        out.flush();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("\u001b[1;1Hxin chào\u001b[2;1H");
        out.write("\u001b[6n".getBytes(StandardCharsets.US_ASCII));
        assertThat(sink.toString(StandardCharsets.UTF_8)).endsWith("\u001b[6n");
    }
}
