package vn.tinnhiem.tui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.DateText;
import vn.tinnhiem.domain.LineProblem;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundCount;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.RosterCsv;
import vn.tinnhiem.domain.RosterImport;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.i18n.Meanwhile;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.report.Minutes;
import vn.tinnhiem.report.MinutesFiles;
import vn.tinnhiem.report.MinutesSource;
import vn.tinnhiem.report.StoredFingerprint;
import vn.tinnhiem.store.Backups;
import vn.tinnhiem.store.Store;
import vn.tinnhiem.store.StoreException;
import vn.tinnhiem.domain.Unreadable;

/**
 * Carries out the effects screens ask for, against the store and the file system, and turns each outcome into
 * the next message. The only place in the text interface that touches storage.
 */
public final class EffectRunner {
    private static final Logger LOG = LoggerFactory.getLogger(EffectRunner.class);

    /** The round whose screen was shown last, chosen again on the meeting screen when the chair comes back. */
    private Long lastRound;
    private final Store store;
    private final Messages messages;
    private final Clock clock;
    private final String fileLabel;
    private final String defaultRosterFile;
    /** Where a copy goes after each round closes; {@code null}: none (tests that do not look at backups). */
    private final Backups backups;
    /** Where the minutes are exported ({@code data/exports}); {@code null}: exporting is refused with a message. */
    private Path exportDir;

    public EffectRunner(Store store, Messages messages, Clock clock, String fileLabel, String defaultRosterFile) {
        this(store, messages, clock, fileLabel, defaultRosterFile, null);
    }

    public EffectRunner(Store store, Messages messages, Clock clock, String fileLabel, String defaultRosterFile,
                        Backups backups) {
        this.backups = backups;
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.fileLabel = fileLabel;
        this.defaultRosterFile = defaultRosterFile;
    }

    /** Sets the folder the minutes are exported to; called once, where the runner is made. */
    public EffectRunner exportingTo(Path folder) {
        this.exportDir = folder;
        return this;
    }

    public Msg run(Effect effect) {
        try {
            Msg msg = perform(effect);
            if (msg instanceof Msg.Show shown && counting(shown.screen())) {
                // A round's counting screen read after another program changed the file says so from its first
                // frame, and the room sees no figure from it (other screens were told at the key that found it).
                Optional<Problem> changed = store.changedOutside();
                if (changed.isPresent()) {
                    return new Msg.Show(shown.screen().update(new Msg.Refused(changed.get())).state());
                }
            }
            return msg;
        } catch (StoreException e) {
            LOG.warn("refused {}: {}", effect.getClass().getSimpleName(), e.getMessage());
            return new Msg.Refused(e.problem());
        } catch (Unreadable e) {
            // the file edited from outside: said as such (and verify named), not as an unexpected failure
            LOG.warn("unreadable data for {}: {}", effect.getClass().getSimpleName(), e.getMessage());
            return new Msg.Refused(Problem.of("error.file.unreadable", e.problem()));
        } catch (RuntimeException e) {
            LOG.error("effect {} failed", effect, e);
            return new Msg.Refused(Problem.of("ui.error.unexpected"));
        }
    }

    private static boolean counting(ScreenState s) {
        return s instanceof EntryScreen || s instanceof DoubleEntryScreen || s instanceof SheetScreen;
    }

    /**
     * Whether another program has changed the file (or given it a second name) since it was opened, looked at now:
     * the store's refusal from then on.
     */
    public Optional<Problem> changedOutside() {
        return store.changedOutside();
    }

