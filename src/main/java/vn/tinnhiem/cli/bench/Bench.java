package vn.tinnhiem.cli.bench;

import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * {@code tinnhiem bench}: every row of the performance budget, each measured against its anchor in the same run
 * (the anchors' code is in this package). In the short mode the sizes are cut down so that it only proves the
 * bench works; its figures say nothing about the budget.
 */
public final class Bench {
    /** Sizes: the ballot screen's two rounds, the launch file's closed and open rounds, repeats. */
    record Sizes(int small, int big, int launchClosed, int launchOpen, int commits, int typed, int launches,
                 int commands) {
    }

    static final Sizes FULL = new Sizes(500, 2000, 500, 400, 500, 10, 9, 11);
    static final Sizes SHORT = new Sizes(12, 20, 6, 4, 10, 1, 1, 1);
    static final int SMALL_OFFICIALS = 44;
    static final int OFFICIALS = 50;
    private static final String MAIN = "vn.tinnhiem.cli.Main";
    /** Runs of the keys on one file, at most, before a row is left unmeasured. */
    static final int KEY_RUNS = 3;

    private final Messages messages;
    private final Sizes n;
    private final Path dir;
    private final Random random = new Random(2026);
    private final List<BenchRow> rows = new ArrayList<>();
    /** What went wrong in a run that was tried again, said after the table. */
    private final List<String> notes = new ArrayList<>();
    /** tinnhiem's class-data archive, made as the launcher makes it; null where there can be none. */
    private Path archive;

    public Bench(Messages messages, boolean quick, Path dir) {
        this.messages = messages;
        this.n = quick ? SHORT : FULL;
        this.dir = dir;
    }

    public List<BenchRow> run() throws Exception {
        archive = Children.archive(dir);
        commits();
        Path small = dir.resolve("small.db");
        Round smallRound;
        try (JdbiStore store = Database.open(small, Clock.systemDefaultZone())) {
            smallRound = BenchData.openRound(store, SMALL_OFFICIALS, n.small() + KEY_RUNS * n.typed() + 5);
            BenchData.record(store, smallRound, n.small(), random);
        }
        keys(small, smallRound, "key.p99.small", n.small(), SMALL_OFFICIALS);
        Path big = dir.resolve("big.db");
        Round bigRound;
        try (JdbiStore store = Database.open(big, Clock.systemDefaultZone())) {
            bigRound = BenchData.openRound(store, OFFICIALS, n.big() + KEY_RUNS * n.typed() + 10);
            BenchData.record(store, bigRound, n.big(), random);
        }
        keys(big, bigRound, "key.p99.big", n.big(), OFFICIALS);
        memory(big);
        close(big, bigRound);
        commands(big, bigRound);
        launch();
        return rows;
    }

    private void commits() throws Exception {
        Round round;
        Round anchorRound;
        Path anchorFile = dir.resolve("commit-anchor.db");
        try (JdbiStore a = Database.open(anchorFile, Clock.systemDefaultZone())) {
            anchorRound = BenchData.openRound(a, OFFICIALS, n.commits());
        }
        double[] app = new double[n.commits()];
        double[] anchor = new double[n.commits()];
        try (JdbiStore store = Database.open(dir.resolve("commit.db"), Clock.systemDefaultZone());
             CommitAnchor plain = new CommitAnchor(anchorFile, anchorRound)) {
            round = BenchData.openRound(store, OFFICIALS, n.commits());
            for (int i = 0; i < n.commits(); i++) { // paired, so a busy moment weighs on both alike
                var draft = BenchData.draft(random, OFFICIALS);
                long s = System.nanoTime();
                store.recordBallot(round.id(), draft);
                app[i] = (System.nanoTime() - s) / 1e6;
                s = System.nanoTime();
                plain.commit(draft);
                anchor[i] = (System.nanoTime() - s) / 1e6;
            }
        }
        Arrays.sort(app);
        Arrays.sort(anchor);
        rows.add(row("commit.median", "bench.row.commitMedian", pct(app, 50), pct(anchor, 50), 1.5, n.commits(),
                OFFICIALS));
        rows.add(row("commit.p99", "bench.row.commitP99", pct(app, 99), pct(anchor, 99), 1.5, n.commits(),
                OFFICIALS));
    }

    /**
     * Keys typed on the ballot screen of tinnhiem, started as the launcher starts it on the file, and on the anchor,
     * each on a pseudo-terminal of its own, key for key in turn: the time from a key to the first bytes of the frame
     * it causes, the same for both. Each ballot typed is recorded with Enter (not timed), after which both wait for
     * 100 ms of quiet: a key after a pause costs more than one in a burst. A run that did not measure
     * (a key with no frame, or not every typed ballot recorded) is said why in a note and run again, up to
     * {@value #KEY_RUNS} times in all, on the same file.
     */
    private void keys(Path file, Round round, String id, int ballots, int officials) throws Exception {
        double[] app = null;
        double[] anchor = null;
        for (int run = 1; run <= KEY_RUNS && app == null; run++) {
            KeyRun r = keyRun(file, round, officials);
            if (r.failure() == null) {
                app = r.app();
                anchor = r.anchor();
            } else {
                notes.add(messages.get("bench.note.keys", id, run, KEY_RUNS, r.failure()));
            }
        }
        if (app == null) {
            rows.add(row(id, "bench.row.key", Double.NaN, Double.NaN, 2.0, ballots, officials));
            return;
        }
        Arrays.sort(app);
        Arrays.sort(anchor);
        rows.add(row(id, "bench.row.key", pct(app, 99), pct(anchor, 99), 2.0, ballots, officials));
    }

    /** One run of {@link #keys}: the latencies, or why it measured nothing. */
    private record KeyRun(double[] app, double[] anchor, String failure) {
    }

    private KeyRun keyRun(Path file, Round round, int officials) throws Exception {
        int keys = n.typed() * officials;
        double[] app = new double[keys];
        double[] anchor = new double[keys];
        long before = recorded(file, round);
        long logged = Children.logSize(dir);
        String failure = null;
        String screen;
        try (Pty a = Pty.start(Children.jvm(dir, archive, MAIN, "--db", file.toString()), dir);
             Pty k = Pty.start(Children.jvm(dir, KeyAnchor.class.getName(), file.toString(),
                     Long.toString(round.id()), Integer.toString(officials)), dir)) {
            if (a == null || k == null) {
                return new KeyRun(null, null, messages.get("bench.fail.noPty"));
            }
            if (!a.settle(500, 60_000) || !k.settle(500, 60_000)) {
                return new KeyRun(null, null, messages.get("bench.fail.noStart", a.shown()));
            }
            a.key('\r'); // the meeting
            a.settle(300, 10_000);
            a.key('\r'); // its open round: the ballot screen
            a.settle(300, 10_000);
            int i = 0;
            typing:
            for (int b = 1; b <= n.typed(); b++) {
                for (int line = 1; line <= officials; line++) {
                    char c = (char) ('0' + BenchData.mark(random).code());
                    app[i] = a.key(c);
                    anchor[i++] = k.key(c);
                    if (Double.isNaN(app[i - 1])) {
                        failure = messages.get("bench.fail.noFrame", line, b);
                        break typing;
                    }
                }
                a.key('\r'); // recorded
                k.key('\r');
                // The same pause before the next ballot's first key on both sides: tinnhiem's commit is done by then.
                a.settle(100, 10_000);
                k.settle(100, 10_000);
            }
            screen = a.shown();
        }
        long after = recorded(file, round);
        if (failure == null && after != before + n.typed()) {
            failure = messages.get("bench.fail.recorded", before, after, before + n.typed());
        }
        return failure == null ? new KeyRun(app, anchor, null)
                : new KeyRun(null, null, messages.get("bench.fail.shown", failure, screen,
                        Children.logTail(dir, logged)));
    }

    private static long recorded(Path file, Round round) {
        try (JdbiStore store = Database.open(file, Clock.systemDefaultZone())) {
            return store.ballots(round.id()).size();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private void memory(Path big) throws IOException, InterruptedException {
        String out = Children.output(Children.jvm(dir, archive, CountingChild.class.getName(), big.toString()),
                dir);
        double mb = Double.NaN;
        for (String line : out.split("\n")) {
            if (line.startsWith("peak-rss-kb ")) {
                mb = Long.parseLong(line.substring(12).trim()) / 1024.0;
            }
        }
        rows.add(new BenchRow("memory.peak", "bench.row.memory", new Object[] {n.big(), OFFICIALS}, mb, Double.NaN,
                120, "MB"));
    }

    private void close(Path big, Round round) throws Exception {
        double[] anchor = new double[5];
        for (int i = 0; i < anchor.length; i++) {
            anchor[i] = RecountAnchor.once(big, round.id());
        }
        Arrays.sort(anchor);
        double app;
        try (JdbiStore store = Database.open(big, Clock.systemDefaultZone());
             ScreenDriver d = new ScreenDriver(store, messages)) {
            long entered = store.ballots(round.id()).stream().filter(b -> !b.voided()).count();
            d.press(KeyType.Enter);
            d.press(KeyType.Enter);
            d.press('c');
            for (char c : Long.toString(entered).toCharArray()) {
                d.press(c);
            }
            d.press(KeyType.Enter); // the count is checked: confirm?
            app = d.press(KeyType.Enter) / 1e6;
            if (store.round(round.id()).isOpen()) {
                app = Double.NaN;
            }
        }
        rows.add(row("close.recount", "bench.row.close", app, pct(anchor, 50), 2.0, n.big(), OFFICIALS));
    }

    private void commands(Path big, Round round) throws IOException, InterruptedException {
        String file = big.toString();
        double[] floor = new double[n.commands()];
        double[] sql = new double[n.commands()];
        double[][] cmd = new double[3][n.commands()];
        for (int i = 0; i < n.commands(); i++) {
            floor[i] = Children.wallMs(Children.jvm(dir, JvmFloor.class.getName()), dir);
            sql[i] = sqlite3(file, RecountAnchor.sql(round.id()));
            cmd[0][i] = Children.wallMs(Children.jvm(dir, archive, MAIN, "report", "--db", file), dir);
            cmd[1][i] = Children.wallMs(Children.jvm(dir, archive, MAIN, "verify", "--db", file), dir);
            // On standard output, read-only as report: the anchor only reads too. With --out the file is opened
            // to be written (the export goes into the audit log), through the writing open.
            cmd[2][i] = Children.wallMs(Children.jvm(dir, archive, MAIN, "minutes", "--db", file,
                    "--round", Long.toString(round.id()), "--format", "text"), dir);
        }
        double anchor = median(floor) + median(sql);
        String[] names = {"report", "verify", "minutes"};
        for (int c = 0; c < 3; c++) {
            rows.add(new BenchRow(names[c], "bench.row.command", new Object[] {names[c], n.big(), OFFICIALS},
                    median(cmd[c]), anchor, 2.0, "ms"));
        }
    }

    private double sqlite3(String file, String sql) throws InterruptedException {
        try {
            return Children.wallMs(List.of("sqlite3", "-readonly", file, sql), dir);
        } catch (IOException e) {
            return Double.NaN; // no sqlite3 here
        }
    }

    private void launch() throws Exception {
        Path file = dir.resolve("launch.db");
        try (JdbiStore store = Database.open(file, Clock.systemDefaultZone())) {
            Round closed = BenchData.openRound(store, OFFICIALS, n.launchClosed());
            BenchData.record(store, closed, n.launchClosed(), random);
            store.closeRound(closed.id(), n.launchClosed());
            Round open = BenchData.anotherRound(store, closed, n.launchOpen() + 100);
            BenchData.record(store, open, n.launchOpen(), random);
        }
        Path mark = dir.resolve("first-frame");
        double[] app = new double[n.launches()];
        double[] anchor = new double[n.launches()];
        for (int i = 0; i < n.launches(); i++) {
            List<String> cmd = Children.jvm(dir, archive, MAIN, "--db", file.toString());
            cmd.add(1, "-Dtinnhiem.bench.firstFrame=" + mark);
            app[i] = Children.firstFrameMs(cmd, mark, dir);
            anchor[i] = Children.firstFrameMs(Children.jvm(dir, LaunchAnchor.class.getName(), file.toString(),
                    mark.toString()), mark, dir);
        }
        rows.add(new BenchRow("launch", "bench.row.launch", new Object[] {n.launchClosed(), OFFICIALS,
                n.launchOpen()}, median(app), median(anchor), 1.2, "ms"));
    }

    private static BenchRow row(String id, String label, double measured, double anchor, double budget,
                                int ballots, int officials) {
        return new BenchRow(id, label, new Object[] {ballots, officials}, measured, anchor, budget, "ms");
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** What went wrong in runs that were tried again (empty when none was), to be said after the table. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** Whether tinnhiem's children ran with its class-data archive, as the launcher starts it once made. */
    public boolean archiveUsed() {
        return archive != null;
    }

    /** The 1-minute load average, or an empty text where there is none. */
    public static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
