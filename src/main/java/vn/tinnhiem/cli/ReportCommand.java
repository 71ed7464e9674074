package vn.tinnhiem.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.DoubleEntry;
import vn.tinnhiem.domain.DoubleEntryProgress;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Numbers;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.report.CountedRound;
import vn.tinnhiem.report.MeetingResults;
import vn.tinnhiem.report.RehearsalMark;
import vn.tinnhiem.report.ResultCsv;
import vn.tinnhiem.report.ResultText;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.MeetingSummary;
import vn.tinnhiem.store.StoreReads;
import vn.tinnhiem.store.StoreException;

/**
 * {@code tinnhiem report}: the results of every round, or of one, on standard output, recounted from the raw
 * ballots. Never creates a data file: a missing one is refused.
 */
@Command(name = "report", sortOptions = false, usageHelpAutoWidth = false)
final class ReportCommand implements Callable<Integer> {
    private final Cli cli;
    private final RootCommand root;

    @Option(names = "--round", paramLabel = "ID", descriptionKey = "opt.round")
    String roundId;

    @Option(names = "--format", paramLabel = "csv|text", descriptionKey = "opt.format")
    String format;

    /** Rehearsal rounds are left out unless asked for (or asked for by their id). */
    @Option(names = "--rehearsals", descriptionKey = "opt.rehearsals")
    boolean rehearsals;

    ReportCommand(Cli cli, RootCommand root) {
        this.cli = cli;
        this.root = root;
    }

    @Override
    public Integer call() {
        var m = cli.messages();
        boolean csv = csv();
        Long round = null;
        if (roundId != null) {
            Checked<Integer> id = Numbers.count(roundId);
            if (!id.isOk()) {
                throw new CliFailure(CliFailure.USAGE, Options.line(m, "--round", id.problem()));
            }
            round = id.value().longValue();
        }
        Path db = root.dbPath();
        DbFile.require(db, m, "cli.report.noFile");
        List<MeetingResults> results;
        try (StoreReads store = Database.openForReading(db)) {
            results = round == null ? everything(store, rehearsals) : one(store, round, db);
        }
        String text = csv ? ResultCsv.render(results) : ResultText.render(results, m);
        cli.out().print(text);
        cli.out().flush();
        return 0;
    }

    private boolean csv() {
        String f = format == null ? "text" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "csv" -> true;
            case "text", "txt" -> false;
            default -> throw new CliFailure(CliFailure.USAGE, cli.messages().get("cli.error.format", format));
        };
    }

    private static List<MeetingResults> everything(StoreReads store, boolean rehearsals) {
        List<MeetingResults> out = new ArrayList<>();
        for (MeetingSummary summary : store.meetings()) {
            List<Round> all = store.rounds(summary.id());
            // every round's mark as it was opened, before any is left out as a rehearsal or shown as real
            all.forEach(r -> RehearsalMark.require(store, r));
            List<Round> shown = all.stream().filter(r -> rehearsals || !r.rehearsal()).toList();
            List<RoundResult> rounds = shown.stream().map(r -> result(store, r)).toList();
            out.add(new MeetingResults(store.meeting(summary.id()), rounds, keying(store, shown)));
        }
        return out;
    }

    private List<MeetingResults> one(StoreReads store, long roundId, Path db) {
        Round round;
        try {
            round = store.round(roundId);
        } catch (StoreException e) {
            if ("error.round.missing".equals(e.problem().key())) {
                throw new CliFailure(CliFailure.USAGE, cli.messages().get("cli.report.noRound", roundId, db));
            }
            throw e;
        }
        RehearsalMark.require(store, round);
        Meeting meeting = store.meeting(round.meetingId());
        String which = RoundById.note(store, round, meeting, cli.messages());
        if (which != null) {
            cli.err().println(which);
        }
        return List.of(new MeetingResults(meeting, List.of(result(store, round)), keying(store, List.of(round))));
    }

    /** Where each open double-entry round's readings stand, by round id. */
    static Map<Long, DoubleEntryProgress> keying(StoreReads store, List<Round> rounds) {
        Map<Long, DoubleEntryProgress> out = new HashMap<>();
        for (Round r : rounds) {
            if (r.isOpen() && r.settings().counting() == Counting.DOUBLE_ENTRY) {
                Integer numbered = store.numbered(r.id());
                out.put(r.id(), DoubleEntry.progress(numbered == null ? List.of() : store.readingsOf(r.id()),
                        numbered == null ? 0 : numbered));
            }
        }
        return out;
    }

    /**
     * Recounted from the raw ballots; the base is the ballots collected, or those entered while open. A closed
     * round whose data no longer matches the fingerprint stored at its close is refused, as its minutes are.
     */
    private static RoundResult result(StoreReads store, Round round) {
        CountedRound read = CountedRound.read(store, round);
        read.fingerprint().require("report.results.fingerprintDiffers");
        return RoundResult.of(round, read.tally());
    }
}
