package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Numbers;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.RoundRules;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.domain.TextRules;

/**
 * Recording ballots, the screen the chair lives on: one key per official in ballot order, Enter to commit, the
 * live tally beside the names. A ballot is acknowledged only when its commit came back.
 */
public record EntryScreen(String meetingTitle, Round round, List<Ballot> ballots, Tally tally, BallotDraft draft,
                          Prompt prompt, Integer confirmCollected, Notice notice) implements ScreenState {

    enum Action { MARK, BACK_STEP, COMMIT, ABANDON, INVALID, VOID, CLOSE, ROOM, LEAVE }

    enum Purpose { VOID, CLOSE }

    private static final List<Binding> KEYS = List.of(
            Binding.of("1…", "ui.key.level", Action.MARK, k -> k.getKeyType() == KeyType.Character
                    && !k.isCtrlDown() && !k.isAltDown() && Character.isDigit(k.getCharacter())),
            Binding.of("0", "ui.key.blank", Action.MARK, k -> false),
            Binding.of("9", "ui.key.several", Action.MARK, k -> false),
            Binding.of("⌫", "ui.key.stepBack", Action.BACK_STEP, type(KeyType.Backspace)),
            Binding.of("Enter", "ui.key.commit", Action.COMMIT, type(KeyType.Enter)),
            Binding.of("Esc", "ui.key.abandon", Action.ABANDON, type(KeyType.Escape)),
            Binding.of("k", "ui.key.invalidBallot", Action.INVALID, ch('k', '*')),
            Binding.of("h", "ui.key.void", Action.VOID, ch('h')),
            Binding.of("c", "ui.key.close", Action.CLOSE, ch('c')),
            Binding.of("p", "room.key.show", Action.ROOM, ch('p')),
            Binding.of("q", "ui.key.back", Action.LEAVE, ch('q')));

    private static final List<Binding> PROMPT_KEYS = List.of(
            Binding.of("Enter", "ui.key.nextOrSave", null, k -> false),
            Binding.of("Esc", "ui.key.cancel", null, k -> false));

    private static final List<Binding> CONFIRM_KEYS = List.of(
            Binding.of("Enter", "ui.key.confirmClose", null, k -> false),
            Binding.of("Esc", "ui.key.cancel", null, k -> false));

    public EntryScreen {
        ballots = List.copyOf(ballots);
    }

    public static EntryScreen of(String meetingTitle, Round round, List<Ballot> ballots, Notice notice) {
        Tally tally = Tally.count(round.form(), round.officials().size(), ballots);
        return new EntryScreen(meetingTitle, round, ballots, tally, BallotDraft.empty(round.officials().size()),
                null, null, notice);
    }

    private EntryScreen with(BallotDraft d, Prompt p, Integer confirm, Notice n) {
        return new EntryScreen(meetingTitle, round, ballots, tally, d, p, confirm, n);
    }

    private EntryScreen withBallots(List<Ballot> next, BallotDraft d, Notice n) {
        Tally t = Tally.count(round.form(), round.officials().size(), next);
        return new EntryScreen(meetingTitle, round, next, t, d, null, null, n);
    }

    /** The number the next committed ballot will get. */
    public int nextNumber() {
        return ballots.stream().mapToInt(Ballot::number).max().orElse(0) + 1;
    }

    @Override
    public List<Binding> footer() {
        if (prompt != null) {
            return PROMPT_KEYS;
        }
        if (confirmCollected != null) {
            return CONFIRM_KEYS;
        }
        List<Binding> keys = new ArrayList<>(KEYS);
        Binding level = KEYS.get(0);
        keys.set(0, new Binding("1–" + round.levels(), level.labelKey(), level.matches(), level.action()));
        return keys;
    }

    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.BallotCommitted c) {
            List<Ballot> next = new ArrayList<>(ballots);
            next.add(c.ballot());
            EntryScreen s = withBallots(next, BallotDraft.empty(round.officials().size()), null);
            return Step.stay(s.with(s.draft, null, null, Notice.info(
                    c.ballot().status() == vn.tinnhiem.domain.BallotStatus.VALID ? "ui.entry.recorded"
                            : "ui.entry.recordedInvalid",
                    c.ballot().number(), s.tally.entered(), round.issued())));
        }
        if (msg instanceof Msg.BallotVoided v) {
            List<Ballot> next = new ArrayList<>();
            for (Ballot b : ballots) {
                next.add(b.number() == v.ballot().number() ? v.ballot() : b);
            }
            return Step.stay(withBallots(next, draft, Notice.info("ui.entry.voided", v.ballot().number(),
                    v.ballot().voidReason())));
        }
        if (msg instanceof Msg.Refused r) {
            return Step.stay(with(draft, prompt, null, Notice.error(r.problem())));
        }
        if (msg instanceof Msg.Key k) {
            return key(k.stroke());
        }
        return Step.stay(this);
    }

    private Step key(KeyStroke k) {
        if (confirmCollected != null) {
            if (k.getKeyType() == KeyType.Enter) {
                return Step.of(with(draft, null, null, null), new Effect.CloseRound(round.id(), confirmCollected));
            }
            return Step.stay(with(draft, null, null, Notice.info("ui.close.cancelled")));
        }
        if (prompt != null) {
            return switch (prompt.outcome(k)) {
                case CANCEL -> Step.stay(with(draft, null, null, null));
                case SUBMIT -> submit();
                case EDITING -> Step.stay(with(draft, prompt.edit(k), null, null));
            };
        }
        Object action = Binding.find(KEYS, k).orElse(null);
        if (!(action instanceof Action a)) {
            return Step.stay(with(draft, null, null, Notice.error(Problem.of("ui.entry.unboundKey",
                    round.levels()))));
        }
        int lines = round.officials().size();
        return switch (a) {
            case MARK -> mark(k.getCharacter() - '0');
            case BACK_STEP -> Step.stay(with(draft.back(), null, null, null));
            case COMMIT -> {
                if (draft.isEmpty()) {
                    yield Step.stay(with(draft, null, null, Notice.info("ui.entry.typeFirst")));
                }
                Checked<BallotDraft> ok = RoundRules.recording(round, tally, draft);
                if (!ok.isOk()) {
                    yield Step.stay(with(draft, null, null, Notice.error(ok.problem())));
                }
                yield Step.of(this, new Effect.CommitBallot(round.id(), draft));
            }
            case ABANDON -> draft.isEmpty() ? Step.stay(with(draft, null, null, null))
                    : Step.stay(with(BallotDraft.empty(lines), null, null, Notice.info("ui.entry.abandoned")));
            case INVALID -> Step.stay(with(draft.invalidate(), null, null, Notice.info("ui.entry.invalidHint")));
            case VOID -> {
                String last = ballots.stream().filter(b -> !b.voided()).reduce((x, y) -> y)
                        .map(b -> String.valueOf(b.number())).orElse("");
                yield Step.stay(with(draft, Prompt.of("ui.void.title", Purpose.VOID,
                        Field.number("ui.void.number", last), Field.of("ui.void.reason", "")), null, null));
            }
            case CLOSE -> Step.stay(with(draft, Prompt.of("ui.close.title", Purpose.CLOSE,
                    Field.number("ui.close.collected", "")).withTitleArgs(round.number()), null, null));
            case ROOM -> Step.stay(RoomScreen.over(this, new RoomModel(meetingTitle, RoundResult.of(round, tally),
                    null, 0, false)));
            case LEAVE -> draft.isEmpty() ? Step.of(this, new Effect.ToMeeting(round.meetingId(), null))
                    : Step.stay(with(draft, null, null, Notice.error(Problem.of("ui.entry.unfinished"))));
        };
    }

    private Step mark(int digit) {
        Mark mark;
        if (digit == 0) {
            mark = Mark.BLANK;
        } else if (digit == 9) {
            mark = Mark.SEVERAL;
        } else if (digit <= round.levels()) {
            mark = Mark.level(digit);
        } else {
            return Step.stay(with(draft, null, null, Notice.error(Problem.of("ui.entry.noSuchLevel", digit,
                    round.levels()))));
        }
        if (draft.wholeInvalid()) {
            return Step.stay(with(draft, null, null, Notice.error(Problem.of("ui.entry.invalidAlready"))));
        }
        if (draft.isComplete()) {
            return Step.stay(with(draft, null, null, Notice.error(Problem.of("ui.entry.completeAlready",
                    nextNumber()))));
        }
        BallotDraft next = draft.mark(mark);
        Notice n = next.isComplete() ? Notice.info("ui.entry.readyHint", nextNumber()) : null;
        return Step.stay(with(next, null, null, n));
    }

    private Step submit() {
        Purpose purpose = (Purpose) prompt.purpose();
        if (purpose == Purpose.VOID) {
            Checked<Integer> number = Numbers.count(prompt.text(0));
            if (!number.isOk()) {
                return Step.stay(with(draft, prompt, null, Notice.error(
                        Problem.of("ui.form.fieldProblem", Problem.of("ui.void.number"), number.problem()))));
            }
            Checked<String> reason = TextRules.required(prompt.text(1));
            if (!reason.isOk()) {
                return Step.stay(with(draft, prompt, null, Notice.error(
                        Problem.of("ui.form.fieldProblem", Problem.of("ui.void.reason"), reason.problem()))));
            }
            return Step.of(with(draft, null, null, null),
                    new Effect.VoidBallot(round.id(), number.value(), reason.value()));
        }
        Checked<Integer> collected = Numbers.count(prompt.text(0));
        if (!collected.isOk()) {
            return Step.stay(with(draft, prompt, null, Notice.error(
                    Problem.of("ui.form.fieldProblem", Problem.of("ui.close.collected"), collected.problem()))));
        }
        Checked<Integer> ok = RoundRules.closing(round, tally, collected.value());
        if (!ok.isOk()) {
            return Step.stay(with(draft, null, null, Notice.error(ok.problem())));
        }
        return Step.stay(with(draft, null, collected.value(), null));
    }

    @Override
    public void draw(View v) {
        EntryView.draw(this, v);
    }
}
