package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A key of a screen: what it matches, the label the footer shows, and the action it stands for. The footer and
 * the update read the same list, so they cannot drift apart.
 */
public record Binding(String keyLabel, String labelKey, Predicate<KeyStroke> matches, Object action) {

    public static Binding of(String keyLabel, String labelKey, Object action, Predicate<KeyStroke> matches) {
        return new Binding(keyLabel, labelKey, matches, action);
    }

    /** The action of the first binding matching the key. */
    public static Optional<Object> find(List<Binding> bindings, KeyStroke key) {
        return bindings.stream().filter(b -> b.matches().test(key)).map(Binding::action).findFirst();
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

    public static boolean isCtrlC(KeyStroke k) {
        return k.getKeyType() == KeyType.Character && k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == 'c';
    }
}
