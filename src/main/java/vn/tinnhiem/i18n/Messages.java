package vn.tinnhiem.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.MissingResourceException;
import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.Flag;
import vn.tinnhiem.domain.Percent;
import vn.tinnhiem.domain.Problem;

/**
 * Every word the user reads, from the resource bundles under {@code i18n/}: Vietnamese by default, English
 * with {@code --lang en}. Placeholders are {@code {0}}, {@code {1}}…; a {@link Problem} given as an argument is
 * worded too, so refusals can nest ("line 4: the name is empty").
 */
public final class Messages {
    /**
     * The bundles, in the order a message is looked for. Those {@code report}, {@code verify} and {@code minutes}
     * word come first ({@link #COMMAND_BUNDLES} of them), so that a command reads only those; the screen reads
     * them all. A key is in one bundle only (BundlesTest), so the order never changes a message.
     */
    private static final List<String> BUNDLES = List.of("i18n/cli", "i18n/errors", "i18n/record", "i18n/report",
            "i18n/verify", "i18n/rules", "i18n/law", "i18n/ui", "i18n/counting",
            "i18n/window", "i18n/bench", "i18n/files", "i18n/keys", "i18n/room",
            "i18n/close", "i18n/doubleentry", "i18n/dekeying",
            "i18n/sheet", "i18n/counted", "i18n/followup", "i18n/fit");
    /** How many of {@link #BUNDLES}, from the first, {@link #readBehind} reads ahead. */
    private static final int COMMAND_BUNDLES = 9;

