package vn.tinnhiem.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.LineProblem;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Numbers;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Quorum;
import vn.tinnhiem.domain.RosterCsv;
import vn.tinnhiem.domain.RosterImport;
import vn.tinnhiem.domain.RoundRules;
import vn.tinnhiem.domain.Rules;
import vn.tinnhiem.domain.TextRules;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Backups;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * {@code tinnhiem new}: prepares a meeting and its roster ahead of time, without the screen. Everything is
 * checked before the data file is touched, so a refused roster leaves no meeting behind.
 */
@Command(name = "new", sortOptions = false, usageHelpAutoWidth = false)
final class NewCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(NewCommand.class);
    /** Far above any roster (500 officials); stops a wrong file from being read whole into memory. */
    static final long MAX_ROSTER_BYTES = 5L * 1024 * 1024;

    private final Cli cli;
    private final RootCommand root;

    @Option(names = "--title", required = true, paramLabel = "${bundle:label.text}", descriptionKey = "opt.title")
    String title;

    @Option(names = "--summoned", required = true, paramLabel = "N", descriptionKey = "opt.summoned")
    String summoned;

    @Option(names = "--present", required = true, paramLabel = "N", descriptionKey = "opt.present")
    String present;

    @Option(names = "--roster", required = true, paramLabel = "${bundle:label.csv}", descriptionKey = "opt.roster")
    String roster;

    @Option(names = "--body", paramLabel = "${bundle:label.text}", descriptionKey = "opt.body")
    String body;

    @Option(names = "--place", paramLabel = "${bundle:label.text}", descriptionKey = "opt.place")
    String place;

    @Option(names = "--date", paramLabel = "${bundle:label.date}", descriptionKey = "opt.date")
    String date;

    @Option(names = "--rules", paramLabel = "${bundle:label.preset}", descriptionKey = "opt.rules")
    String rules;

    @Option(names = "--committee", paramLabel = "${bundle:label.member}", descriptionKey = "opt.committee")
    List<String> committee = new ArrayList<>();

    @Option(names = "--invalid-lines", paramLabel = "line|ballot", descriptionKey = "opt.invalidLines")
    String invalidLines;

    NewCommand(Cli cli, RootCommand root) {
        this.cli = cli;
        this.root = root;
    }

    @Override
    public Integer call() {
        Messages m = cli.messages();
        Path db = root.dbPath();
        MeetingDetails details = details(m);
        Path rosterFile = Options.path(m, "--roster", roster);
        RosterImport imported = readRoster(rosterFile);
        if (!imported.isOk()) {
            reportProblems(rosterFile, imported.problems());
            return CliFailure.DATA;
        }
        if (!Quorum.met(details.summoned(), details.present())) {
            cli.tell("cli.new.quorum", details.present(), details.summoned(), (2 * details.summoned() + 2) / 3);
        }
        try (JdbiStore store = Database.open(db, Clock.systemDefaultZone())) {
            if (Backups.of(db, Clock.systemDefaultZone()).atStart(store).isEmpty() && !store.meetings().isEmpty()) {
                cli.tell("cli.new.noBackup", db, cli.logFile());
            }
            Meeting meeting = store.createMeeting(details);
            List<Official> officials = store.addOfficials(meeting.id(), imported.officials());
            LOG.info("created meeting {} with {} officials in {}", meeting.id(), officials.size(), db);
            cli.out().println(m.get("cli.new.created", meeting.id(), meeting.title(), officials.size(),
                    db.toAbsolutePath().normalize()));
            cli.out().println(m.get("cli.new.next", db));
        }
        return 0;
    }

    /** Every field checked, every refusal listed at once; then the meeting rules (present ≤ summoned…). */
    private MeetingDetails details(Messages m) {
        List<String> problems = new ArrayList<>();
        String cleanTitle = Options.take(m, problems, "--title", TextRules.required(title));
        String cleanBody = Options.take(m, problems, "--body", TextRules.optional(body));
        String cleanPlace = Options.take(m, problems, "--place", TextRules.optional(place));
        String cleanDate = Options.take(m, problems, "--date", Options.date(date, Clock.systemDefaultZone()));
        Integer s = Options.take(m, problems, "--summoned", Numbers.count(summoned));
        Integer p = Options.take(m, problems, "--present", Numbers.count(present));
        List<CommitteeMember> members = new ArrayList<>();
        for (String member : committee) {
            CommitteeMember c = Options.take(m, problems, "--committee", MeetingOptions.member(member));
            if (c != null) {
                members.add(c);
            }
        }
        Rules chosen = Options.take(m, problems, "--rules", MeetingOptions.rules(rules, invalidLines));
        if (!problems.isEmpty()) {
            throw new CliFailure(CliFailure.USAGE, String.join(System.lineSeparator(), problems));
        }
        MeetingDetails details = new MeetingDetails(cleanTitle, cleanBody, cleanPlace, cleanDate, s, p, members,
                chosen);
        Checked<MeetingDetails> checked = RoundRules.meeting(details);
        if (!checked.isOk()) {
            throw new CliFailure(CliFailure.USAGE, m.get(checked.problem()));
        }
        return checked.value();
    }

    private RosterImport readRoster(Path file) {
        Messages m = cli.messages();
        try {
            if (Files.isDirectory(file)) {
                throw new CliFailure(CliFailure.DATA, m.get("cli.error.isDirectory", file));
            }
            long size = Files.size(file);
            if (size > MAX_ROSTER_BYTES) {
                throw new CliFailure(CliFailure.DATA, m.get("cli.new.rosterTooBig", file, size, MAX_ROSTER_BYTES));
            }
            var bytes = vn.tinnhiem.store.RosterFile.read(file); // a regular file only: never a FIFO or a device
            if (!bytes.isOk()) {
                throw new CliFailure(CliFailure.DATA, m.get(bytes.problem()));
            }
            return RosterCsv.read(bytes.value());
        } catch (NoSuchFileException e) {
            throw new CliFailure(CliFailure.DATA, m.get(Problem.of("error.file.missing", file)));
        } catch (IOException e) {
            LOG.warn("cannot read {}", file, e);
            throw new CliFailure(CliFailure.DATA, m.get(Problem.of("error.file.read", file, e.getMessage())));
        }
    }

    private void reportProblems(Path file, List<LineProblem> problems) {
        Messages m = cli.messages();
        cli.tell("cli.new.rosterProblems", file, problems.size());
        for (LineProblem p : problems) {
            if (p.line() > 0) {
                cli.tell("cli.new.lineProblem", p.line(), m.get(p.problem()));
            } else {
                cli.tell("cli.new.fileProblem", m.get(p.problem()));
            }
        }
    }
}
