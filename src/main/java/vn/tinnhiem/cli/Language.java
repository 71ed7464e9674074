package vn.tinnhiem.cli;

import java.util.Locale;

/**
 * {@code --lang}, read before picocli parses anything, so that even a refusal of the other arguments is worded
 * in the user's language.
 */
final class Language {
    private Language() {
    }

    /** The raw value of the last {@code --lang} before {@code --}, or {@code null} when there is none. */
    static String scan(String[] args) {
        String found = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--".equals(a)) {
                break;
            }
            if ("--lang".equals(a) && i + 1 < args.length) {
                found = args[++i];
            } else if (a.startsWith("--lang=")) {
                found = a.substring("--lang=".length());
            }
        }
        return found;
    }

    /** "vi" or "en", or {@code null} for anything else. */
    static String normal(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        return "vi".equals(s) || "en".equals(s) ? s : null;
    }
}
