package vn.tinnhiem.cli;

import java.util.Optional;

/**
 * The plain launch ({@code tinnhiem}, with at most {@code --db FILE}, {@code --lang vi|en} and {@code --window}),
 * read by hand: building picocli's command model for every subcommand costs about a quarter of a second before the
 * first screen, for a command line that needs none of it. Anything else (a subcommand, help, a font, a repeated or
 * odd option) is left to picocli, which words its errors; so this only recognises what it is sure of.
 */
record PlainLaunch(String db, boolean window) {
    /** The launch, or empty when picocli should read this command line. */
    static Optional<PlainLaunch> parse(String[] args) {
        String db = null;
        boolean window = false;
        boolean lang = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            String name = a;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (name.equals("--window") && value == null && !window) {
                window = true;
                continue;
            }
            if (!name.equals("--db") && !name.equals("--lang")) {
                return Optional.empty();
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                    return Optional.empty(); // a missing value, or one that looks like an option: picocli says which
                }
                value = args[++i];
            }
            if (name.equals("--db")) {
                if (db != null) {
                    return Optional.empty();
                }
                db = value;
            } else {
                if (lang) {
                    return Optional.empty();
                }
                lang = true; // its value is read by Language.scan before any parsing
            }
        }
        return Optional.of(new PlainLaunch(db, window));
    }
}
