package vn.tinnhiem.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Backups;
import vn.tinnhiem.store.Backups.Backup;

/**
 * {@code tinnhiem restore}: lists the backups of the data file, or puts one back in its place after the user
 * confirms. The backup is checked first ({@code quick_check}, tinnhiem's, not newer), the file is refused while
 * another copy of tinnhiem has it open, and the file it replaces is kept as one more backup.
 */
@Command(name = "restore", sortOptions = false, usageHelpAutoWidth = false)
final class RestoreCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final Set<String> YES = Set.of("có", "co", "yes", "y");

    private final Cli cli;
    private final RootCommand root;

    @Option(names = "--backup", paramLabel = "${bundle:label.backup}", descriptionKey = "opt.backup")
    String backup;

    @Option(names = "--yes", descriptionKey = "opt.yes")
    boolean yes;

    RestoreCommand(Cli cli, RootCommand root) {
        this.cli = cli;
        this.root = root;
    }

    @Override
    public Integer call() {
        Messages m = cli.messages();
        Path db = root.dbPath();
        Backups backups = Backups.of(db, Clock.systemDefaultZone());
        List<Backup> all = backups.list();
        if (backup == null) {
            list(backups, all, db);
            return 0;
        }
        Backup chosen = choose(all, backup.strip());
        if (chosen == null) {
            throw new CliFailure(CliFailure.USAGE, m.get("cli.restore.noSuchBackup", backup, backups.file(), db));
        }
        Backups.Restored done = backups.restore(chosen, () -> yes || confirm(backups, chosen));
        if (done == null) {
            cli.tell("cli.restore.cancelled", backups.file());
            return CliFailure.DATA;
        }
        cli.out().println(m.get("cli.restore.done", backups.file(), chosen.name(), TIME.format(chosen.time())));
        if (done.keptCurrent() != null) {
            cli.out().println(m.get("cli.restore.kept", done.keptCurrent().path()));
        }
        return 0;
    }

    private void list(Backups backups, List<Backup> all, Path db) {
        Messages m = cli.messages();
        if (all.isEmpty()) {
            cli.out().println(m.get("cli.restore.none", backups.file(), backups.folder()));
            return;
        }
        cli.out().println(m.get("cli.restore.heading", backups.file(), backups.folder(), all.size()));
        int width = all.stream().mapToInt(b -> b.name().length()).max().orElse(0);
        for (int i = 0; i < all.size(); i++) {
            Backup b = all.get(i);
            cli.out().println(String.format(Locale.ROOT, "%4d  %-" + width + "s  %s  %s", i + 1, b.name(),
                    TIME.format(b.time()), m.get("cli.restore.size", kilobytes(b.size()))));
        }
        cli.out().println(m.get("cli.restore.how", db));
    }

    /** A backup by its name as listed, or by its number in the list (1 = the newest). */
    private static Backup choose(List<Backup> all, String wanted) {
        for (Backup b : all) {
            if (b.name().equals(wanted) || b.path().toString().equals(wanted)) {
                return b;
            }
        }
        if (wanted.matches("\\d{1,4}")) {
            int n = Integer.parseInt(wanted);
            if (n >= 1 && n <= all.size()) {
                return all.get(n - 1);
            }
        }
        return null;
    }

    private boolean confirm(Backups backups, Backup chosen) {
        Messages m = cli.messages();
        cli.out().println(m.get("cli.restore.about", backups.file(), chosen.name(), TIME.format(chosen.time()),
                m.get("cli.restore.size", kilobytes(chosen.size()))));
        cli.out().print(m.get("cli.restore.confirm"));
        cli.out().flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(cli.in(), StandardCharsets.UTF_8)).readLine();
            if (answer == null || System.console() == null) {
                cli.out().println(); // the answer came from a pipe, or none came: no echo ended the line
            }
            if (answer == null) {
                return false;
            }
            String word = Normalizer.normalize(answer, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
            return YES.contains(word);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }
}
