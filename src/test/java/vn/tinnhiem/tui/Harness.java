package vn.tinnhiem.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Backups;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/** Drives the whole text interface on Lanterna's virtual terminal, by keystrokes, and reads the screen's text. */
final class Harness implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final JdbiStore store;
    final App app;

    Harness(Path db, Messages messages, int columns, int rows) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            store = Database.open(db, CLOCK);
            app = new App(screen, messages, new EffectRunner(store, messages, CLOCK, db.getFileName().toString(),
                    "data/danh-sach-mau.csv", Backups.of(db, CLOCK)).exportingTo(db.resolveSibling("exports")));
            app.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Harness vietnamese(Path db) {
        return new Harness(db, Messages.vietnamese(), 120, 36);
    }

    Harness key(KeyStroke k) {
        app.press(k);
        try {
            app.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Harness type(String text) {
        for (char c : text.toCharArray()) {
            key(new KeyStroke(c, false, false));
        }
        return this;
    }

    Harness key(KeyType type) {
        return key(new KeyStroke(type));
    }

    Harness enter() {
        return key(KeyType.Enter);
    }

    Harness esc() {
        return key(KeyType.Escape);
    }

    /** The screen as text, one line per row, trailing spaces removed. */
    String text() {
        StringBuilder sb = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getBufferCharacter(new TerminalPosition(c, r));
                line.append(ch == null ? " " : ch.getCharacterString());
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    @Override
    public void close() {
        store.close();
    }
}
