package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.input.KeyType;

/**
 * The keys of the tally-sheet screen: digits into the cell under the cursor, Enter or Tab to the next cell (the
 * order of the paper sheet: ballot totals, then each official's levels and invalid lines), arrows anywhere.
 */
final class SheetKeys {
    enum Action { DIGIT, ERASE, NEXT, PREVIOUS, UP, DOWN, PAGE_UP, PAGE_DOWN, SAVE, CLOSE, ROOM, HELP, LEAVE }

    static final Keys<Action> KEYS = Keys.of("sheet",
            Binding.of("0–9", "sheet.key.digit", 0, Action.DIGIT, k -> k.getKeyType() == KeyType.Character
                    && !k.isCtrlDown() && !k.isAltDown() && Character.isDigit(k.getCharacter())),
            Binding.of("⌫", "sheet.key.erase", 0, Action.ERASE, type(KeyType.Backspace, KeyType.Delete)),
            Binding.of("Enter", "sheet.key.next", 3, Action.NEXT, type(KeyType.Enter, KeyType.Tab, KeyType.ArrowRight)),
            Binding.of("←", "sheet.key.previous", 0, Action.PREVIOUS, type(KeyType.ArrowLeft, KeyType.ReverseTab)),
            Binding.of("↑", "sheet.key.row", 0, Action.UP, type(KeyType.ArrowUp)),
            Binding.of("↓", "sheet.key.row", 0, Action.DOWN, type(KeyType.ArrowDown)),
            Binding.of("PgUp", "sheet.key.page", 0, Action.PAGE_UP, type(KeyType.PageUp)),
            Binding.of("PgDn", "sheet.key.page", 0, Action.PAGE_DOWN, type(KeyType.PageDown)),
            Binding.of("s", "sheet.key.save", 1, Action.SAVE, ch('s')),
            Binding.of("c", "ui.key.close", 2, Action.CLOSE, ch('c')),
            Binding.of("p", "room.key.show", 4, Action.ROOM, ch('p')),
            Binding.of("F1", Keys.HELP, 0, Action.HELP, Binding.help()),
            Binding.of("q", "ui.key.back", 2, Action.LEAVE, ch('q')));

    enum Shown { CLOSE, HELP }

    /** The box listing the failing totals of the sheet that counts, shown until closed. */
    static final Keys<Shown> REFUSED = Keys.of("sheetRefused",
            Binding.of("Esc", "ui.key.closeBox", 1, Shown.CLOSE, type(KeyType.Escape, KeyType.Enter).or(ch('q'))),
            Binding.of("F1", Keys.HELP, 0, Shown.HELP, Binding.help()));

    private SheetKeys() {
    }
}
