package vn.tinnhiem.cli.bench;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;
import vn.tinnhiem.tui.EntryScreen;

/**
 * Counting on a big file, for its peak resident memory: opens the file, goes to its open round's ballot screen,
 * types and records a few ballots, then prints {@code peak-rss-kb N} (VmHWM, Linux). Argument: the data file.
 */
public final class CountingChild {
    private CountingChild() {
    }

    public static void main(String[] args) throws Exception {
        Messages m = Messages.vietnamese();
        try (JdbiStore store = Database.open(Path.of(args[0]), Clock.systemDefaultZone());
             ScreenDriver d = new ScreenDriver(store, m)) {
            d.press(KeyType.Enter);
            d.press(KeyType.Enter);
            if (!(d.app.state() instanceof EntryScreen e)) {
                throw new IllegalStateException("not on the ballot screen: " + d.app.state().getClass());
            }
            Random random = new Random(7);
            for (int b = 0; b < 3; b++) {
                for (int i = 0; i < e.round().officials().size(); i++) {
                    d.press((char) ('0' + BenchData.mark(random).code()));
                }
                d.press(KeyType.Enter);
            }
        }
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                System.out.println("peak-rss-kb " + line.replaceAll("[^0-9]", ""));
            }
        }
    }
}
