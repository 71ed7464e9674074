package vn.tinnhiem.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.tinnhiem.domain.AuditChain;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundCheck;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;
import vn.tinnhiem.store.MeetingSummary;

/**
 * {@code tinnhiem verify}: recounts every round from its raw ballot lines, checks the stored counts, every
 * closed round's fingerprint and the audit log's chain, prints what it checked and what differs, and exits 0
 * only when nothing does. Opens the file read-only (never migrates nor creates it) and refuses one another copy
 * of tinnhiem holds.
 */
@Command(name = "verify", sortOptions = false, usageHelpAutoWidth = false)
final class VerifyCommand implements Callable<Integer> {
    private final Cli cli;
    private final RootCommand root;

    VerifyCommand(Cli cli, RootCommand root) {
        this.cli = cli;
        this.root = root;
    }

    @Override
    public Integer call() {
        Messages m = cli.messages();
        Path db = root.dbPath();
        if (!Files.isRegularFile(db)) {
            throw new CliFailure(CliFailure.DATA, m.get("cli.verify.noFile", db));
        }
        int differences = 0;
        var out = cli.out();
        out.println(m.get("cli.verify.file", db));
        try (JdbiStore store = Database.openReadOnly(db)) {
            List<AuditEvent> log = store.auditLog();
            for (MeetingSummary summary : store.meetings()) {
                Meeting meeting = store.meeting(summary.id());
                out.println(m.get("cli.verify.meeting", meeting.id(), meeting.title()));
                List<Round> rounds = store.rounds(meeting.id());
                if (rounds.isEmpty()) {
                    out.println(m.get("cli.verify.noRounds"));
                }
                for (Round round : rounds) {
                    differences += report(check(store, meeting, round, log), meeting);
                }
            }
            List<Problem> chain = AuditChain.check(log);
            out.println(m.get("cli.verify.log", log.size(), m.get(chain.isEmpty() ? "cli.verify.ok"
                    : "cli.verify.differs")));
            for (Problem p : chain) {
                out.println(m.get("cli.verify.difference", m.get(p)));
            }
            differences += chain.size();
        }
        out.println(differences == 0 ? m.get("cli.verify.allGood") : m.get("cli.verify.failed", differences));
        out.flush();
        return differences == 0 ? 0 : CliFailure.DATA;
    }

    private static RoundCheck check(JdbiStore store, Meeting meeting, Round round, List<AuditEvent> log) {
        List<Ballot> ballots;
        try {
            ballots = store.ballots(round.id());
        } catch (IllegalArgumentException e) {
            // A line holding a mark the form has no level for, a line on an invalid ballot…: edited from outside.
            return RoundCheck.unreadable(round, e.getMessage());
        }
        List<AuditEvent> events = log.stream()
                .filter(e -> e.roundId() != null && e.roundId() == round.id()).toList();
        return RoundCheck.of(round, meeting.details(), ballots, store.fingerprint(round.id()), events);
    }

    /** Prints one round's line and what differs; returns the number of differences. */
    private int report(RoundCheck c, Meeting meeting) {
        Messages m = cli.messages();
        Round r = c.round();
        String state = m.get(r.isOpen() ? "ui.round.open" : "ui.round.closed");
        String counts = c.tally() == null ? "" : m.get("cli.verify.counts", c.tally().validBallots(),
                c.tally().invalidBallots(), c.tally().voidedBallots(), r.collected() == null ? "—" : r.collected());
        String verdict = m.get(c.ok() ? "cli.verify.ok" : "cli.verify.differs");
        String kind = m.get("ui.kind." + r.kind().name());
        cli.out().println(c.tally() == null ? m.get("cli.verify.roundUnread", r.number(), r.id(), kind, state, verdict)
                : m.get("cli.verify.round", r.number(), r.id(), kind, state, c.ballots(), counts, verdict));
        if (c.stored() != null) {
            cli.out().println(m.get("cli.verify.fingerprint", Fingerprint.grouped(c.stored())));
        }
        for (Problem p : c.differences()) {
            cli.out().println(m.get("cli.verify.roundDifference", r.number(), r.id(), meeting.id(), m.get(p)));
        }
        for (Problem p : c.notes()) {
            cli.out().println(m.get("cli.verify.note", m.get(p)));
        }
        return c.differences().size();
    }
}
