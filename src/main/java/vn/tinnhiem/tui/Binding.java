package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.function.Predicate;

/**
 * One key of a screen, as data: the key as the chair sees it, the short label of the key line, how important it
 * is there ({@code rank} 1 first; 0 = listed in the help only), what it matches and the typed action it stands for.
 * The key line, the help overlay and the update all read the same {@link Keys} table, so they cannot drift apart.
 */
public record Binding<A extends Enum<A>>(String keyLabel, String labelKey, int rank, Predicate<KeyStroke> matches,
                                         A action) {

    public Binding {
        if (keyLabel == null || labelKey == null || matches == null || action == null) {
            throw new IllegalArgumentException("a binding needs a key, a label, a matcher and an action");
        }
    }

    public static <A extends Enum<A>> Binding<A> of(String keyLabel, String labelKey, int rank, A action,
                                                    Predicate<KeyStroke> matches) {
        return new Binding<>(keyLabel, labelKey, rank, matches, action);
    }

    public static Predicate<KeyStroke> ch(char... chars) {
        return k -> {
            if (k.getKeyType() != KeyType.Character || k.isCtrlDown() || k.isAltDown()) {
                return false;
            }
            char c = Character.toLowerCase(k.getCharacter());
            for (char want : chars) {
                if (c == want) {
                    return true;
                }
            }
            return false;
        };
    }

    public static Predicate<KeyStroke> type(KeyType... types) {
        return k -> {
            for (KeyType t : types) {
                if (k.getKeyType() == t) {
                    return true;
                }
            }
            return false;
        };
    }

    /** F1 or {@code ?}: the help overlay of the screen. */
    public static Predicate<KeyStroke> help() {
        return type(KeyType.F1).or(ch('?'));
    }

    public static boolean isCtrlC(KeyStroke k) {
        return k.getKeyType() == KeyType.Character && k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == 'c';
    }
}
