package vn.tinnhiem.cli;

/**
 * A refusal worded for the user, with the process's exit code: {@link #USAGE} for what was typed on the command
 * line, {@link #DATA} for files that are missing or unreadable or whose content is refused. The message is
 * already printed or carried here, never a stack trace.
 */
final class CliFailure extends RuntimeException {
    static final int DATA = 1;
    static final int USAGE = 2;

    private final int exitCode;

    /** {@code message} is the worded text; {@code null} when it has been printed already. */
    CliFailure(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
