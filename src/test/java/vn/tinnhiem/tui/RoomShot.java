package vn.tinnhiem.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.tinnhiem.i18n.Messages;

/** The room's view drawn on a virtual terminal of any size, read back as text. */
final class RoomShot {
    private RoomShot() {
    }

    static String of(RoomModel model, Messages messages, int columns, int rows) {
        try {
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            RoomView.draw(screen.newTextGraphics(), messages, model);
            screen.refresh();
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < rows; r++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    TextCharacter ch = terminal.getBufferCharacter(new TerminalPosition(c, r));
                    line.append(ch == null ? " " : ch.getCharacterString());
                }
                sb.append(line.toString().stripTrailing()).append('\n');
            }
            screen.stopScreen();
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
