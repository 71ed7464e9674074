package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import com.googlecode.lanterna.terminal.swing.SwingTerminal;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Lanterna {@link Terminal} that forwards every call to the window's current Swing terminal, so a change of font
 * (a new Swing terminal) is, for the screen, only a resize. On its way it replaces the few symbols the shipped
 * font lacks ({@link WindowFont#substituted}), so the window never draws a box.
 */
final class SwappableTerminal {
    private final Terminal proxy;
    private final List<TerminalResizeListener> listeners = new CopyOnWriteArrayList<>();
    private volatile SwingTerminal target;
    private volatile boolean cursorVisible = true;

    SwappableTerminal(SwingTerminal first) {
        this.target = first;
        this.proxy = (Terminal) Proxy.newProxyInstance(Terminal.class.getClassLoader(), new Class<?>[] {Terminal.class},
                (p, method, args) -> invoke(method, args));
    }

    Terminal proxy() {
        return proxy;
    }

    /**
     * Called on Swing's thread once the replacement is in the frame and before the old one leaves it (a Swing
     * terminal out of its frame answers every read with EOF, which the screen would take for "quit"): keys not
     * yet read and the resize listeners move to the replacement.
     */
    void swap(SwingTerminal old, SwingTerminal replacement) {
        for (TerminalResizeListener l : listeners) {
            old.removeResizeListener(l);
            replacement.addResizeListener(l);
        }
        replacement.setCursorVisible(cursorVisible);
        target = replacement;
        KeyStroke pending;
        for (int i = 0; i < 1000 && (pending = old.pollInput()) != null && pending.getKeyType() != KeyType.EOF; i++) {
            replacement.addInput(pending);
        }
        for (TerminalResizeListener l : listeners) {
            l.onResized(proxy, replacement.getTerminalSize());
        }
    }

    /** Tells the screen the current grid (after the window has laid out a new terminal). */
    void announceSize() {
        SwingTerminal t = target;
        for (TerminalResizeListener l : listeners) {
            l.onResized(proxy, t.getTerminalSize());
        }
    }

    /**
     * A key, or null; never EOF. A Swing terminal answers EOF while it is not shown: the one just replaced, and
     * the replacement until Swing has shown it. The chair closing the window comes by {@code onCloseRequest}.
     */
    private KeyStroke poll() {
        KeyStroke k = target.pollInput();
        return k != null && k.getKeyType() == KeyType.EOF ? null : k;
    }

    private Object invoke(Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "equals":
                return args[0] == proxy;
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "window terminal";
            case "addResizeListener":
                listeners.add((TerminalResizeListener) args[0]);
                break;
            case "removeResizeListener":
                listeners.remove((TerminalResizeListener) args[0]);
                break;
            case "setCursorVisible":
                cursorVisible = (Boolean) args[0];
                break;
            case "putString":
                args[0] = WindowFont.substituted((String) args[0]);
                break;
            case "pollInput":
                return poll();
            case "putCharacter":
                args[0] = WindowFont.substituted(String.valueOf((char) (Character) args[0])).charAt(0);
                break;
            default:
                break;
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
