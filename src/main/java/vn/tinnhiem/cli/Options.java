package vn.tinnhiem.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.DateText;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.i18n.Messages;

/** Checks option values with the domain's rules and words each refusal as "--option: why". */
final class Options {
    private Options() {
    }

    /** The clean value, or {@code null} after adding "--option: why" to {@code problems}. */
    static <T> T take(Messages m, List<String> problems, String option, Checked<T> checked) {
        if (checked.isOk()) {
            return checked.value();
        }
        problems.add(line(m, option, checked.problem()));
        return null;
    }

    static String line(Messages m, String option, Problem problem) {
        return m.get("cli.error.option", option, m.get(problem));
    }

    /** A date typed as day/month/year (15/11/2025, 5/1/2026), kept as dd/MM/yyyy; today when none is given. */
    static Checked<String> date(String raw, Clock clock) {
        return raw == null ? Checked.ok(DateText.format(LocalDate.now(clock))) : DateText.check(raw);
    }

    /** A file named on the command line, relative to the current folder; an empty or unusable name is refused. */
    static Path path(Messages m, String option, String raw) {
        if (raw.isBlank()) {
            throw new CliFailure(CliFailure.USAGE, line(m, option, Problem.of("error.text.empty")));
        }
        try {
            return Path.of(raw);
        } catch (InvalidPathException e) {
            throw new CliFailure(CliFailure.USAGE, line(m, option, Problem.of("cli.error.path", raw)));
        }
    }
}
