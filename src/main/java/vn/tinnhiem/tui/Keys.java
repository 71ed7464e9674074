package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The keys of one screen (or of one mode of it, such as a dialog), declared once. The update dispatches on
 * {@link #find}, the key line shows {@link #line}, the help overlay lists {@link #helpLines}: one table, so a key
 * cannot be shown without working or work without being listed. {@code area} names the help sentences:
 * {@code keys.<area>.<action>} in the user's language.
 */
public record Keys<A extends Enum<A>>(String area, List<Binding<A>> bindings) {
    public Keys {
        bindings = List.copyOf(bindings);
    }

    @SafeVarargs
    public static <A extends Enum<A>> Keys<A> of(String area, Binding<A>... bindings) {
        return new Keys<>(area, List.of(bindings));
    }

    /**
     * The action of the first binding matching the key. A plain loop: it runs on every key, and a stream's
     * pipeline (a dozen classes, a lambda made through a method handle) cost most of a key's update when the key
     * came after a pause, its code and data no longer in the processor's caches.
     */
    public Optional<A> find(KeyStroke key) {
        for (Binding<A> b : bindings) {
            if (b.matches().test(key)) {
                return Optional.of(b.action());
            }
        }
        return Optional.empty();
    }

    /** The same table with one key shown differently (such as "1–3" for the levels of this round). */
    public Keys<A> relabel(A action, String keyLabel) {
        List<Binding<A>> out = new ArrayList<>();
        for (Binding<A> b : bindings) {
            out.add(b.action() == action ? new Binding<>(keyLabel, b.labelKey(), b.rank(), b.matches(), b.action()) : b);
        }
        return new Keys<>(area, out);
    }

    /** The same table without the bindings of one action (a key that cannot do anything on this screen). */
    public Keys<A> without(A action) {
        return new Keys<>(area, bindings.stream().filter(b -> b.action() != action).toList());
    }

    /** One entry of the key line or of the help: the keys (joined with "/") of one action, with its label. */
    public record Entry(String keys, String labelKey, String helpKey, int rank) {
    }

    /** Consecutive bindings of the same action (↑ and ↓ of "select", q and Esc of "back") make one entry. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        Binding<A> prev = null;
        for (Binding<A> b : bindings) {
            if (prev != null && (prev.labelKey().equals(b.labelKey()))) {
                Entry last = out.remove(out.size() - 1);
                out.add(new Entry(last.keys() + "/" + b.keyLabel(), last.labelKey(), last.helpKey(),
                        last.rank() == 0 ? b.rank() : b.rank() == 0 ? last.rank() : Math.min(last.rank(), b.rank())));
            } else {
                out.add(new Entry(b.keyLabel(), b.labelKey(), "keys." + area + "." + b.action().name().toLowerCase(),
                        b.rank()));
            }
            prev = b;
        }
        return out;
    }

    /**
     * The key line for {@code width} columns: the most important entries that fit whole, kept in table order, and
     * "F1 help" always last. Never a key cut in half: an entry that does not fit is left out.
     */
    public String line(int width, Function<String, String> words) {
        List<Entry> shown = entries().stream().filter(e -> e.rank() > 0 && !e.labelKey().equals(HELP)).toList();
        List<Entry> byRank = new ArrayList<>(shown);
        byRank.sort(Comparator.comparingInt(Entry::rank));
        String help = hasHelp() ? " F1 " + words.apply(HELP) + " " : "";
        int used = help.length();
        Set<Entry> kept = new HashSet<>();
        for (Entry e : byRank) {
            int w = item(e, words).length();
            if (used + w <= width) {
                kept.add(e);
                used += w;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Entry e : shown) {
            if (kept.contains(e)) {
                sb.append(item(e, words));
            }
        }
        return sb.append(help).toString();
    }

    /** The label key of the help binding every screen carries. */
    public static final String HELP = "ui.key.help";

    private boolean hasHelp() {
        return bindings.stream().anyMatch(b -> b.labelKey().equals(HELP));
    }

    private static String item(Entry e, Function<String, String> words) {
        return " " + e.keys() + " " + words.apply(e.labelKey()) + " ";
    }
}
