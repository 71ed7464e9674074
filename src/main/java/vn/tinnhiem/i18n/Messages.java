package vn.tinnhiem.i18n;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
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
    private static final List<String> BUNDLES = List.of("i18n/errors", "i18n/ui", "i18n/rules", "i18n/cli", "i18n/report",
            "i18n/window", "i18n/bench", "i18n/record", "i18n/law", "i18n/files", "i18n/keys", "i18n/room",
            "i18n/close", "i18n/counting", "i18n/doubleentry", "i18n/dekeying",
            "i18n/sheet", "i18n/verify", "i18n/counted", "i18n/followup", "i18n/fit");

    private final Locale locale;
    /** Reads the bundles: at once, or on a thread of its own ({@link #readBehind}), whichever asks first. */
    private final Meanwhile<List<ResourceBundle>> reading;
    private volatile List<ResourceBundle> bundles;
    /**
     * Each message once found, by key: a screen asks for the same few dozen on every frame, and finding one
     * asked each bundle in turn. Filled as messages are asked for (nothing is read ahead at start-up).
     */
    private final Map<String, String> found = new ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
        this.reading = Meanwhile.later(() -> read(locale));
    }

    private static List<ResourceBundle> read(Locale locale) {
        return BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))).toList();
    }

    /**
     * As {@link #of(String)}, the bundles read on a thread of its own meanwhile: reading every message costs a
     * command about 40 ms of start-up, spent while the main thread opens the file and counts; the first message
     * asked for waits for the rest. For {@code report}, {@code verify} and {@code minutes}, which word nothing
     * before they have read the file.
     */
    public static Messages readBehind(String language) {
        Messages m = new Messages(locale(language));
        m.reading.startOn("messages");
        return m;
    }

    private List<ResourceBundle> bundles() {
        List<ResourceBundle> b = bundles;
        if (b == null) {
            b = reading.get(); // read in place unless a thread of its own reads them (readBehind)
            bundles = b;
        }
        return b;
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
        m.bundles();
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
        for (ResourceBundle b : bundles()) {
            for (String key : b.keySet()) {
                sb.append(b.getString(key)).append('\n');
            }
        }
        return sb.toString();
    }

    public boolean has(String key) {
        return bundles().stream().anyMatch(b -> b.containsKey(key));
    }

    public String get(String key, Object... args) {
        String pattern = found.get(key);
        if (pattern == null) {
            for (ResourceBundle b : bundles()) {
                if (b.containsKey(key)) {
                    pattern = b.getString(key);
                    break;
                }
            }
            if (pattern == null) {
                throw new MissingResourceException("no message " + key, "Messages", key);
            }
            found.put(key, pattern);
        }
        for (int i = 0; i < args.length; i++) {
            pattern = pattern.replace("{" + i + "}", word(args[i]));
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
