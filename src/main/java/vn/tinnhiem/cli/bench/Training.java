package vn.tinnhiem.cli.bench;

import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import vn.tinnhiem.cli.DriverWarmUp;
import vn.tinnhiem.cli.Main;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * The training run for the class-data archive: the launchers run it once per jar and Java, in the background, so
 * that the classes a count loads are archived: the Linux launcher lists the classes it loads
 * ({@code -XX:DumpLoadedClassList}) and writes an archive of them ({@code -Xshare:dump}, see the launcher
 * {@code tinnhiem}), the Windows one archives them as it exits ({@code -XX:ArchiveClassesAtExit}). On a file of its
 * own in a temporary folder: it opens a meeting's round on the ballot screen, records and closes, then runs
 * {@code report}, {@code verify} and {@code minutes} as a user would. Prints nothing; exits 0 when it went through.
 */
public final class Training {
    private Training() {
    }

    /** Argument (from the launchers): the archive being made, whose leftover part files are removed first. */
    public static void main(String[] args) throws Exception {
        DriverWarmUp.useLocaleDataOfTheJre(); // as a command does: the JRE's locale data, archived in its turn
        if (args.length > 0) {
            ArchiveInstall.removeLeftovers(Path.of(args[0]));
        }
        loadMainOnly();
        loadTheJdksList();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Path dir = Files.createTempDirectory("tinnhiem-training");
        try {
            run(dir, quiet);
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * The classes that {@code Main.main} uses before {@code Main.run} (the log, the SQLite library's place, the head
     * start of the driver), which the runs below do not reach: loaded, not run, so that they are archived too and a
     * command does not read them from the jar on every start.
     */
    private static void loadMainOnly() {
        for (String name : new String[] {"vn.tinnhiem.cli.Logging", "vn.tinnhiem.cli.Logging$1",
                "vn.tinnhiem.cli.TimedLines", "vn.tinnhiem.cli.NativeSqlite", "vn.tinnhiem.cli.DriverWarmUp"}) {
            try {
                Class.forName(name, false, Training.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                // renamed: only not archived
            }
        }
    }

    /**
     * The classes of the JDK's own archive ({@code lib/classlist} in the JDK), loaded, not run: the launcher's archive
     * takes the place of the JDK's, so a class that tinnhiem loads only outside this run (a real terminal's, a
     * window's) still comes from an archive where the JDK's would have had it. Nothing when the JDK has no list.
     */
    private static void loadTheJdksList() {
        Path list = Path.of(System.getProperty("java.home"), "lib", "classlist");
        List<String> lines;
        try {
            lines = Files.readAllLines(list, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return;
        }
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("@") || line.contains(" ")) {
                continue; // comments, and the lambda lines the JDK regenerates itself
            }
            try {
                Class.forName(line.replace('/', '.'), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this JDK: only not archived
            }
        }
    }

    static void run(Path dir, PrintStream quiet) throws IOException {
        Path file = dir.resolve("training.db");
        Random random = new Random(1);
        Round round;
        try (JdbiStore store = Database.open(file, Clock.systemDefaultZone())) {
            round = BenchData.openRound(store, 12, 20);
            BenchData.record(store, round, 5, random);
            for (Messages m : new Messages[] {Messages.vietnamese(), Messages.english()}) {
                try (ScreenDriver d = new ScreenDriver(store, m)) {
                    d.press(KeyType.Enter);
                    d.press(KeyType.Enter);
                    for (int i = 0; i < round.officials().size(); i++) {
                        d.press((char) ('0' + BenchData.mark(random).code()));
                    }
                    d.press(KeyType.Enter);
                    d.press('p');
                    d.press('p');
                }
            }
            try (ScreenDriver d = new ScreenDriver(store, Messages.vietnamese())) {
                long entered = store.ballots(round.id()).stream().filter(b -> !b.voided()).count();
                d.press(KeyType.Enter);
                d.press(KeyType.Enter);
                d.press('c');
                for (char c : Long.toString(entered).toCharArray()) {
                    d.press(c);
                }
                d.press(KeyType.Enter);
                d.press(KeyType.Enter);
                d.press('p');
                d.press('p');
            }
        }
        String db = file.toString();
        String id = Long.toString(round.id());
        for (String lang : new String[] {"vi", "en"}) {
            Main.run(new String[] {"report", "--db", db, "--lang", lang}, quiet, quiet, dir);
            Main.run(new String[] {"verify", "--db", db, "--lang", lang}, quiet, quiet, dir);
            Main.run(new String[] {"minutes", "--db", db, "--round", id, "--lang", lang}, quiet, quiet, dir);
            Main.run(new String[] {"minutes", "--db", db, "--round", id, "--format", "text", "--lang", lang,
                    "--out", dir.resolve("minutes-" + lang + ".txt").toString()}, quiet, quiet, dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
