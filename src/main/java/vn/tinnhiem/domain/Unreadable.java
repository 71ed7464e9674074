package vn.tinnhiem.domain;

/**
 * Stored data that cannot be read back as the program wrote it (a file edited from outside tinnhiem): a ballot
 * with more or fewer lines than its form, a mark no level of the form has, a ballot's row cut short. Carries the
 * words for the user ({@link #problem()}); its message, for the log, names the key and the figures.
 */
public final class Unreadable extends IllegalArgumentException {
    private final transient Problem problem;

    public Unreadable(Problem problem) {
        super(problem.key() + " " + problem.args());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** This refusal said of round {@code number} ("vòng 2: …"), unless it names a round already. */
    public static Unreadable inRound(int number, Unreadable u) {
        return u.problem().key().equals("error.stored.ofRound") ? u
                : new Unreadable(Problem.of("error.stored.ofRound", number, u.problem()));
    }

    /** What {@code e} says, as a problem to word: its own when it is {@link Unreadable}, its message otherwise. */
    public static Object reason(RuntimeException e) {
        return e instanceof Unreadable u ? u.problem() : String.valueOf(e.getMessage());
    }
}
