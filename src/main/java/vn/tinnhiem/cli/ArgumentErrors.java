package vn.tinnhiem.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Words picocli's refusals of the command line in the user's language (picocli's own are English only), points
 * to {@code --help}, and exits 2. No usage dump: the one line that says what is wrong is easier to read.
 */
final class ArgumentErrors implements IParameterExceptionHandler {
    private final Cli cli;

    ArgumentErrors(Cli cli) {
        this.cli = cli;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        cli.err().println(describe(ex));
        if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            cli.tell("cli.error.didYouMean", String.join(", ", u.getSuggestions()));
        }
        CommandLine cmd = ex.getCommandLine();
        cli.tell("cli.error.seeHelp", cmd.getCommandSpec().qualifiedName(" "));
        return CliFailure.USAGE;
    }

    private String describe(ParameterException ex) {
        var m = cli.messages();
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            return first.startsWith("-") ? m.get("cli.error.unknownOption", first)
                    : m.get("cli.error.unexpectedArgument", first);
        }
        if (ex instanceof MissingParameterException missing) {
            String names = missing.getMissing().stream().map(ArgumentErrors::name).collect(Collectors.joining(", "));
            // picocli says "Missing required parameter for option…" or "Expected parameter for option…" when an
            // option was given without its value, "Missing required option…" when it was not given at all.
            String said = String.valueOf(ex.getMessage());
            boolean value = said.startsWith("Missing required parameter for option")
                    || said.startsWith("Expected parameter");
            return m.get(value ? "cli.error.missingValue" : "cli.error.missingOption", names);
        }
        if (ex instanceof OverwrittenOptionException twice) {
            return m.get("cli.error.twice", name(twice.getOverwritten()));
        }
        return m.get("cli.error.arguments", String.valueOf(ex.getMessage()));
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}
