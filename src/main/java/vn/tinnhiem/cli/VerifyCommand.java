package vn.tinnhiem.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tinnhiem.domain.AuditChain;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.LogCheck;
import vn.tinnhiem.domain.LogHead;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundCheck;
import vn.tinnhiem.domain.RoundCount;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.RosterCheck;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.domain.Unreadable;
import vn.tinnhiem.i18n.Meanwhile;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.report.KeyingSoFar;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.MeetingSummary;
import vn.tinnhiem.store.StoreReads;

/**
 * {@code tinnhiem verify}: recounts every round from its raw ballot lines, checks the stored counts, every
 * closed round's fingerprint, each round's life in the audit log, the log against the tables both ways and the
 * log's chain; with {@code --expect} and {@code --head}, the figures written on the signed paper. Prints what it
 * checked and what differs, and exits 0 only when nothing does. Opens the file read-only (never migrates nor
 * creates it), as a reader beside the screen if one is open.
 */
@Command(name = "verify", sortOptions = false, usageHelpAutoWidth = false)
final class VerifyCommand implements Callable<Integer> {
    private final Cli cli;
    private final RootCommand root;

    @Option(names = "--expect", paramLabel = "${bundle:label.fingerprint}", descriptionKey = "opt.verifyExpect")
    List<String> expect = new ArrayList<>();

    @Option(names = "--head", paramLabel = "N:HASH", descriptionKey = "opt.verifyHead")
    String head;

    VerifyCommand(Cli cli, RootCommand root) {
        this.cli = cli;
        this.root = root;
    }

    @Override
    public Integer call() {
        Messages m = cli.messages();
        List<String> expected = new ArrayList<>();
        for (String e : expect) {
            String hex = LogHead.hex(e);
            if (hex == null || hex.length() < 16 || hex.length() > 64) {
                throw new CliFailure(CliFailure.USAGE, m.get("record.verify.expectError", e));
            }
            expected.add(hex);
        }
        LogHead.Noted noted = head == null ? null : LogHead.Noted.parse(head);
        if (head != null && noted == null) {
            throw new CliFailure(CliFailure.USAGE, m.get("record.verify.headError", head));
        }
        Path db = root.dbPath();
        DbFile.require(db, m, "cli.verify.noFile");
        int differences = 0;
        var out = cli.out();
        StoreReads opened;
        try {
            opened = Database.openToVerify(db);
        } finally {
            // Worded once the file is open (or refused): the messages are read meanwhile (Messages#readBehind).
            // Flushed at once: a refusal goes to the error stream next, which a terminal would show first.
            out.println(m.get("cli.verify.file", db));
            int names = Database.names(db);
            if (names > 1) {
                // What a program wrote through another name sits in that name's -wal, unseen from this one.
                out.println(m.get("cli.verify.linked", names));
            }
            out.flush();
        }
        try (StoreReads store = opened) {
            // Everything is read and checked first, then said: SQLite checks every page on a second connection
            // meanwhile, and a damaged file is said as such before anything read from it.
            Checked checked;
            try {
                checked = check(store);
            } catch (RuntimeException e) {
                store.requirePagesIntact();
                throw e;
            }
            store.requirePagesIntact();
            differences += say(store, checked, expected, noted);
        }
        out.println(differences == 0 ? m.get("cli.verify.allGood") : m.get("cli.verify.failed", differences));
        out.flush();
        return differences == 0 ? 0 : CliFailure.DATA;
    }

    /** What {@code verify} found, before a word of it is said. */
    private record Checked(List<AuditEvent> log, List<MeetingChecks> meetings, Meanwhile<LogChecks> logChecks) {
    }

    /**
     * One meeting's rounds, each checked; {@code unreadable}: the meeting or those of its rounds that could not be
     * read as tinnhiem wrote them (a number beyond what it writes, say), the others checked all the same.
     */
    private record MeetingChecks(MeetingSummary meeting, List<RoundCheck> rounds, List<Problem> unreadable) {
    }

    /** Rounds in their order; a class rather than Comparator.comparingInt, whose first use costs a start more. */
    private static final java.util.Comparator<LogCheck.RoundRow> BY_NUMBER = new java.util.Comparator<>() {
        @Override
        public int compare(LogCheck.RoundRow a, LogCheck.RoundRow b) {
            return Integer.compare(a.number(), b.number());
        }
    };

