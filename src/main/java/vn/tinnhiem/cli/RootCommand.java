package vn.tinnhiem.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code tinnhiem}: with no subcommand, opens the data file and runs the screen. {@code --db} and {@code --lang}
 * are inherited, so they may stand before or after a subcommand's name.
 */
@Command(name = "tinnhiem", mixinStandardHelpOptions = true, versionProvider = Version.class,
        scope = ScopeType.INHERIT, sortOptions = false, usageHelpAutoWidth = false)
final class RootCommand implements Callable<Integer> {
    private final Cli cli;

    @Option(names = "--db", paramLabel = "${bundle:label.file}", descriptionKey = "opt.db", scope = ScopeType.INHERIT)
    String db;

    /** Read by {@link Language#scan} before parsing; declared here so picocli accepts it and lists it. */
    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "opt.lang", scope = ScopeType.INHERIT)
    String lang;

    @Option(names = "--window", descriptionKey = "opt.window", scope = ScopeType.LOCAL)
    boolean window;

    @Option(names = "--projector", descriptionKey = "opt.projector", scope = ScopeType.LOCAL)
    boolean projector;

    @Option(names = "--font", paramLabel = "${bundle:label.fontName}", descriptionKey = "opt.font",
            scope = ScopeType.LOCAL)
    String font;

    @Option(names = "--font-size", paramLabel = "N", descriptionKey = "opt.fontSize", scope = ScopeType.LOCAL)
    String fontSize;

    RootCommand(Cli cli) {
        this.cli = cli;
    }

    /** The data file: {@code --db} relative to the user's current folder, or {@code data/tinnhiem.db}. */
    Path dbPath() {
        return db == null ? cli.defaultDb() : Options.path(cli.messages(), "--db", db);
    }

    @Override
    public Integer call() throws IOException {
        Integer size = WindowChoice.fontSize(cli.messages(), fontSize);
        return Launch.run(cli, dbPath(), window, projector, font, size);
    }
}