    private Msg perform(Effect effect) {
        if (effect instanceof Effect.ToStart e) {
            return show(new StartScreen(fileLabel, store.meetings(), 0, Notice.infoOrNull(e.notice())));
        }
        if (effect instanceof Effect.ToMeeting e) {
            try {
                return show(meetingScreen(e.meetingId(), Notice.infoOrNull(e.notice())));
            } catch (Unreadable u) {
                // A meeting whose data cannot be read back (edited from outside meanwhile): the chair leaves the
                // screen they were on for the list of meetings, told why, rather than stay on it with q refused.
                LOG.warn("unreadable data for meeting {}: {}", e.meetingId(), u.getMessage());
                return show(new StartScreen(fileLabel, store.meetings(), 0,
                        Notice.error(Problem.of("error.file.unreadable", u.problem()))));
            }
        }
        if (effect instanceof Effect.ToMeetingForm e) {
            return show(e.meetingId() == null
                    ? MeetingFormScreen.create(DateText.format(LocalDate.now(clock)),
                    messages.get("ui.meeting.role.head"), messages.get("ui.meeting.role.member"))
                    : MeetingFormScreen.edit(store.meeting(e.meetingId())));
        }
        if (effect instanceof Effect.ToRoster e) {
            return show(rosterScreen(e.meetingId(), 0, null));
        }
        if (effect instanceof Effect.ToOpenRound e) {
            Meeting m = store.meeting(e.meetingId());
            return show(OpenRoundScreen.of(m.id(), m.title(), store.roster(m.id()), m.details().present()));
        }
        if (effect instanceof Effect.ToVoteRound e) {
            Meeting m = store.meeting(e.meetingId());
            List<Official> due = vn.tinnhiem.domain.FollowUp.notYetVoted(e.officials(), store.rounds(m.id()));
            if (due.isEmpty()) {
                return new Msg.Refused(Problem.of("law.followUp.alreadyVoted",
                        String.join(", ", e.officials().stream().map(Official::fullName).toList())));
            }
            return show(OpenRoundScreen.forVote(m.id(), m.title(), due, m.details().present()));
        }
        if (effect instanceof Effect.ToAudit e) {
            return show(auditScreen(e.meetingId()));
        }
        if (effect instanceof Effect.ToRound e) {
            return show(roundScreen(store.round(e.roundId()), Notice.infoOrNull(e.notice())));
        }
        if (effect instanceof Effect.SaveMeeting e) {
            Meeting m = e.meetingId() == null ? store.createMeeting(e.details())
                    : store.updateMeeting(e.meetingId(), e.details());
            return show(meetingScreen(m.id(), Notice.info("ui.meeting.saved", m.title())));
        }
        if (effect instanceof Effect.AddOfficial e) {
            Official o = store.addOfficial(e.meetingId(), e.official());
            List<Official> roster = store.roster(e.meetingId());
            return new Msg.RosterChanged(roster, roster.size() - 1, Problem.of("ui.roster.added", o.fullName()));
        }
        if (effect instanceof Effect.EditOfficial e) {
            store.updateOfficial(e.officialId(), e.official());
            return new Msg.RosterChanged(store.roster(e.meetingId()), e.selected(),
                    Problem.of("ui.roster.edited", e.official().fullName()));
        }
        if (effect instanceof Effect.MoveOfficial e) {
            store.moveOfficial(e.officialId(), e.delta());
            return new Msg.RosterChanged(store.roster(e.meetingId()), e.selected(), null);
        }
        if (effect instanceof Effect.RemoveOfficial e) {
            store.removeOfficial(e.officialId());
            return new Msg.RosterChanged(store.roster(e.meetingId()), e.selected(), Problem.of("ui.roster.removed"));
        }
        if (effect instanceof Effect.ImportRoster e) {
            return importRoster(e);
        }
        if (effect instanceof Effect.OpenRound e) {
            Round r = store.openRound(e.meetingId(), e.kind(), e.onBallot(), e.issued(), e.settings());
            return show(roundScreen(r, Notice.info(openedKey(r), r.number())));
        }
        if (effect instanceof Effect.DeleteRehearsal e) {
            store.deleteRehearsal(e.roundId());
            return show(meetingScreen(e.meetingId(), Notice.info("room.delete.done", e.number())));
        }
        if (effect instanceof Effect.CommitBallot e) {
            try {
                return new Msg.BallotCommitted(store.recordBallot(e.roundId(), e.draft(), e.replaces()));
            } catch (StoreException ex) {
                return notRecorded(ex);
            }
        }
        if (effect instanceof Effect.VoidBallot e) {
            return new Msg.BallotVoided(store.voidBallot(e.roundId(), e.number(), e.reason()));
        }
        if (effect instanceof Effect.SaveSheet e) {
            return new Msg.SheetSaved(store.sheets().record(e.roundId(), e.sheet()));
        }
        if (effect instanceof Effect.CloseRound e) {
            Round r = store.closeRound(e.roundId(), e.collected(), e.running());
            boolean backedUp = backups == null || backups.takeQuietly().isPresent(); // never fails the close
            Notice done = Notice.info(backedUp ? "law.close.done" : "law.close.doneNoBackup", r.number(),
                    messages.base(r.form()));
            // The close refused any difference between the running tally and the full recount of the file, so the
            // results show the running tally rather than reading every ballot back a second time.
            return show(e.running() == null ? roundScreen(r, done) : new ResultsScreen(
                    store.meeting(r.meetingId()).title(), RoundResult.of(r, e.running()), 0, done,
                    store.fingerprint(r.id()), store.closeHead(r.id())));
        }
        if (effect instanceof Effect.ExportMinutes e) {
            return exportMinutes(e.roundId());
        }
        if (effect instanceof Effect.RecordReading e) {
            try {
                return new Msg.ReadingKept(store.readings().record(e.roundId(), e.serial(), e.numbered(), e.draft()));
            } catch (StoreException ex) {
                return notRecorded(ex);
            }
        }
        if (effect instanceof Effect.CloseDoubleEntry e) {
            Round r = store.readings().close(e.roundId(), e.running());
            boolean backedUp = backups == null || backups.takeQuietly().isPresent(); // never fails the close
            return show(roundScreen(r, Notice.info(backedUp ? "law.close.done" : "law.close.doneNoBackup", r.number(),
                    messages.base(r.form()))));
        }
        throw new IllegalArgumentException("no runner for " + effect);
    }

