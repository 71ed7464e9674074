package vn.tinnhiem.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.Numbers;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.report.Minutes;
import vn.tinnhiem.report.MinutesCsv;
import vn.tinnhiem.report.MinutesFiles;
import vn.tinnhiem.report.MinutesHtml;
import vn.tinnhiem.report.MinutesSource;
import vn.tinnhiem.report.MinutesText;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.Store;
import vn.tinnhiem.store.StoreException;
import vn.tinnhiem.store.StoreReads;

/**
 * {@code tinnhiem minutes --round ID}: the counting minutes of one closed round, HTML by default (or CSV, text),
 * on standard output or into a new file ({@code --out}, never overwriting one, recorded in the audit log). A
 * command of its own rather than a format of {@code report}: the minutes are one closed round's document, while
 * {@code report} lists every round's figures for scripts in fixed English columns.
 */
@Command(name = "minutes", sortOptions = false, usageHelpAutoWidth = false)
final class MinutesCommand implements Callable<Integer> {
    private final Cli cli;
    private final RootCommand root;

    @Option(names = "--round", required = true, paramLabel = "ID", descriptionKey = "opt.minutesRound")
    String roundId;

    @Option(names = "--format", paramLabel = "html|csv|text", descriptionKey = "opt.minutesFormat")
    String format;

    @Option(names = "--out", paramLabel = "${bundle:label.file}", descriptionKey = "opt.out")
    String out;

    MinutesCommand(Cli cli, RootCommand root) {
        this.cli = cli;
        this.root = root;
    }

    @Override
    public Integer call() {
        Messages m = cli.messages();
        // HTML is for a file and a browser; printed to a terminal it reads as markup, so there the text is the default.
        String f = format == null ? (out == null && System.console() != null ? "text" : "html")
                : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("html") && !f.equals("csv") && !f.equals("text") && !f.equals("txt")) {
            throw new CliFailure(CliFailure.USAGE, m.get("report.minutes.formatError", format));
        }
        Checked<Integer> id = Numbers.count(roundId);
        if (!id.isOk()) {
            throw new CliFailure(CliFailure.USAGE, Options.line(m, "--round", id.problem()));
        }
        Path target = out == null ? null : Options.path(m, "--out", out);
        Path folder = target == null ? null : target.toAbsolutePath().normalize().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CliFailure(CliFailure.DATA, m.get("files.out.noFolder", target, folder));
        }
        Path db = root.dbPath();
        DbFile.require(db, m, "cli.report.noFile");
        // On standard output the minutes are only read, beside the screen if it is open; written to a file they
        // are recorded in the audit log, which only the one copy that writes the file may do.
        try (StoreReads store = target == null ? Database.openForReading(db) : openToWrite(db, target, m)) {
            Minutes minutes;
            try {
                minutes = MinutesSource.load(store, id.value(), hereAndNow());
            } catch (StoreException e) {
                if ("error.round.missing".equals(e.problem().key())) {
                    throw new CliFailure(CliFailure.USAGE, m.get("cli.report.noRound", id.value(), db));
                }
                throw e;
            }
            String which = RoundById.note(store, minutes.result().round(), minutes.meeting(), m);
            if (which != null) {
                cli.err().println(which);
            }
            if (minutes.result().round().isOpen()) {
                throw new CliFailure(CliFailure.DATA, m.get("report.minutes.openRound",
                        minutes.result().round().number()));
            }
            String text = switch (f) {
                case "csv" -> MinutesCsv.render(minutes, m);
                case "html" -> MinutesHtml.render(minutes, m);
                default -> MinutesText.render(minutes, m);
            };
            if (target == null) {
                cli.out().print(text);
                cli.out().flush();
                return 0;
            }
            write(target, text, m);
            // With --out the file was opened to be written (above), and the export is logged.
            ((Store) store).recordExport(minutes.meeting().id(), minutes.result().round().id(),
                    target.toAbsolutePath().normalize().toString());
            cli.tell("report.minutes.written", target.toAbsolutePath().normalize());
            return 0;
        }
    }

    /**
     * The system clock at the offset the system's time zone has now: the minutes' "made at" time, as the zone's own
     * clock gives it, without java.time reading its whole zone database (about 10 ms of a command's start).
     */
    static Clock hereAndNow() {
        long now = System.currentTimeMillis();
        return Clock.system(ZoneOffset.ofTotalSeconds(TimeZone.getDefault().getOffset(now) / 1000));
    }

    /**
     * The file opened to be written, for the export goes into its audit log. Held by the copy on the screen, the
     * refusal says what does work meanwhile: the minutes on standard output, or {@code x} on that screen.
     */
    private static StoreReads openToWrite(Path db, Path target, Messages m) {
        try {
            return Database.open(db, Clock.systemDefaultZone());
        } catch (StoreException e) {
            if (e.problem().key().startsWith("record.writer.heldBy")) {
                throw new CliFailure(CliFailure.DATA, m.get("report.minutes.outWhileOpen", db, target));
            }
            throw e;
        }
    }

    private static void write(Path target, String text, Messages m) {
        try {
            MinutesFiles.writeNew(target, text);
        } catch (FileAlreadyExistsException e) {
            throw new CliFailure(CliFailure.DATA, m.get("report.minutes.outExists", target));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CliFailure(CliFailure.DATA, m.get("files.out.noFolder", target,
                    target.toAbsolutePath().normalize().getParent()));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new CliFailure(CliFailure.DATA, m.get("files.out.denied", target));
        } catch (IOException e) {
            throw new CliFailure(CliFailure.DATA, m.get("report.minutes.exportFailed", target,
                    String.valueOf(e.getMessage())));
        }
    }
}
