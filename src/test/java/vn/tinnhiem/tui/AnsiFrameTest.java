package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Every operation the canvas may send, written by {@link AnsiFrame} as Lanterna's ANSI terminal writes it. */
class AnsiFrameTest {
    interface Calls {
        void on(FrameSink sink) throws IOException;
    }

    @Test
    void everyModifierColourAndMoveIsWrittenAsLanternaWritesIt() throws IOException {
        for (SGR sgr : SGR.values()) {
            same(s -> s.enable(sgr));
        }
        for (TextColor.ANSI color : TextColor.ANSI.values()) {
            same(s -> s.foreground(color));
        }
        same(s -> s.moveTo(0, 0));
        same(s -> s.moveTo(119, 35));
        same(s -> s.moveTo(9, 99));
        same(FrameSink::resetStyle);
        same(FrameSink::clear);
        same(s -> s.text("Nguyễn Văn An ▶ _ · 33,33% █ 中 ✗"));
    }

    @Test
    void aFrameLeavesInOneWriteAndTheBufferGrowsForABigOne() throws IOException {
        int[] writes = {0};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                writes[0]++;
                super.write(b, off, len);
            }
        };
        AnsiFrame frame = new AnsiFrame(out);
        String row = "Nguyễn Văn Thử ".repeat(8);
        for (int r = 0; r < 200; r++) {
            frame.moveTo(0, r);
            frame.text(row);
        }
        frame.flush();
        assertThat(writes[0]).isEqualTo(1);
        assertThat(out.size()).isGreaterThan(200 * row.length());
    }

    private static void same(Calls calls) throws IOException {
        ByteArrayOutputStream lanterna = new ByteArrayOutputStream();
        calls.on(FrameSink.of(new FixedSizeTerminal(lanterna, 120, 36)));
        ByteArrayOutputStream own = new ByteArrayOutputStream();
        AnsiFrame frame = new AnsiFrame(own);
        calls.on(frame);
        frame.flush();
        byte[] theirs = lanterna.toByteArray();
        ByteArrayOutputStream withoutNul = new ByteArrayOutputStream(); // see CanvasPropertyTest
        for (byte b : theirs) {
            if (b != 0) {
                withoutNul.write(b);
            }
        }
        assertThat(own.toByteArray()).isEqualTo(withoutNul.toByteArray());
    }
}