    /**
     * The ballot being entered was not written (a full disk, a file that cannot be written): the chair is told,
     * the ballot stays on the screen to be recorded again, and nothing it said was recorded is touched.
     */
    private static Msg notRecorded(StoreException ex) {
        if (!"error.db.failed".equals(ex.problem().key())) {
            throw ex;
        }
        String why = String.valueOf(ex.problem().args().isEmpty() ? "" : ex.problem().args().get(0));
        boolean full = why.contains("SQLITE_FULL") || why.contains("disk is full");
        LOG.error("ballot not recorded", ex);
        return new Msg.Refused(full ? Problem.of("ui.entry.notRecordedFull")
                : Problem.of("ui.entry.notRecorded", ex.problem()));
    }

    /**
     * Writes the minutes of a closed round into the exports folder as HTML, CSV and text, records each file in the
     * audit log, and tells the screen the full path.
     */
    private Msg exportMinutes(long roundId) {
        if (exportDir == null) {
            return new Msg.Refused(Problem.of("report.minutes.noExportFolder"));
        }
        Minutes minutes;
        try {
            minutes = MinutesSource.load(store, roundId, clock);
        } catch (Unreadable u) {
            if (!u.problem().key().equals("report.minutes.fingerprintDiffers")) {
                throw u;
            }
            // The data read back fine but are not what was signed at the close: the round's results are read again
            // and shown as edited (the figures now in the file, said not to be the signed ones), with the refusal.
            LOG.warn("minutes of round {} refused: {}", roundId, u.getMessage());
            return show(roundScreen(store.round(roundId), Notice.error(Problem.of("ui.results.editedNoMinutes",
                    u.problem().args().get(0)))));
        }
        Round round = minutes.result().round();
        if (round.isOpen()) {
            return new Msg.Refused(Problem.of("report.minutes.openRound", round.number()));
        }
        Path folder = exportDir.toAbsolutePath().normalize();
        MinutesFiles.Written written;
        try {
            written = MinutesFiles.write(folder, minutes, messages);
        } catch (IOException | java.io.UncheckedIOException | SecurityException ex) {
            LOG.error("minutes of round {} not written to {}", roundId, folder, ex);
            return new Msg.Refused(Problem.of("report.minutes.exportFailed", folder, String.valueOf(ex.getMessage())));
        }
        LOG.info("minutes of round {} written: {}", roundId, written.files());
        try {
            for (Path file : written.files()) {
                store.recordExport(round.meetingId(), round.id(), file.toString());
            }
        } catch (StoreException ex) {
            // The files are there and the chair must know where, and that the audit log lacks the entry.
            LOG.error("export of round {} not recorded in the audit log", roundId, ex);
            return new Msg.Written(Problem.of("report.minutes.exportedNotLogged", written.stemPath()));
        }
        return new Msg.Written(Problem.of("report.minutes.exported", written.stemPath()));
    }

    private static Msg show(ScreenState s) {
        return new Msg.Show(s);
    }

    private MeetingScreen meetingScreen(long meetingId, Notice notice) {
        Meeting m = store.meeting(meetingId);
        List<RoundLine> rounds = new ArrayList<>();
        Problem unreadable = null;
        for (long id : store.roundIds(meetingId)) {
            Round r;
            try {
                r = store.round(id);
            } catch (Unreadable u) {
                // The round's own row does not read: listed as far as it can be, the others still counted.
                LOG.warn("unreadable round {}: {}", id, u.getMessage());
                r = store.listedRound(id);
                rounds.add(RoundLine.unreadable(r, u.problem()));
                if (unreadable == null) {
                    unreadable = Problem.of("ui.meeting.roundUnreadable", r.number(), u.problem());
                }
                continue;
            }
            try {
                rounds.add(RoundLine.of(store, r, RoundCount.tally(r, store.ballots(r.id()), store.sheets().of(r))));
            } catch (Unreadable u) {
                // One round edited beyond reading closes off that round only: the others go on being counted.
                LOG.warn("unreadable data in round {}: {}", r.id(), u.getMessage());
                rounds.add(RoundLine.unreadable(r, u.problem()));
                if (unreadable == null) {
                    unreadable = Problem.of("ui.meeting.roundUnreadable", r.number(), u.problem());
                }
            }
        }
        if (unreadable != null && (notice == null || !notice.error())) {
            notice = Notice.error(unreadable);
        }
        // Back from a round, that round stays chosen (Enter goes back into it); otherwise the last open round.
        int selected = 0;
        boolean left = false;
        for (int i = 0; i < rounds.size(); i++) {
            if (lastRound != null && rounds.get(i).round().id() == lastRound) {
                selected = i;
                left = true;
            } else if (!left && rounds.get(i).round().isOpen()) {
                selected = i;
            }
        }
        return new MeetingScreen(m, store.roster(meetingId), rounds, selected, notice);
    }