    /**
     * Reads the file and checks every round; the log's own checks go on on a second thread. Loops rather than
     * streams here: a stream's first use loads and runs its machinery before the JVM has compiled any of it.
     */
    private static Checked check(StoreReads store) {
        List<AuditEvent> log = store.auditLog();
        // A rehearsal round's id given again to a later round: each round checked against its own life only.
        List<AuditEvent> lives = LogCheck.latestLives(log);
        // The log against the tables and its hash chain are checked on a second thread while the rounds are.
        List<LogCheck.MeetingRow> meetingRows = store.meetingRows();
        List<LogCheck.RoundRow> roundRows = store.roundRows();
        List<RosterCheck.OfficialRow> officialRows = store.officialRows();
        Meanwhile<LogChecks> logChecks = Meanwhile.start("verify-log",
                () -> new LogChecks(both(LogCheck.check(lives, meetingRows, roundRows),
                        RosterCheck.check(log, officialRows)), AuditChain.check(log)));
        List<MeetingChecks> meetings = new ArrayList<>();
        for (MeetingSummary summary : store.meetings()) {
            List<RoundCheck> rounds = new ArrayList<>();
            List<Problem> unreadable = new ArrayList<>();
            try {
                Meeting meeting = store.meeting(summary.id());
                // Round by round, in their order: one that does not read is named, the others still checked.
                List<LogCheck.RoundRow> own = new ArrayList<>();
                for (LogCheck.RoundRow r : roundRows) {
                    if (r.meetingId() == meeting.id()) {
                        own.add(r);
                    }
                }
                own.sort(BY_NUMBER);
                for (LogCheck.RoundRow row : own) {
                    Round round;
                    try {
                        round = store.round(row.id());
                    } catch (Unreadable e) {
                        unreadable.add(e.problem());
                        continue;
                    }
                    rounds.add(check(store, meeting, round, lives));
                }
            } catch (Unreadable e) {
                unreadable.add(e.problem());
            }
            meetings.add(new MeetingChecks(summary, rounds, unreadable));
        }
        return new Checked(log, meetings, logChecks);
    }

    /** Says what was found; returns the number of differences. */
    private int say(StoreReads store, Checked checked, List<String> expected, LogHead.Noted noted) {
        Messages m = cli.messages();
        var out = cli.out();
        int differences = 0;
        List<RoundCheck> fingerprinted = new ArrayList<>();
        int roundsAgainstLog = 0;
        int notRead = 0;
        for (MeetingChecks mc : checked.meetings()) {
            out.println(m.get("cli.verify.meeting", mc.meeting().id(), mc.meeting().title()));
            if (mc.rounds().isEmpty() && mc.unreadable().isEmpty()) {
                out.println(m.get("cli.verify.noRounds"));
            }
            for (RoundCheck c : mc.rounds()) {
                differences += report(store, c, mc.meeting().id());
                roundsAgainstLog += LogFindings.count(c.differences());
                if (!c.readBack()) {
                    notRead++;
                }
                if (c.stored() != null) {
                    fingerprinted.add(c);
                }
            }
            for (Problem p : mc.unreadable()) {
                out.println(m.get("cli.verify.difference", m.get(p)));
                differences++;
                notRead++;
            }
        }
        List<Problem> both = checked.logChecks().get().againstFile();
        String verdict = m.get(both.isEmpty() && roundsAgainstLog == 0 ? "cli.verify.ok" : "cli.verify.differs");
        String against = roundsAgainstLog == 0 ? verdict : m.get("verify.log.inRounds", verdict, roundsAgainstLog);
        // A round that does not read was not compared with the log: the verdict is only for those that read.
        out.println(m.get("record.verify.logAgainstFile", notRead == 0 ? against
                : m.get("record.verify.logAgainstReadable", against, notRead)));
        for (Problem p : both) {
            out.println(m.get("cli.verify.difference", m.get(p)));
        }
        differences += both.size();
        List<Problem> chain = checked.logChecks().get().chain();
        out.println(m.get("cli.verify.log", checked.log().size(), m.get(chain.isEmpty() ? "cli.verify.ok"
                : "cli.verify.differs")));
        for (Problem p : chain) {
            out.println(m.get("cli.verify.difference", m.get(p)));
        }
        differences += chain.size();
        // Said only when there are some: a value of another type than tinnhiem writes reads as if unchanged.
        List<Problem> types = store.valuesNotAsWritten();
        if (!types.isEmpty()) {
            out.println(m.get("cli.verify.types", m.get("cli.verify.differs")));
            for (Problem p : types) {
                out.println(m.get("cli.verify.difference", m.get(p)));
            }
            differences += types.size();
        }
        return differences + anchors(expected, noted, fingerprinted, checked.log());
    }

    private static List<Problem> both(List<Problem> first, List<Problem> second) {
        List<Problem> out = new ArrayList<>(first);
        out.addAll(second);
        return out;
    }

    /** What the log says against the tables, and the breaks in its chain. */
    private record LogChecks(List<Problem> againstFile, List<Problem> chain) {
    }

