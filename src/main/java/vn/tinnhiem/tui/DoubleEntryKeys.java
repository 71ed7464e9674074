package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.input.KeyType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The keys of double entry. First the serial written on the paper ballot, then its marks with exactly the keys
 * of the ballot-by-ballot screen: the marks table is taken from {@link EntryKeys#KEYS}, not copied, so the keypad
 * and fill-the-rest cannot drift between the two screens or between the passes.
 */
final class DoubleEntryKeys {
    enum Serial { DIGIT, BACK, CHOOSE, CLEAR, CLOSE, VOID, ROOM, HELP, LEAVE }

    /** While the serial is typed. */
    static final Keys<Serial> SERIAL = Keys.of("deSerial",
            Binding.of("0–9", "de.key.serial", 1, Serial.DIGIT, k -> k.getKeyType() == KeyType.Character
                    && !k.isCtrlDown() && !k.isAltDown() && Character.isDigit(k.getCharacter())),
            Binding.of("⌫", "ui.key.stepBack", 0, Serial.BACK, type(KeyType.Backspace).or(ch('-', '/'))),
            Binding.of("Enter", "de.key.choose", 1, Serial.CHOOSE, type(KeyType.Enter)),
            Binding.of("Esc", "de.key.clear", 0, Serial.CLEAR, type(KeyType.Escape)),
            Binding.of("c", "ui.key.close", 2, Serial.CLOSE, ch('c')),
            Binding.of("h", "ui.key.void", 0, Serial.VOID, ch('h')),
            Binding.of("p", "room.key.show", 3, Serial.ROOM, ch('p')),
            Binding.of("F1", Keys.HELP, 0, Serial.HELP, Binding.help()),
            Binding.of("q", "ui.key.back", 2, Serial.LEAVE, ch('q')));

    private static final Set<EntryKeys.Action> MARKING = EnumSet.of(EntryKeys.Action.MARK, EntryKeys.Action.BLANK,
            EntryKeys.Action.SEVERAL, EntryKeys.Action.FILL, EntryKeys.Action.BACK_STEP, EntryKeys.Action.COMMIT,
            EntryKeys.Action.INVALID, EntryKeys.Action.ABANDON, EntryKeys.Action.ROOM, EntryKeys.Action.HELP,
            EntryKeys.Action.LEAVE);

    /**
     * While the marks of the chosen serial are typed: the ballot screen's own keys for them. The key line ranks
     * them for this pass: stepping back and dropping the reading come right after the marks and Enter, so they
     * stay on it at 80 columns, before fill-the-rest and leaving.
     */
    static final Keys<EntryKeys.Action> MARKS = new Keys<>("deMarks", EntryKeys.KEYS.bindings().stream()
            .filter(b -> MARKING.contains(b.action())).map(DoubleEntryKeys::markingRank).toList());

    private static Binding<EntryKeys.Action> markingRank(Binding<EntryKeys.Action> b) {
        int rank = switch (b.action()) {
            case BACK_STEP, ABANDON -> b.rank() == 0 ? 0 : 2;
            case INVALID -> 3;
            case FILL -> 4;
            case LEAVE -> 5;
            default -> b.rank();
        };
        return new Binding<>(b.keyLabel(), b.labelKey(), rank, b.matches(), b.action());
    }

    private DoubleEntryKeys() {
    }
}
