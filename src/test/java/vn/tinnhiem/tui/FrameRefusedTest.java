package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Backups;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * A terminal that refuses a frame for a moment (Swing will not paint a window that has, for a moment, no size)
 * does not stop the count: the key is handled, and the next frame is sent whole, so the screen is right again.
 */
class FrameRefusedTest {
    @TempDir
    Path dir;

    /** A virtual terminal whose flush throws as long as {@code refuse} is set. */
    static final class Refusing extends DefaultVirtualTerminal {
        boolean refuse;

        Refusing(TerminalSize size) {
            super(size);
        }

        @Override
        public void flush() {
            if (refuse) {
                throw new IllegalArgumentException("Width (0) and height (0) cannot be <= 0");
            }
            super.flush();
        }
    }

    @Test
    void aRefusedFrameIsLoggedAndTheNextIsSentWhole() throws Exception {
        Refusing terminal = new Refusing(new TerminalSize(80, 24));
        try (JdbiStore store = Database.open(dir.resolve("t.db"), Harness.CLOCK)) {
            App app = app(terminal, store);
            app.draw();
            String before = app.shown();
            terminal.refuse = true;
            app.press(new KeyStroke('m', false, false)); // a new meeting's form
            app.draw(); // refused: no exception comes out
            // the terminal was written to but not flushed, and may show anything; scribble on it as Swing might
            terminal.setCursorPosition(new TerminalPosition(0, 5));
            terminal.putString("GARBAGE");
            terminal.refuse = false;
            app.draw();
            assertThat(app.shown()).isNotEqualTo(before);
            assertThat(text(terminal)).isEqualTo(app.shown()).doesNotContain("GARBAGE");
        }
    }

    @Test
    void ctrlLSendsTheScreenWholeAgain() throws Exception {
        Refusing terminal = new Refusing(new TerminalSize(80, 24));
        try (JdbiStore store = Database.open(dir.resolve("t.db"), Harness.CLOCK)) {
            App app = app(terminal, store);
            app.draw();
            terminal.setCursorPosition(new TerminalPosition(0, 5)); // another program wrote over the screen
            terminal.putString("GARBAGE");
            app.press(new KeyStroke('l', true, false));
            app.draw();
            assertThat(text(terminal)).isEqualTo(app.shown()).doesNotContain("GARBAGE");
        }
    }

    private App app(Refusing terminal, JdbiStore store) throws java.io.IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Path db = dir.resolve("t.db");
        return new App(screen, Messages.vietnamese(), new EffectRunner(store, Messages.vietnamese(), Harness.CLOCK,
                "t.db", "", Backups.of(db, Harness.CLOCK)));
    }

    private static String text(DefaultVirtualTerminal t) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < t.getTerminalSize().getRows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < t.getTerminalSize().getColumns(); c++) {
                line.append(t.getBufferCharacter(new TerminalPosition(c, r)).getCharacterString());
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
