package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.RoundRules;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.tui.EntryKeys.Action;

/**
 * Recording ballots, the screen the chair lives on: one key per official in ballot order (or {@code +} and a level
 * for every line left), Enter to commit, the live tally beside the names. A ballot is acknowledged only when its
 * commit came back. {@code filling}: {@code +} was pressed, a level is awaited. {@code ask}: a question before an
 * irreversible step. {@code lookup}: a recorded ballot shown by its number. {@code replaces}: the voided ballot the
 * next one is keyed in place of. {@code outside}: the store's refusal, once another program changed the file
 * while it was open (or gave it a second name); nothing more is written, and the figures kept here no longer
 * describe the file, so neither the chair's screen nor the room's shows them.
 */
public record EntryScreen(String meetingTitle, Round round, List<Ballot> ballots, Tally tally, BallotDraft draft,
                          boolean filling, Prompt prompt, EntryAsk ask, Ballot lookup, Integer replaces,
                          Notice notice, Problem outside) implements ScreenState {

    enum Purpose { VOID, CLOSE, LOOKUP }

    public EntryScreen {
        ballots = List.copyOf(ballots);
    }

    /** The notice up; with the file changed from outside, that warning whenever no other refusal is up. */
    @Override
    public Notice notice() {
        return ChangedOutside.over(outside, notice);
    }

    /** Whether another program changed the file (or gave it a second name) while it was open. */
    public boolean changedOutside() {
        return outside != null;
    }

    public static EntryScreen of(String meetingTitle, Round round, List<Ballot> ballots, Notice notice) {
        Tally tally = Tally.count(round.form(), round.officials().size(), ballots);
        return new EntryScreen(meetingTitle, round, ballots, tally, BallotDraft.empty(round.officials().size()),
                false, null, null, null, null, notice, null);
    }

    /** Back to keying with this draft and notice; any dialog closed. */
    EntryScreen keying(BallotDraft d, Notice n) {
        return new EntryScreen(meetingTitle, round, ballots, tally, d, false, null, null, null, replaces, n,
                outside);
    }

    EntryScreen note(Notice n) {
        return new EntryScreen(meetingTitle, round, ballots, tally, draft, filling, prompt, ask, lookup, replaces, n,
                outside);
    }

    EntryScreen asking(Prompt p, EntryAsk a, Ballot shown, Notice n) {
        return new EntryScreen(meetingTitle, round, ballots, tally, draft, false, p, a, shown, replaces, n,
                outside);
    }

    private EntryScreen withBallots(List<Ballot> next, BallotDraft d, Integer replacing, Notice n) {
        Tally t = Tally.count(round.form(), round.officials().size(), next);
        return new EntryScreen(meetingTitle, round, next, t, d, false, null, null, null, replacing, n,
                outside);
    }

    /** The number the next committed ballot will get: ballots are kept by number, so one after the last. */
    public int nextNumber() {
        return ballots.isEmpty() ? 1 : ballots.get(ballots.size() - 1).number() + 1;
    }

    /** The ballot committed last, to check against the paper. */
    public Optional<Ballot> lastCommitted() {
        return ballots.isEmpty() ? Optional.empty() : Optional.of(ballots.get(ballots.size() - 1));
    }

    public Optional<Ballot> ballot(int number) {
        return ballots.stream().filter(b -> b.number() == number).findFirst();
    }

    @Override
    public Keys<?> footer() {
        if (prompt != null) {
            return prompt.keys();
        }
        if (ask != null) {
            return Confirm.KEYS;
        }
        if (lookup != null) {
            return EntryKeys.LOOKUP;
        }
        return filling ? EntryKeys.FILLING : keys();
    }

    Keys<Action> keys() {
        return EntryKeys.forLevels(round.levels());
    }

    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.BallotCommitted c) {
            List<Ballot> next = new ArrayList<>(ballots);
            next.add(c.ballot());
            // One more ballot: the tally takes its lines, no recount of the round on the keystroke path.
            EntryScreen s = new EntryScreen(meetingTitle, round, next, tally.add(round.form(), c.ballot()),
                    BallotDraft.empty(round.officials().size()), false, null, null, null, null, null,
                    outside);
            return Step.stay(s.note(Notice.info(c.ballot().status() == BallotStatus.VALID ? "ui.entry.recorded"
                    : "ui.entry.recordedInvalid", c.ballot().number(), s.tally.entered(), round.issued())));
        }
        if (msg instanceof Msg.BallotVoided v) {
            List<Ballot> next = new ArrayList<>();
            for (Ballot b : ballots) {
                next.add(b.number() == v.ballot().number() ? v.ballot() : b);
            }
            return Step.stay(withBallots(next, draft, v.ballot().number(), Notice.info("ui.entry.voided",
                    v.ballot().number(), v.ballot().voidReason())));
        }
        if (msg instanceof Msg.Refused r) {
            if (ChangedOutside.is(r)) {
                // A dialog that would write is closed; a + awaiting its level is only keying and stays.
                return Step.stay(new EntryScreen(meetingTitle, round, ballots, tally, draft, filling, null, null, null,
                        replaces, Notice.error(r.problem()), r.problem()));
            }
            return Step.stay(note(Notice.error(r.problem())));
        }
        if (msg instanceof Msg.Key k) {
            return key(k.stroke());
        }
        return Step.stay(this);
    }

    private Step key(KeyStroke k) {
        if (prompt != null) {
            return switch (prompt.outcome(k)) {
                case CANCEL -> Step.stay(keying(draft, null));
                case SUBMIT -> EntryDialogs.submit(this);
                case HELP -> Step.stay(new HelpOverlay(this, prompt.keys()));
                case EDITING -> Step.stay(asking(prompt.edit(k), null, null, null));
            };
        }
        if (ask != null) {
            return EntryDialogs.answer(this, Confirm.KEYS.find(k).orElse(null));
        }
        if (lookup != null) {
            EntryKeys.Shown s = EntryKeys.LOOKUP.find(k).orElse(null);
            return s == EntryKeys.Shown.HELP ? Step.stay(new HelpOverlay(this, EntryKeys.LOOKUP))
                    : s == EntryKeys.Shown.CLOSE ? Step.stay(keying(draft, null)) : Step.stay(this);
        }
        if (filling) {
            return fill(k);
        }
        Action a = EntryKeys.KEYS.find(k).orElse(null);
        if (a == null) {
            return Step.stay(keying(draft, Notice.error(Problem.of("ui.entry.unboundKey", round.levels()))));
        }
        if (outside != null && (a == Action.COMMIT || a == Action.VOID || a == Action.CLOSE
                || a == Action.REPLACES)) {
            return Step.stay(note(Notice.error(outside)));
        }
        int lines = round.officials().size();
        return switch (a) {
            case MARK -> mark(k.getCharacter() - '0');
            case BLANK -> mark(0);
            case SEVERAL -> mark(9);
            case FILL -> startFill();
            case BACK_STEP -> Step.stay(keying(draft.back(), null));
            case COMMIT -> commit();
            case INVALID -> Step.stay(keying(draft.invalidate(), Notice.info("ui.entry.invalidHint")));
            case ABANDON -> draft.isEmpty() ? Step.stay(keying(draft, null))
                    : Step.stay(asking(null, new EntryAsk.Discard(Action.ABANDON), null, null));
            case VOID -> {
                String last = ballots.stream().filter(b -> !b.voided()).reduce((x, y) -> y)
                        .map(b -> String.valueOf(b.number())).orElse("");
                yield Step.stay(asking(Prompt.of("ui.void.title", Purpose.VOID,
                        Field.suggestedNumber("ui.void.number", last), Field.of("ui.void.reason", "")), null, null, null));
            }
            case REPLACES -> Step.stay(toggleReplaces());
            case LOOKUP -> Step.stay(asking(Prompt.of("ui.lookup.title", Purpose.LOOKUP,
                    Field.number("ui.void.number", "")), null, null, null));
            case CLOSE -> draft.isEmpty() ? Step.stay(closePrompt(""))
                    : Step.stay(asking(null, new EntryAsk.Discard(Action.CLOSE), null, null));
            case HELP -> Step.stay(new HelpOverlay(this, keys()));
            case ROOM -> Step.stay(RoomScreen.over(this, roomModel()));
            case LEAVE -> draft.isEmpty() ? Step.of(this, new Effect.ToMeeting(round.meetingId(), null))
                    : Step.stay(asking(null, new EntryAsk.Discard(Action.LEAVE), null, null));
        };
    }

    /** The committed ballots only: the draft is the chair's alone. */
    @Override
    public RoomModel roomModel() {
        return new RoomModel(meetingTitle, RoundResult.of(round, tally), null, 0, false, null, outside != null);
    }

    /** Closing the window with a half-typed ballot asks first; with none it closes. */
    @Override
    public Step quitRequested() {
        return draft.isEmpty() ? Step.of(this, new Effect.Quit()) : Step.stay(new QuitConfirm(this, nextNumber()));
    }

    /** The next ballot replaces the last voided ballot no other replaces yet, or (pressed again) nothing. */
    private EntryScreen toggleReplaces() {
        if (replaces != null) {
            return new EntryScreen(meetingTitle, round, ballots, tally, draft, false, null, null, null, null, null,
                    outside);
        }
        List<Integer> taken = ballots.stream().filter(b -> b.replaces() != null && !b.voided())
                .map(Ballot::replaces).toList();
        Optional<Ballot> open = ballots.stream().filter(b -> b.voided() && !taken.contains(b.number()))
                .reduce((x, y) -> y);
        if (open.isEmpty()) {
            return keying(draft, Notice.error(Problem.of("ui.entry.noVoided")));
        }
        return new EntryScreen(meetingTitle, round, ballots, tally, draft, false, null, null, null,
                open.get().number(), null, outside);
    }

    EntryScreen closePrompt(String collected) {
        return asking(Prompt.of("ui.close.title", Purpose.CLOSE, Field.number("ui.close.collected", collected))
                .withTitleArgs(round.number()), null, null, null);
    }

    private Step commit() {
        if (draft.isEmpty()) {
            return Step.stay(keying(draft, Notice.info("ui.entry.typeFirst")));
        }
        Checked<BallotDraft> ok = RoundRules.recording(round, tally, draft);
        if (!ok.isOk()) {
            return Step.stay(keying(draft, Notice.error(ok.problem())));
        }
        return Step.of(this, new Effect.CommitBallot(round.id(), draft, replaces));
    }

    private Step startFill() {
        if (draft.wholeInvalid()) {
            return Step.stay(keying(draft, Notice.error(Problem.of("ui.entry.invalidAlready"))));
        }
        if (draft.isComplete()) {
            return Step.stay(keying(draft, Notice.error(Problem.of("ui.entry.completeAlready", nextNumber()))));
        }
        return Step.stay(new EntryScreen(meetingTitle, round, ballots, tally, draft, true, null, null, null,
                replaces, Notice.info("ui.entry.fillHint", round.levels(), round.officials().size() - draft.cursor()),
                outside));
    }

    /** {@code +} then a level: every line left gets it, shown before Enter commits. */
    private Step fill(KeyStroke k) {
        EntryKeys.Filling f = EntryKeys.FILLING.find(k).orElse(null);
        if (f == null) {
            return Step.stay(note(Notice.error(Problem.of("ui.entry.fillWhich", round.levels()))));
        }
        return switch (f) {
            case HELP -> Step.stay(new HelpOverlay(this, EntryKeys.FILLING));
            case CANCEL -> Step.stay(keying(draft, null));
            case LEVEL -> {
                Mark mark = markOf(k.getCharacter() - '0');
                if (mark == null) {
                    yield Step.stay(note(Notice.error(Problem.of("ui.entry.noSuchLevel", k.getCharacter() - '0',
                            round.levels()))));
                }
                yield Step.stay(keying(Keypad.fillRest(draft, mark), Notice.info("ui.entry.readyHint", nextNumber())));
            }
        };
    }

    private Mark markOf(int digit) {
        return Keypad.markOf(digit, round.levels());
    }

    private Step mark(int digit) {
        Mark mark = markOf(digit);
        if (mark == null) {
            return Step.stay(keying(draft, Notice.error(Problem.of("ui.entry.noSuchLevel", digit, round.levels()))));
        }
        if (draft.wholeInvalid()) {
            return Step.stay(keying(draft, Notice.error(Problem.of("ui.entry.invalidAlready"))));
        }
        if (draft.isComplete()) {
            return Step.stay(keying(draft, Notice.error(Problem.of("ui.entry.completeAlready", nextNumber()))));
        }
        BallotDraft next = draft.mark(mark);
        return Step.stay(keying(next, next.isComplete() ? Notice.info("ui.entry.readyHint", nextNumber()) : null));
    }

    @Override
    public void draw(View v) {
        EntryView.draw(this, v);
    }
}
