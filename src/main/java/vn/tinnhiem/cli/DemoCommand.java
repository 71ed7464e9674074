package vn.tinnhiem.cli;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;
import vn.tinnhiem.tui.Tui;
import vn.tinnhiem.tui.WindowTui;

/**
 * {@code tinnhiem demo}: writes the fictional meeting of {@link DemoData} into a file of its own,
 * {@code data/demo.db} (made afresh each time, never the chair's data file), and opens the screen on it, so a
 * newcomer sees every screen, the room's view included, within seconds.
 */
@Command(name = "demo", sortOptions = false, usageHelpAutoWidth = false)
final class DemoCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--no-open", descriptionKey = "opt.noOpen")
    boolean noOpen;

    DemoCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws IOException {
        Path file = cli.dataDir().resolve("demo.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        try (JdbiStore store = Database.open(file, Clock.systemDefaultZone())) {
            store.writingSampleData(() -> DemoData.create(store, Clock.systemDefaultZone()));
            // no console (javaw, a double-click): the window, as the main screen does; no display either: the file only
            boolean window = System.console() == null;
            if (noOpen || window && GraphicsEnvironment.isHeadless()) {
                cli.out().println(cli.messages().get("cli.demo.created", file));
                cli.out().flush();
                return 0;
            }
            if (window) {
                WindowChoice.run(cli, store, file, new WindowTui.Choice(null, null));
            } else {
                Tui.run(store, cli.messages(), file, cli.dataDir());
            }
        }
        return 0;
    }
}
