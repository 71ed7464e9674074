package vn.tinnhiem.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import vn.tinnhiem.i18n.Messages;

/**
 * The entry point. {@link #main} sets up logging and the standard streams, then {@link #run} does the rest and
 * returns the exit code: 0 done, 1 a file or its content refused (or an unexpected failure, logged), 2 a bad
 * command line. Only {@code main} calls {@code System.exit}, so tests drive {@code run} in-process.
 *
 * <p>No static logger here: slf4j-simple must not start before {@link Logging#start} has pointed it at the log.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (PlainCommand.parse(args).isPresent()) {
            DriverWarmUp.start();
        }
        // The user's streams, UTF-8 whatever the platform's default: Vietnamese names and CSV must survive.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Path dataDir = dataDir();
        Logging.start(dataDir);
        if (PlainLaunch.parse(args).isEmpty() && PlainCommand.parse(args).isEmpty()) {
            // A plain launch does it after its first frame; report, verify and minutes use nothing that logs
            // through java.util.logging (a line would still reach the log, formatted its own way).
            Logging.routeJavaLogging();
        }
        NativeSqlite.useStableCopy(); // extracted once into the user's cache, not into /tmp on every start
        int code = run(args, out, err, dataDir);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** {@code $tinnhiem.home/data} when the launcher set it, else {@code ./data}. */
    static Path dataDir() {
        String home = System.getProperty("tinnhiem.home");
        return home == null || home.isBlank() ? Path.of("data") : Path.of(home, "data");
    }

    public static int run(String[] args, PrintStream out, PrintStream err, Path dataDir) {
        return run(args, System.in, out, err, dataDir);
    }

    /** As {@link #run(String[], PrintStream, PrintStream, Path)}, answers (restore's confirmation) read from {@code in}. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path dataDir) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // As picocli would print it, without building its model of every command first (about 70 ms).
            out.println(new Version().getVersion()[0]);
            return 0;
        }
        String rawLang = Language.scan(args);
        String lang = rawLang == null ? "vi" : Language.normal(rawLang);
        if (lang == null) {
            // The language is unknown: say it in both.
            err.println(Messages.vietnamese().get("cli.error.lang", rawLang));
            err.println(Messages.english().get("cli.error.lang", rawLang));
            return CliFailure.USAGE;
        }
        // report, verify and minutes word nothing before they have opened the file: their messages are read meanwhile.
        Messages messages = PlainCommand.parse(args).isPresent() ? Messages.readBehind(lang) : Messages.of(lang);
        Cli cli = new Cli(in, out, err, dataDir, messages);
        Logger log = LoggerFactory.getLogger(Main.class);
        log.info("start tinnhiem {} with {} argument(s)", ProgramVersion.current(), args.length);
        int code;
        try {
            Optional<PlainLaunch> plain = PlainLaunch.parse(args);
            Optional<PlainCommand> command = plain.isPresent() ? Optional.empty() : PlainCommand.parse(args);
            if (plain.isPresent()) {
                code = plainLaunch(cli, plain.get());
            } else if (command.isPresent()) {
                code = plainCommand(cli, command.get());
            } else {
                code = commandLine(cli).execute(args);
            }
        } catch (RuntimeException | Error e) {
            code = ExecutionErrors.unexpected(cli, e);
        } finally {
            out.flush();
            err.flush();
        }
        log.info("exit {}", code);
        return code;
    }

    /** {@code tinnhiem} with nothing but {@code --db}, {@code --lang}, {@code --window}: no picocli model built. */
    private static int plainLaunch(Cli cli, PlainLaunch launch) {
        try {
            Path file = launch.db() == null ? cli.defaultDb() : Options.path(cli.messages(), "--db", launch.db());
            return Launch.run(cli, file, launch.window(), false, null, null);
        } catch (Exception e) {
            return ExecutionErrors.handle(cli, e);
        }
    }

    /** {@code report}, {@code verify}, {@code minutes} read by hand ({@link PlainCommand}): no picocli model built. */
    private static int plainCommand(Cli cli, PlainCommand command) {
        try {
            return command.command(cli).call();
        } catch (Exception e) {
            return ExecutionErrors.handle(cli, e);
        }
    }

    static CommandLine commandLine(Cli cli) {
        RootCommand root = new RootCommand(cli);
        CommandLine cl = new CommandLine(root);
        cl.addSubcommand(new NewCommand(cli, root));
        cl.addSubcommand(new ReportCommand(cli, root));
        cl.addSubcommand(new MinutesCommand(cli, root));
        cl.addSubcommand(new VerifyCommand(cli, root));
        cl.addSubcommand(new BenchCommand(cli));
        cl.addSubcommand(new RestoreCommand(cli, root));
        cl.addSubcommand(new DemoCommand(cli, root));
        cl.setResourceBundle(new CliBundle(cli.messages().locale()));
        cl.setOut(new PrintWriter(new OutputStreamWriter(cli.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(cli.err(), StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler(new ArgumentErrors(cli));
        cl.setExecutionExceptionHandler(new ExecutionErrors(cli));
        return cl;
    }
}