    private AuditScreen auditScreen(long meetingId) {
        Meeting m = store.meeting(meetingId);
        java.util.Map<Long, Integer> numbers = new java.util.HashMap<>();
        List<Round> rounds = store.rounds(meetingId);
        for (Round r : rounds) {
            numbers.put(r.id(), r.number());
        }
        var all = store.auditLog();
        var shown = BlindAudit.of(store, meetingId, rounds, messages.get("ui.audit.withheld"));
        return new AuditScreen(meetingId, m.title(), shown, numbers, all.size(),
                vn.tinnhiem.domain.AuditChain.intact(all), 0);
    }

    private RosterScreen rosterScreen(long meetingId, int selected, Notice notice) {
        Meeting m = store.meeting(meetingId);
        return RosterScreen.of(meetingId, m.title(), defaultRosterFile, store.roster(meetingId), selected, notice);
    }

    /** The notice that tells how the round just opened is keyed: ballot by ballot, by serial twice, or by sheet. */
    private static String openedKey(Round r) {
        return switch (r.settings().counting()) {
            case BALLOTS -> "ui.open.opened";
            case DOUBLE_ENTRY -> "de.opened";
            case TALLY_SHEET, TALLY_SHEET_TWICE -> "sheet.opened";
        };
    }

    private ScreenState roundScreen(Round round, Notice notice) {
        lastRound = round.id();
        String title = store.meeting(round.meetingId()).title();
        var ballots = store.ballots(round.id());
        if (round.isOpen()) {
            return switch (round.settings().counting()) {
                case BALLOTS -> EntryScreen.of(title, round, ballots, notice);
                case DOUBLE_ENTRY -> DoubleEntryScreen.of(title, round, ballots, store.readings().readings(round.id()),
                        store.readings().numbered(round.id()), store.readings().last(round.id()), notice);
                case TALLY_SHEET, TALLY_SHEET_TWICE -> SheetScreen.of(title, round, store.sheets().entries(round.id()),
                        notice);
            };
        }
        var sheets = store.sheets().of(round);
        Meanwhile<Tally> counted = Meanwhile.later(() -> RoundCount.tally(round, ballots, sheets));
        // The counts shown beside the fingerprint of the close (the one on the signed paper) must be what it
        // covered: a file edited since is said so, under the counts read from it.
        StoredFingerprint fingerprint = StoredFingerprint.check(store, round, ballots, sheets, counted::get);
        Tally tally = counted.get();
        boolean edited = !fingerprint.matches();
        // edited: its own warning replaces any news, not a refusal
        return new ResultsScreen(title, RoundResult.of(round, tally), 0,
                edited && (notice == null || !notice.error()) ? null : notice, fingerprint.stored(),
                store.closeHead(round.id()), edited);
    }

    private Msg importRoster(Effect.ImportRoster e) {
        Path path = Path.of(e.file());
        var bytes = vn.tinnhiem.store.RosterFile.read(path); // a regular file only: never a FIFO or a device
        if (!bytes.isOk()) {
            return new Msg.Refused(bytes.problem());
        }
        RosterImport read = RosterCsv.read(bytes.value());
        if (!read.isOk()) {
            return new Msg.ImportRefused(e.file(), read.problems());
        }
        List<Official> current = store.roster(e.meetingId());
        int before = e.replace() ? 0 : current.size();
        if (e.replace()) {
            store.replaceRoster(e.meetingId(), read.officials());
        } else {
            List<LineProblem> already = new ArrayList<>();
            for (int i = 0; i < read.officials().size(); i++) {
                String name = read.officials().get(i).fullName();
                for (int j = 0; j < current.size(); j++) {
                    if (current.get(j).fullName().equalsIgnoreCase(name)) {
                        already.add(new LineProblem(0, Problem.of("ui.roster.duplicate", name, j + 1)));
                    }
                }
            }
            if (!already.isEmpty()) {
                return new Msg.ImportRefused(e.file(), already);
            }
            store.addOfficials(e.meetingId(), read.officials());
        }
        return new Msg.RosterChanged(store.roster(e.meetingId()), before,
                Problem.of("ui.roster.imported", read.officials().size(), e.file()));
    }
}
