package vn.tinnhiem.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.swing.SwingTerminal;
import com.googlecode.lanterna.terminal.swing.SwingTerminalFontConfiguration;
import com.googlecode.lanterna.terminal.swing.TerminalEmulatorColorConfiguration;
import com.googlecode.lanterna.terminal.swing.TerminalEmulatorDeviceConfiguration;
import java.awt.event.KeyEvent;

/**
 * The keys that belong to the window, not to a screen: Ctrl+Plus (or Ctrl+=) larger text, Ctrl+Minus smaller,
 * Ctrl+0 back to the size it opened with, F11 full screen. The window's Swing terminal takes them before
 * Lanterna's own key handling sees them, so no screen ever receives them.
 */
final class WindowKeys {
    private WindowKeys() {
    }

    /** What a key pressed means for the window, if anything. */
    enum Action { LARGER, SMALLER, RESET, FULL_SCREEN }

    static Action action(int keyCode, boolean ctrl) {
        if (keyCode == KeyEvent.VK_F11) {
            return Action.FULL_SCREEN;
        }
        if (!ctrl) {
            return null;
        }
        return switch (keyCode) {
            case KeyEvent.VK_PLUS, KeyEvent.VK_EQUALS, KeyEvent.VK_ADD -> Action.LARGER;
            case KeyEvent.VK_MINUS, KeyEvent.VK_SUBTRACT -> Action.SMALLER;
            case KeyEvent.VK_0, KeyEvent.VK_NUMPAD0 -> Action.RESET;
            default -> null;
        };
    }

    /** True when the event was the window's and has been handled. */
    static boolean handle(TerminalWindow window, KeyEvent e) {
        if (e.getID() == KeyEvent.KEY_TYPED) {
            // the character a shortcut may type as well ("=", "-", "0" with Ctrl) does not reach the screen
            return e.isControlDown() && "+=-_0".indexOf(e.getKeyChar()) >= 0;
        }
        Action a = action(e.getKeyCode(), e.isControlDown());
        if (a == null) {
            return false;
        }
        if (e.getID() == KeyEvent.KEY_PRESSED) {
            // after this key's handling: the font change replaces the very component handling it
            javax.swing.SwingUtilities.invokeLater(() -> {
                switch (a) {
                    case LARGER -> window.zoom(1);
                    case SMALLER -> window.zoom(-1);
                    case RESET -> window.resetFontSize();
                    case FULL_SCREEN -> window.toggleFullScreen();
                }
            });
        }
        return true;
    }

    /** Lanterna's Swing terminal with the window's keys taken first. */
    static final class Terminal extends SwingTerminal {
        private final transient TerminalWindow window;

        Terminal(TerminalWindow window, TerminalSize grid, TerminalEmulatorDeviceConfiguration device,
                 SwingTerminalFontConfiguration font, TerminalEmulatorColorConfiguration colors) {
            super(grid, device, font, colors);
            this.window = window;
        }

        @Override
        protected void processKeyEvent(KeyEvent e) {
            if (WindowKeys.handle(window, e)) {
                e.consume();
                return;
            }
            super.processKeyEvent(e);
        }
    }
}