    private final Locale locale;
    /** Whether counts of one make the noun after them singular ({@link Singular}): English only. */
    private final boolean english;
    /**
     * Each bundle, read when first needed: at once for the screen ({@link #of}), on a thread of its own for a
     * command ({@link #readBehind}), or in place by the first message looked for in it, whichever comes first.
     */
    private final List<Meanwhile<Map<String, String>>> bundles;
    /**
     * Each message once found, by key: a screen asks for the same few dozen on every frame, and finding one
     * asked each bundle in turn. Filled as messages are asked for (nothing is read ahead at start-up).
     */
    private final Map<String, String> found = new ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
        this.english = "en".equals(locale.getLanguage());
        List<Meanwhile<Map<String, String>>> b = new ArrayList<>(BUNDLES.size());
        for (String name : BUNDLES) {
            String file = name + "_" + locale.getLanguage() + ".properties";
            b.add(Meanwhile.later(() -> READ.computeIfAbsent(file, Messages::read)));
        }
        this.bundles = List.copyOf(b);
    }

    /**
     * As {@link #of(String)}, for {@code report}, {@code verify} and {@code minutes}, which word nothing before
     * they have read the file: the bundles they word are read on a thread of its own meanwhile (reading every
     * message cost a command about 40 ms of start-up, and the first message asked for waited for the rest), and
     * any other bundle only if a message is looked for in it.
     */
    public static Messages readBehind(String language) {
        Messages m = new Messages(locale(language));
        Meanwhile.start("messages", () -> {
            for (int i = 0; i < COMMAND_BUNDLES; i++) {
                m.bundle(i);
            }
            return null;
        });
        return m;
    }

    private Map<String, String> bundle(int i) {
        return bundles.get(i).get(); // read in place unless being or already read
    }

    /** Each bundle's file once read, by its name: many Messages in one process (the tests) read each once. */
    private static final Map<String, Map<String, String>> READ = new ConcurrentHashMap<>();

    /**
     * A bundle's file ({@code i18n/cli_vi.properties}), read as {@link java.util.PropertyResourceBundle} reads
     * it, in UTF-8, by {@link PropertiesText}.
     */
    private static Map<String, String> read(String file) {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new MissingResourceException("no bundle " + file, Messages.class.getName(), file);
            }
            return Collections.unmodifiableMap(PropertiesText.parse(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Messages vietnamese() {
        return of("vi");
    }

    public static Messages english() {
        return of("en");
    }

    /** "vi" or "en"; anything else is refused by the command line before it gets here. */
    public static Messages of(String language) {
        Messages m = new Messages(locale(language));
        for (int i = 0; i < BUNDLES.size(); i++) {
            m.bundle(i);
        }
        return m;
    }

    private static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    public Locale locale() {
        return locale;
    }

    public boolean isVietnamese() {
        return "vi".equals(locale.getLanguage());
    }

    public char decimalSeparator() {
        return isVietnamese() ? ',' : '.';
    }

    /** "36,67%" in Vietnamese, "36.67%" in English. */
    public String percent(Percent p) {
        return p.format(decimalSeparator()) + "%";
    }

    /** The name of a level on a form: the chair's own for custom levels, the regulation's otherwise. */
    public String level(BallotForm form, int level) {
        return form.customLevels() ? form.levelNames().get(level - 1)
                : get("ui.level." + form.kind().name() + "." + level);
    }

    /** A short heading for a level's column. */
    public String levelShort(BallotForm form, int level) {
        return form.customLevels() ? form.levelNames().get(level - 1)
                : get("ui.level.short." + form.kind().name() + "." + level);
    }

    /** The rules a round counts under, in one line: the regulation, the base, how a bad line counts. */
    public String rules(BallotForm form) {
        String preset = get("rules.preset." + form.preset().name());
        String base = get("rules.base." + form.base().name());
        String bad = get(form.wholeBallotOnBadLine() ? "rules.badLine.wholeBallot" : "rules.badLine.lineOnly");
        return get("rules.summary", preset, base, bad);
    }

    /** A flag in a few words, for a table cell: the threshold as the rule set has it ("> 2/3 TN thấp"). */
    public String flagShort(BallotForm form, Flag flag) {
        return LawWords.shortName(form, flag, this);
    }

    /** A flag's name in a report: "Trên một nửa tín nhiệm thấp". */
    public String flagName(BallotForm form, Flag flag) {
        return flag == null ? "" : LawWords.name(form, flag, this);
    }

    /** What a flag means under the round's rule set: the condition over its base, then what follows. */
    public String flagLong(BallotForm form, Flag flag) {
        return LawWords.meaning(form, flag, this);
    }

    /** What the shares are taken over, as the rule set says: "tổng số phiếu thu về". */
    public String base(BallotForm form) {
        return LawWords.base(form, this);
    }

    /** Every message of every bundle in this language, one after the other: what a font must be able to show. */
    public String everyText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < BUNDLES.size(); i++) {
            for (String text : bundle(i).values()) {
                sb.append(text).append('\n');
            }
        }
        return sb.toString();
    }

    public boolean has(String key) {
        return pattern(key) != null;
    }

    public String get(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            throw new MissingResourceException("no message " + key, "Messages", key);
        }
        for (int i = 0; i < args.length; i++) {
            String placeholder = "{" + i + "}";
            if (english && isOne(args[i])) {
                pattern = Singular.after(pattern, placeholder);
            }
            pattern = pattern.replace(placeholder, word(args[i]));
        }
        return pattern;
    }

    private static boolean isOne(Object arg) {
        return (arg instanceof Integer || arg instanceof Long || arg instanceof Short)
                && ((Number) arg).longValue() == 1;
    }

    /** The message's pattern, or null when no bundle has it; each bundle read only when the search reaches it. */
    private String pattern(String key) {
        String pattern = found.get(key);
        if (pattern == null) {
            for (int i = 0; i < BUNDLES.size() && pattern == null; i++) {
                pattern = bundle(i).get(key);
                if (pattern != null) {
                    found.put(key, pattern);
                }
            }
        }
        return pattern;
    }

    public String get(Problem problem) {
        return get(problem.key(), problem.args().toArray());
    }

    private String word(Object arg) {
        if (arg instanceof Problem p) {
            return get(p);
        }
        if (arg instanceof Percent p) {
            return percent(p);
        }
        return String.valueOf(arg);
    }
}
