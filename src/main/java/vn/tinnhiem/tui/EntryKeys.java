package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.input.KeyType;

/**
 * The keys of the ballot-entry screen. The numeric keypad alone does the whole count: digits, Enter, Backspace,
 * {@code +} (fill the rest), {@code *} (whole ballot invalid), and {@code -} or {@code /} to step back, since most
 * terminals send those keypad keys as plain characters.
 */
final class EntryKeys {
    enum Action { MARK, BLANK, SEVERAL, FILL, BACK_STEP, COMMIT, INVALID, ABANDON, VOID, REPLACES, LOOKUP, CLOSE, ROOM, HELP,
        LEAVE }

    /** The ballot's levels; "1–3" or "1–2" once the round is known. */
    static final Keys<Action> KEYS = Keys.of("entry",
            Binding.of("1…", "ui.key.level", 1, Action.MARK, k -> k.getKeyType() == KeyType.Character
                    && !k.isCtrlDown() && !k.isAltDown() && k.getCharacter() >= '1' && k.getCharacter() <= '8'),
            Binding.of("0", "ui.key.blank", 8, Action.BLANK, ch('0')),
            Binding.of("9", "ui.key.several", 8, Action.SEVERAL, ch('9')),
            Binding.of("+", "ui.key.fill", 3, Action.FILL, ch('+')),
            Binding.of("⌫", "ui.key.stepBack", 6, Action.BACK_STEP, type(KeyType.Backspace)),
            Binding.of("-", "ui.key.stepBack", 0, Action.BACK_STEP, ch('-', '/')),
            Binding.of("Enter", "ui.key.commit", 1, Action.COMMIT, type(KeyType.Enter)),
            Binding.of("k", "ui.key.invalidBallot", 5, Action.INVALID, ch('k')),
            Binding.of("*", "ui.key.invalidBallot", 5, Action.INVALID, ch('*')),
            Binding.of("Esc", "ui.key.abandon", 7, Action.ABANDON, type(KeyType.Escape)),
            Binding.of("h", "ui.key.void", 4, Action.VOID, ch('h')),
            Binding.of("r", "ui.key.replaces", 8, Action.REPLACES, ch('r')),
            Binding.of("t", "ui.key.lookup", 7, Action.LOOKUP, ch('t')),
            Binding.of("c", "ui.key.close", 2, Action.CLOSE, ch('c')),
            Binding.of("p", "room.key.show", 6, Action.ROOM, ch('p')),
            Binding.of("F1", Keys.HELP, 0, Action.HELP, Binding.help()),
            Binding.of("q", "ui.key.back", 2, Action.LEAVE, ch('q')));

    enum Filling { LEVEL, CANCEL, HELP }

    /** After {@code +}: the level that fills every line left. */
    static final Keys<Filling> FILLING = Keys.of("filling",
            Binding.of("1…", "ui.key.fillWith", 1, Filling.LEVEL, k -> k.getKeyType() == KeyType.Character
                    && !k.isCtrlDown() && !k.isAltDown() && Character.isDigit(k.getCharacter())),
            Binding.of("Esc", "ui.key.cancel", 1, Filling.CANCEL, type(KeyType.Escape, KeyType.Backspace)
                    .or(ch('-', '/', '+'))),
            Binding.of("F1", Keys.HELP, 0, Filling.HELP, Binding.help()));

    enum Shown { CLOSE, HELP }

    /** A recorded ballot looked up by its number, shown until closed. */
    static final Keys<Shown> LOOKUP = Keys.of("lookup",
            Binding.of("Esc", "ui.key.closeBox", 1, Shown.CLOSE, type(KeyType.Escape, KeyType.Enter).or(ch('q'))),
            Binding.of("F1", Keys.HELP, 0, Shown.HELP, Binding.help()));

    /** {@link #KEYS} with the marks shown as "1–2" or "1–3", made once per number of levels. */
    private static final java.util.List<Keys<Action>> BY_LEVELS = new java.util.ArrayList<>();

    static {
        for (int levels = 0; levels <= 8; levels++) {
            BY_LEVELS.add(KEYS.relabel(Action.MARK, "1–" + levels));
        }
    }

    static Keys<Action> forLevels(int levels) {
        return levels >= 0 && levels < BY_LEVELS.size() ? BY_LEVELS.get(levels)
                : KEYS.relabel(Action.MARK, "1–" + levels);
    }

    private EntryKeys() {
    }
}
