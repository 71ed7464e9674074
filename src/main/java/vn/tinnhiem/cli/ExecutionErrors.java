package vn.tinnhiem.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import vn.tinnhiem.domain.Unreadable;
import vn.tinnhiem.store.StoreException;

/**
 * What a command throws, as the user reads it: a {@link CliFailure} with its own exit code, a store refusal
 * worded from its message key (exit 1), anything else logged in full and summed up in one line (exit 1).
 */
final class ExecutionErrors implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionErrors.class);

    private final Cli cli;

    ExecutionErrors(Cli cli) {
        this.cli = cli;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        return handle(cli, ex);
    }

    /** As picocli's handler, for a command line read without picocli ({@link PlainLaunch}). */
    static int handle(Cli cli, Exception ex) {
        if (ex instanceof CliFailure failure) {
            if (failure.getMessage() != null) {
                cli.err().println(failure.getMessage());
            }
            return failure.exitCode();
        }
        if (ex instanceof Unreadable unreadable) {
            // A file edited from outside: said as such, with what does not read, and what to run next.
            LOG.warn("unreadable: {}", unreadable.getMessage());
            // Data that read back fine but differ from what was signed or logged are not "unreadable".
            boolean differs = unreadable.problem().key().endsWith("Differs");
            cli.err().println(cli.messages().get(differs ? "error.file.edited" : "error.file.unreadable",
                    unreadable.problem()));
            return CliFailure.DATA;
        }
        if (ex instanceof StoreException refused) {
            LOG.warn("refused: {}", refused.getMessage());
            cli.err().println(cli.messages().get(refused.problem()));
            return CliFailure.DATA;
        }
        return unexpected(cli, ex);
    }

    static int unexpected(Cli cli, Throwable t) {
        LOG.error("unexpected failure", t);
        cli.tell("cli.error.unexpected", cli.logFile());
        return CliFailure.DATA;
    }
}
