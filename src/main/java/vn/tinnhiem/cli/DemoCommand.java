package vn.tinnhiem.cli;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
 * newcomer sees every screen, the room's view included, within seconds. With {@code --db} it writes that file
 * instead, only while no such file exists: the demo never replaces a file it did not make.
 */
@Command(name = "demo", sortOptions = false, usageHelpAutoWidth = false)
final class DemoCommand implements Callable<Integer> {
    private final Cli cli;
    private final RootCommand root;

    @Option(names = "--no-open", descriptionKey = "opt.noOpen")
    boolean noOpen;

    DemoCommand(Cli cli, RootCommand root) {
        this.cli = cli;
        this.root = root;
    }

    @Override
    public Integer call() throws IOException {
        Path file = demoFile();
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

    /**
     * {@code data/demo.db}, emptied of an earlier demo; or the file given with {@code --db}, refused when something
     * is there already, since that may be a chair's data file.
     */
    private Path demoFile() throws IOException {
        if (root.db != null) {
            Path given = root.dbPath();
            for (String suffix : new String[] {"", "-wal", "-journal"}) {
                Path p = given.resolveSibling(given.getFileName() + suffix);
                if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new CliFailure(CliFailure.USAGE, cli.messages().get("fit.demo.dbExists", p));
                }
            }
            return given;
        }
        Path file = cli.dataDir().resolve("demo.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        return file;
    }
}
