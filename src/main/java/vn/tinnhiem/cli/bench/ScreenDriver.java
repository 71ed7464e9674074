package vn.tinnhiem.cli.bench;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.FileOutputStream;
import java.io.IOException;
import java.time.Clock;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Store;
import vn.tinnhiem.tui.App;
import vn.tinnhiem.tui.EffectRunner;
import vn.tinnhiem.tui.FixedSizeTerminal;
import vn.tinnhiem.tui.Tui;

/**
 * The screen as the chair has it, on a 120×36 ANSI terminal writing through the same output stream as the real
 * one into the null device: each press is the key's update, its effects and the redraw.
 */
final class ScreenDriver implements AutoCloseable {
    private final TerminalScreen screen;
    final App app;

    ScreenDriver(Store store, Messages messages) throws IOException {
        java.io.OutputStream out = Tui.terminalOutput(new FileOutputStream("/dev/null"));
        FixedSizeTerminal terminal = new FixedSizeTerminal(out, 120, 36);
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        app = new App(screen, messages, new EffectRunner(store, messages, Clock.systemDefaultZone(), "bench", ""));
        app.sendFramesTo(out);
        app.draw();
    }

    /** One key and its frame, in nanoseconds. */
    long press(KeyStroke key) throws IOException {
        long s = System.nanoTime();
        app.press(key);
        app.draw();
        return System.nanoTime() - s;
    }

    long press(char c) throws IOException {
        return press(new KeyStroke(c, false, false));
    }

    long press(KeyType type) throws IOException {
        return press(new KeyStroke(type));
    }

    @Override
    public void close() throws IOException {
        screen.stopScreen();
    }
}
