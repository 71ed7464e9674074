package vn.tinnhiem.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code report}, {@code verify} and {@code minutes} with their usual options, read by hand as {@link PlainLaunch}
 * reads a plain launch: building picocli's model costs about a fifth of a second, several times what these commands
 * take to read the file. {@code --db} and {@code --lang} may stand before or after the command's name. Anything
 * else (help, an unknown or repeated option, a value that looks like an option, a stray word) is left to picocli,
 * which words its errors; so this only recognises what it is sure of, and then fills the same command objects.
 */
record PlainCommand(String name, String db, List<String[]> options) {
    private static final Set<String> FLAGS = Set.of("report --rehearsals");
    private static final Set<String> VALUES = Set.of("report --round", "report --format", "verify --expect",
            "verify --head", "minutes --round", "minutes --format", "minutes --out");
    /** May be given more than once (picocli collects them into a list). */
    private static final Set<String> REPEATABLE = Set.of("verify --expect");

    /** The command, or empty when picocli should read this command line. */
    static Optional<PlainCommand> parse(String[] args) {
        String name = null;
        String db = null;
        boolean lang = false;
        List<String[]> options = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (name == null && (a.equals("report") || a.equals("verify") || a.equals("minutes"))) {
                name = a;
                continue;
            }
            if (!a.startsWith("--") || a.equals("--")) {
                return Optional.empty();
            }
            int eq = a.indexOf('=');
            String option = eq > 0 ? a.substring(0, eq) : a;
            String value = eq > 0 ? a.substring(eq + 1) : null;
            boolean flag = name != null && FLAGS.contains(name + " " + option);
            boolean common = option.equals("--db") || option.equals("--lang");
            if (flag) {
                if (value != null || seen(options, option)) {
                    return Optional.empty();
                }
                options.add(new String[] {option, null});
                continue;
            }
            if (!common && (name == null || !VALUES.contains(name + " " + option))) {
                return Optional.empty();
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                    return Optional.empty(); // a missing value, or one that looks like an option: picocli says which
                }
                value = args[++i];
            }
            if (option.equals("--db")) {
                if (db != null) {
                    return Optional.empty();
                }
                db = value;
            } else if (option.equals("--lang")) {
                if (lang) {
                    return Optional.empty();
                }
                lang = true; // its value is read by Language.scan before any parsing
            } else {
                if (seen(options, option) && !REPEATABLE.contains(name + " " + option)) {
                    return Optional.empty();
                }
                options.add(new String[] {option, value});
            }
        }
        if (name == null || (name.equals("minutes") && !seen(options, "--round"))) {
            return Optional.empty(); // minutes without its round: picocli says it is required
        }
        return Optional.of(new PlainCommand(name, db, options));
    }

    private static boolean seen(List<String[]> options, String option) {
        return options.stream().anyMatch(o -> o[0].equals(option));
    }

    /** The same command object picocli would have filled. */
    Callable<Integer> command(Cli cli) {
        RootCommand root = new RootCommand(cli);
        root.db = db;
        switch (name) {
            case "report" -> {
                ReportCommand c = new ReportCommand(cli, root);
                for (String[] o : options) {
                    switch (o[0]) {
                        case "--round" -> c.roundId = o[1];
                        case "--format" -> c.format = o[1];
                        default -> c.rehearsals = true;
                    }
                }
                return c;
            }
            case "verify" -> {
                VerifyCommand c = new VerifyCommand(cli, root);
                for (String[] o : options) {
                    if (o[0].equals("--expect")) {
                        c.expect.add(o[1]);
                    } else {
                        c.head = o[1];
                    }
                }
                return c;
            }
            default -> {
                MinutesCommand c = new MinutesCommand(cli, root);
                for (String[] o : options) {
                    switch (o[0]) {
                        case "--round" -> c.roundId = o[1];
                        case "--format" -> c.format = o[1];
                        default -> c.out = o[1];
                    }
                }
                return c;
            }
        }
    }
}
