package vn.tinnhiem.tui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.DateText;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.RosterCsv;
import vn.tinnhiem.domain.RosterImport;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Store;
import vn.tinnhiem.store.StoreException;

/**
 * Carries out the effects screens ask for, against the store and the file system, and turns each outcome into
 * the next message. The only place in the text interface that touches storage.
 */
public final class EffectRunner {
    private static final Logger LOG = LoggerFactory.getLogger(EffectRunner.class);

    private final Store store;
    private final Messages messages;
    private final Clock clock;
    private final String fileLabel;
    private final String defaultRosterFile;

    public EffectRunner(Store store, Messages messages, Clock clock, String fileLabel, String defaultRosterFile) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.fileLabel = fileLabel;
        this.defaultRosterFile = defaultRosterFile;
    }

    public Msg run(Effect effect) {
        try {
            return perform(effect);
        } catch (StoreException e) {
            LOG.warn("refused {}: {}", effect.getClass().getSimpleName(), e.getMessage());
            return new Msg.Refused(e.problem());
        } catch (RuntimeException e) {
            LOG.error("effect {} failed", effect, e);
            return new Msg.Refused(Problem.of("ui.error.unexpected"));
        }
    }

    private Msg perform(Effect effect) {
        if (effect instanceof Effect.ToStart e) {
            return show(new StartScreen(fileLabel, store.meetings(), 0, Notice.infoOrNull(e.notice())));
        }
        if (effect instanceof Effect.ToMeeting e) {
            return show(meetingScreen(e.meetingId(), Notice.infoOrNull(e.notice())));
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
            return show(OpenRoundScreen.forVote(m.id(), m.title(), e.officials(), m.details().present()));
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
            Round r = store.openRound(e.meetingId(), e.kind(), e.onBallot(), e.issued());
            return show(roundScreen(r, Notice.info("ui.open.opened", r.number())));
        }
        if (effect instanceof Effect.CommitBallot e) {
            return new Msg.BallotCommitted(store.recordBallot(e.roundId(), e.draft()));
        }
        if (effect instanceof Effect.VoidBallot e) {
            return new Msg.BallotVoided(store.voidBallot(e.roundId(), e.number(), e.reason()));
        }
        if (effect instanceof Effect.CloseRound e) {
            Round r = store.closeRound(e.roundId(), e.collected());
            return show(roundScreen(r, Notice.info("ui.close.done", r.number())));
        }
        throw new IllegalArgumentException("no runner for " + effect);
    }

    private static Msg show(ScreenState s) {
        return new Msg.Show(s);
    }

    private MeetingScreen meetingScreen(long meetingId, Notice notice) {
        Meeting m = store.meeting(meetingId);
        List<RoundLine> rounds = store.rounds(meetingId).stream()
                .map(r -> new RoundLine(r, Tally.count(r.form(), r.officials().size(), store.ballots(r.id()))))
                .toList();
        int selected = 0;
        for (int i = 0; i < rounds.size(); i++) {
            if (rounds.get(i).round().isOpen()) {
                selected = i;
            }
        }
        return new MeetingScreen(m, store.roster(meetingId), rounds, selected, notice);
    }

    private RosterScreen rosterScreen(long meetingId, int selected, Notice notice) {
        Meeting m = store.meeting(meetingId);
        return RosterScreen.of(meetingId, m.title(), defaultRosterFile, store.roster(meetingId), selected, notice);
    }

    private ScreenState roundScreen(Round round, Notice notice) {
        String title = store.meeting(round.meetingId()).title();
        var ballots = store.ballots(round.id());
        if (round.isOpen()) {
            return EntryScreen.of(title, round, ballots, notice);
        }
        Tally tally = Tally.count(round.form(), round.officials().size(), ballots);
        return new ResultsScreen(title, RoundResult.of(round, tally), 0, notice);
    }

    private Msg importRoster(Effect.ImportRoster e) {
        Path path = Path.of(e.file());
        byte[] bytes;
        try {
            if (Files.size(path) > 5_000_000) {
                return new Msg.Refused(Problem.of("ui.roster.fileTooBig", e.file()));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException ex) {
            return new Msg.Refused(Problem.of("error.file.missing", e.file()));
        } catch (IOException | SecurityException ex) {
            return new Msg.Refused(Problem.of("error.file.read", e.file(), String.valueOf(ex.getMessage())));
        }
        RosterImport read = RosterCsv.read(bytes);
        if (!read.isOk()) {
            return new Msg.ImportRefused(e.file(), read.problems());
        }
        int before = store.roster(e.meetingId()).size();
        store.addOfficials(e.meetingId(), read.officials());
        return new Msg.RosterChanged(store.roster(e.meetingId()), before,
                Problem.of("ui.roster.imported", read.officials().size(), e.file()));
    }
}