    private static RoundCheck check(StoreReads store, Meeting meeting, Round round, List<AuditEvent> log) {
        List<Ballot> ballots;
        List<SheetEntry> sheets;
        try {
            ballots = store.ballots(round.id());
            sheets = store.sheetsOf(round);
        } catch (IllegalArgumentException e) {
            // A line holding a mark the form has no level for, a line on an invalid ballot…: edited from outside.
            // Its stored fingerprint is kept: the one noted on the paper is still found (and said not to match).
            return RoundCheck.unreadable(round, store.fingerprint(round.id()), e);
        }
        String atClose = store.meetingAtCloseText(round.id());
        // Counted once, here, for the check and the fingerprint: a closed round's fingerprint is computed again on a
        // second thread meanwhile, which writes every ballot's line before it asks for the counts.
        Meanwhile<Tally> count = Meanwhile.later(() -> RoundCount.tally(round, ballots, sheets));
        Meanwhile<String> recomputed = round.isOpen() ? null : Meanwhile.start("verify-fingerprint",
                () -> Fingerprint.of(round, ballots, sheets, atClose, count::get));
        Tally counted;
        try {
            counted = count.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            counted = null; // a round that does not count: said by the check
        }
        List<AuditEvent> events = new ArrayList<>();
        for (AuditEvent e : log) {
            if (e.roundId() != null && e.roundId() == round.id()) {
                events.add(e);
            }
        }
        RoundCheck c = RoundCheck.of(round, meeting.details(), ballots, sheets, store.fingerprint(round.id()), events,
                atClose, recomputed == null ? () -> Fingerprint.of(round, ballots, sheets, atClose)
                        : recomputed::get, counted);
        List<Problem> outOfPlace = new ArrayList<>();
        for (int number : store.linesOutOfPlace(round.id())) {
            outOfPlace.add(Problem.of("error.verify.linesOutOfPlace", number, round.officials().size()));
        }
        return DoubleEntryCheck.with(c, store, ballots, events).withDifferences(outOfPlace);
    }

    /** The figures noted on the signed paper against the file; returns the number that do not match. */
    private int anchors(List<String> expected, LogHead.Noted noted, List<RoundCheck> fingerprinted,
                        List<AuditEvent> log) {
        Messages m = cli.messages();
        var out = cli.out();
        int differences = 0;
        for (String hex : expected) {
            RoundCheck found = fingerprinted.stream().filter(c -> c.stored().startsWith(hex)).findFirst()
                    .orElse(null);
            if (found != null) {
                // The paper's fingerprint is the one stored at that round's close; whether the round's data still
                // has it is said on the round's line (and counted there), and repeated here.
                out.println(m.get(found.ok() ? "record.verify.expectFound" : "record.verify.expectFoundDiffers",
                        Fingerprint.grouped(hex), found.round().number()));
            } else {
                out.println(m.get("record.verify.expectMissing", Fingerprint.grouped(hex)));
                differences++;
            }
        }
        if (noted != null) {
            AuditEvent at = log.stream().filter(e -> e.seq() == noted.seq()).findFirst().orElse(null);
            if (at == null) {
                out.println(m.get("record.verify.headMissing", noted.seq(), log.size()));
                differences++;
            } else if (!LogHead.of(at).matches(noted)) {
                out.println(m.get("record.verify.headDiffers", noted.seq(), Fingerprint.grouped(noted.hash()),
                        LogHead.of(at).shown()));
                differences++;
            } else {
                out.println(m.get("record.verify.headFound", LogHead.of(at).shown()));
            }
        }
        return differences;
    }

    /** Prints one round's line and what differs; returns the number of differences. */
    private int report(StoreReads store, RoundCheck c, long meetingId) {
        Messages m = cli.messages();
        Round r = c.round();
        String state = m.get(r.isOpen() ? "ui.round.open" : "ui.round.closed");
        Object collected = r.collected() == null ? "—" : r.collected();
        String counts = c.tally() == null ? "" : r.settings().counting().ballotByBallot()
                ? m.get("cli.verify.counts", c.tally().validBallots(), c.tally().invalidBallots(),
                c.tally().voidedBallots(), collected)
                : r.isOpen() && r.settings().counting() == Counting.DOUBLE_ENTRY
                ? KeyingSoFar.counts(ReportCommand.keying(store, List.of(r)).get(r.id()), c.tally().validBallots(),
                c.tally().invalidBallots(), m)
                : m.get("counted.verify.counts", c.tally().validBallots(), c.tally().invalidBallots(), collected);
        String verdict = m.get(c.ok() ? "cli.verify.ok" : "cli.verify.differs");
        // A rehearsal is said as such before its kind, as on the meeting screen: its counts are not a real result.
        String kind = (r.rehearsal() ? m.get("room.mark.rehearsal") + " · " : "") + m.get("ui.kind." + r.kind().name());
        cli.out().println(c.tally() == null ? m.get("cli.verify.roundUnread", r.number(), r.id(), kind, state, verdict)
                : m.get(r.settings().counting().fromTallySheets() ? "sheet.verify.round" : "cli.verify.round",
                r.number(), r.id(), kind, state, c.ballots(), counts, verdict));
        if (c.stored() != null) {
            cli.out().println(m.get("cli.verify.fingerprint", Fingerprint.grouped(c.stored())));
        }
        for (Problem p : c.differences()) {
            cli.out().println(m.get("cli.verify.roundDifference", r.number(), r.id(), meetingId, m.get(p)));
        }
        for (Problem p : c.notes()) {
            cli.out().println(m.get("cli.verify.note", m.get(p)));
        }
        return c.differences().size();
    }
}
