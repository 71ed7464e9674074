package vn.tinnhiem.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Numbers;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;
import vn.tinnhiem.tui.App;
import vn.tinnhiem.tui.EffectRunner;

/**
 * {@code tinnhiem bench}: measures, on this machine, what the chair waits for at the largest scale seen (the
 * National Assembly: about 500 ballots of 50 officials) — the commit of each ballot (one durable transaction),
 * a recount, a reload of the round, and a keystroke on the ballot screen with its redraw. Works in a temporary
 * folder, which it removes.
 */
@Command(name = "bench", sortOptions = false, usageHelpAutoWidth = false)
final class BenchCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--ballots", paramLabel = "N", descriptionKey = "opt.benchBallots")
    String ballots = "500";

    @Option(names = "--officials", paramLabel = "N", descriptionKey = "opt.benchOfficials")
    String officials = "50";

    BenchCommand(Cli cli) {
        this.cli = cli;
    }

    private int count(String option, String raw, int min, int max) {
        Checked<Integer> n = Numbers.count(raw);
        if (!n.isOk()) {
            throw new CliFailure(CliFailure.USAGE, Options.line(cli.messages(), option, n.problem()));
        }
        if (n.value() < min || n.value() > max) {
            throw new CliFailure(CliFailure.USAGE, cli.messages().get("cli.bench.range", option, min, max));
        }
        return n.value();
    }

    @Override
    public Integer call() throws IOException {
        int nBallots = count("--ballots", ballots, 1, 5000);
        int nOfficials = count("--officials", officials, 1, 200);
        var m = cli.messages();
        Path dir = Files.createTempDirectory("tinnhiem-bench");
        try {
            long t0 = System.nanoTime();
            try (JdbiStore store = Database.open(dir.resolve("bench.db"), Clock.systemDefaultZone())) {
                long open = System.nanoTime() - t0;
                long meeting = store.createMeeting(new MeetingDetails("Bench", "", "", "25/11/2026", nBallots,
                        nBallots, List.of())).id();
                List<OfficialDraft> roster = new ArrayList<>();
                for (int i = 1; i <= nOfficials; i++) {
                    roster.add(new OfficialDraft("Nguyễn Văn Thử " + i, "Ủy viên"));
                }
                List<Official> onBallot = store.addOfficials(meeting, roster);
                Round round = store.openRound(meeting, RoundKind.RATING, onBallot, nBallots);
                Random random = new Random(2026);
                long[] commits = new long[nBallots];
                for (int b = 0; b < nBallots; b++) {
                    BallotDraft d = BallotDraft.empty(nOfficials);
                    for (int i = 0; i < nOfficials; i++) {
                        int r = random.nextInt(20);
                        d = d.mark(r == 0 ? Mark.BLANK : r == 1 ? Mark.SEVERAL : Mark.level(1 + r % 3));
                    }
                    long s = System.nanoTime();
                    store.recordBallot(round.id(), d);
                    commits[b] = System.nanoTime() - s;
                }
                long s = System.nanoTime();
                List<Ballot> all = store.ballots(round.id());
                long reload = System.nanoTime() - s;
                int reps = 50;
                s = System.nanoTime();
                for (int i = 0; i < reps; i++) {
                    RoundResult.of(round, Tally.count(round.form(), nOfficials, all));
                }
                long recount = (System.nanoTime() - s) / reps;
                long[] keys = keystrokes(store, m, nOfficials);
                Arrays.sort(commits);
                Arrays.sort(keys);
                cli.out().println(m.get("cli.bench.title", nBallots, nOfficials));
                cli.out().println(m.get("cli.bench.open", ms(open)));
                cli.out().println(m.get("cli.bench.commit", ms(pct(commits, 50)), ms(pct(commits, 95)),
                        ms(commits[commits.length - 1]), ms(Arrays.stream(commits).sum())));
                cli.out().println(m.get("cli.bench.reload", all.size(), ms(reload)));
                cli.out().println(m.get("cli.bench.recount", ms(recount)));
                cli.out().println(m.get("cli.bench.key", keys.length, ms(pct(keys, 50)), ms(pct(keys, 95)),
                        ms(keys[keys.length - 1])));
            }
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    /** Keystrokes on the ballot screen of a round this big, each with its redraw on a 120×36 virtual terminal. */
    private static long[] keystrokes(JdbiStore store, vn.tinnhiem.i18n.Messages m, int lines) throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(120, 36));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        App app = new App(screen, m, new EffectRunner(store, m, Clock.systemDefaultZone(), "bench", ""));
        app.press(new KeyStroke(com.googlecode.lanterna.input.KeyType.Enter));
        app.press(new KeyStroke(com.googlecode.lanterna.input.KeyType.Enter));
        int n = Math.min(lines - 1, 40) * 5;
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            boolean back = i % 5 == 4;
            long s = System.nanoTime();
            app.press(back ? new KeyStroke(com.googlecode.lanterna.input.KeyType.Backspace)
                    : new KeyStroke((char) ('1' + i % 3), false, false));
            app.draw();
            out[i] = System.nanoTime() - s;
        }
        screen.stopScreen();
        return out;
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e6);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
