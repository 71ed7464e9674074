package vn.tinnhiem.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tinnhiem.cli.bench.Bench;
import vn.tinnhiem.cli.bench.BenchRow;
import vn.tinnhiem.i18n.Messages;

/**
 * {@code tinnhiem bench}: every row of the performance budget against its anchor, measured in the same run, as a
 * table to read and one {@code bench id=…} line per row for scripts. {@code --short} cuts the sizes down so that
 * CI proves the bench runs; it never fails on time. Works in a temporary folder, which it removes.
 */
@Command(name = "bench", sortOptions = false, usageHelpAutoWidth = false)
final class BenchCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--short", descriptionKey = "opt.benchShort")
    boolean quick;

    BenchCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = cli.messages();
        Path dir = Files.createTempDirectory("tinnhiem-bench");
        try {
            String loadBefore = Bench.load();
            Bench bench = new Bench(m, quick, dir);
            List<BenchRow> rows = bench.run();
            cli.out().println(m.get(quick ? "bench.title.short" : "bench.title", loadBefore, Bench.load()));
            cli.out().println(m.get(bench.archiveUsed() ? "bench.archive.used" : "bench.archive.none"));
            cli.out().println(line(m.get("bench.col.measure"), m.get("bench.col.measured"), m.get("bench.col.anchor"),
                    m.get("bench.col.ratio"), m.get("bench.col.budget"), ""));
            for (BenchRow r : rows) {
                String budget = r.hasAnchor() ? "≤ " + fig(m, r.budget()) + "×" : "≤ " + fig(m, r.budget()) + " " + r.unit();
                String verdict = quick ? "" : m.get(r.within() ? "bench.within" : "bench.over");
                cli.out().println(line(m.get(r.label(), r.args()), fig(m, r.measured()) + " " + r.unit(),
                        r.hasAnchor() ? fig(m, r.anchor()) + " " + r.unit() : "—",
                        r.hasAnchor() ? fig(m, r.ratio()) + "×" : "—", budget, verdict));
            }
            for (String note : bench.notes()) {
                cli.out().println(note);
            }
            for (BenchRow r : rows) {
                cli.out().println(r.machineLine());
            }
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    private static String line(String measure, String measured, String anchor, String ratio, String budget,
                               String verdict) {
        return String.format(Locale.ROOT, "%-52s %12s %12s %8s %12s  %s", measure, measured, anchor, ratio, budget,
                verdict).stripTrailing();
    }

    /** Two decimals, with the user's decimal mark. */
    private static String fig(Messages m, double v) {
        if (Double.isNaN(v)) {
            return "?";
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        return m.locale().getLanguage().equals("vi") ? s.replace('.', ',') : s;
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
