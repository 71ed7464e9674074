package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.DoubleEntry;
import vn.tinnhiem.domain.DoubleEntryProgress;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Numbers;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Reading;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.tui.DoubleEntryKeys.Serial;
import vn.tinnhiem.tui.EntryKeys.Action;

/**
 * Keying a double-entry round (see {@code docs/double-entry.md}): the count of ballots numbered first, then for
 * each paper its serial and its marks. The pass is the app's to decide from the readings kept, and the screen never
 * shows a serial's earlier readings while it is keyed; conflicts are listed by serial and official line only.
 * {@code numbered}: {@code null} until given; {@code serial}: {@code null} while the serial is typed into
 * {@code serialText}; {@code ask}: the question over the screen, if any; {@code last}: the reading kept last;
 * {@code outside}: the store's refusal once the file was changed outside tinnhiem while open, {@code null} before.
 */
public record DoubleEntryScreen(String meetingTitle, Round round, List<Ballot> ballots, Tally tally,
                                List<Reading> readings, Integer numbered, String serialText, Integer serial,
                                BallotDraft draft, boolean filling, Prompt prompt, Ask ask, Reading last,
                                Notice notice, Problem outside) implements ScreenState {
    private static final int SERIAL_DIGITS = 6;

    enum Purpose { NUMBERED }

    /**
     * A question asked before something that cannot be taken back: the count numbered (held in {@code numbered}
     * until a yes), the close, or dropping the half-typed reading (to choose another ballot, or to leave).
     */
    enum Ask { NUMBERED, CLOSE, DROP, LEAVE }

    public DoubleEntryScreen {
        ballots = List.copyOf(ballots);
        readings = List.copyOf(readings);
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

    /**
     * The screen as the chair opens the round: {@code last}, the reading kept last (from the file, {@code null}
     * before the first), so that coming back keeps the pass in progress and the "just recorded" line.
     */
    public static DoubleEntryScreen of(String meetingTitle, Round round, List<Ballot> ballots, List<Reading> readings,
                                       Integer numbered, Reading last, Notice notice) {
        Tally tally = Tally.count(round.form(), round.officials().size(), ballots);
        DoubleEntryScreen s = new DoubleEntryScreen(meetingTitle, round, ballots, tally, readings, numbered, "", null,
                BallotDraft.empty(round.officials().size()), false, null, null, last, notice, null);
        return numbered == null ? s.askNumbered("") : s;
    }

    private DoubleEntryScreen askNumbered(String typed) {
        return new DoubleEntryScreen(meetingTitle, round, ballots, tally, readings, null, "", null, draft, false,
                Prompt.of("de.numbered.title", Purpose.NUMBERED, Field.number("de.numbered.field", typed))
                        .withTitleArgs(round.number(), round.issued()), null, last, notice, outside);
    }

    DoubleEntryScreen note(Notice n) {
        return new DoubleEntryScreen(meetingTitle, round, ballots, tally, readings, numbered, serialText, serial, draft,
                filling, prompt, ask, last, n, outside);
    }

    /** Back to typing a serial: nothing chosen, nothing typed. */
    private DoubleEntryScreen toSerial(String text, Notice n) {
        return new DoubleEntryScreen(meetingTitle, round, ballots, tally, readings, numbered, text, null,
                BallotDraft.empty(round.officials().size()), false, null, null, last, n, outside);
    }

    private DoubleEntryScreen marking(BallotDraft d, boolean fill, Notice n) {
        return new DoubleEntryScreen(meetingTitle, round, ballots, tally, readings, numbered, serialText, serial, d,
                fill, null, null, last, n, outside);
    }

    public DoubleEntryProgress progress() {
        int n = numbered == null ? 0 : numbered;
        return DoubleEntry.progress(States.of(readings, n), n);
    }

    /** The pass the chosen serial is being keyed in. */
    public int pass() {
        return serial == null ? 0 : DoubleEntry.nextPass(readings, numbered, serial).isOk()
                ? DoubleEntry.nextPass(readings, numbered, serial).value() : 0;
    }

    /** The serial Enter takes when none is typed ({@link DoubleEntry#suggested}). */
    public Integer suggested() {
        return numbered == null ? null : DoubleEntry.suggested(States.of(readings, numbered), numbered, last);
    }

    /**
     * The serials' states, worked out once per set of readings kept rather than on every key and every draw: the
     * readings are an immutable list, replaced (never changed) when a reading is kept, so the list itself and the
     * count numbered say whether the last states still hold.
     */
    private static final class States {
        private static List<Reading> readings;
        private static int numbered;
        private static java.util.Map<Integer, vn.tinnhiem.domain.SerialState> states;

        static synchronized java.util.Map<Integer, vn.tinnhiem.domain.SerialState> of(List<Reading> r, int n) {
            if (r != readings || n != numbered) {
                states = DoubleEntry.states(r, n);
                readings = r;
                numbered = n;
            }
            return states;
        }
    }

    @Override
    public Keys<?> footer() {
        if (prompt != null) {
            return prompt.keys();
        }
        if (ask != null) {
            return ask == Ask.NUMBERED ? Confirm.CHECK : Confirm.KEYS;
        }
        if (filling) {
            return EntryKeys.FILLING;
        }
        return serial == null ? DoubleEntryKeys.SERIAL : marksKeys();
    }

    Keys<Action> marksKeys() {
        return DoubleEntryKeys.MARKS.relabel(Action.MARK, "1–" + round.levels());
    }

    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.ReadingKept k) {
            return Step.stay(kept(k.kept()));
        }
        if (msg instanceof Msg.Refused r) {
            if (ChangedOutside.is(r)) {
                // Another program changed the file: nothing more is kept, and the figures are no longer shown.
                return Step.stay(new DoubleEntryScreen(meetingTitle, round, ballots, tally, readings, numbered,
                        serialText, serial, draft, filling, prompt, ask, last, Notice.error(r.problem()), r.problem()));
            }
            return Step.stay(note(Notice.error(r.problem())));
        }
        if (msg instanceof Msg.Key k) {
            return key(k.stroke());
        }
        return Step.stay(this);
    }

    private DoubleEntryScreen kept(vn.tinnhiem.store.RecordedReading k) {
        List<Reading> nextReadings = new ArrayList<>(readings);
        nextReadings.add(k.reading());
        List<Ballot> nextBallots = ballots;
        Tally t = tally;
        if (k.ballot() != null) {
            nextBallots = new ArrayList<>(ballots);
            nextBallots.add(k.ballot());
            t = tally.add(round.form(), k.ballot());
        }
        Notice n = DoubleEntryNotices.kept(k);
        return new DoubleEntryScreen(meetingTitle, round, nextBallots, t, nextReadings, numbered, "", null,
                BallotDraft.empty(round.officials().size()), false, null, null, k.reading(), n, outside);
    }

    private Step key(KeyStroke k) {
        if (prompt != null) {
            return switch (prompt.outcome(k)) {
                case CANCEL -> Step.of(this, new Effect.ToMeeting(round.meetingId(), null));
                case SUBMIT -> Step.stay(numberedGiven());
                case HELP -> Step.stay(new HelpOverlay(this, prompt.keys()));
                case EDITING -> Step.stay(new DoubleEntryScreen(meetingTitle, round, ballots, tally, readings, null,
                        "", null, draft, false, prompt.edit(k), null, last, null, outside));
            };
        }
        if (ask != null) {
            return answer(Confirm.KEYS.find(k).orElse(null));
        }
        if (filling) {
            return fill(k);
        }
        return serial == null ? serialKey(k) : marksKey(k);
    }

    private DoubleEntryScreen numberedGiven() {
        Checked<Integer> n = Numbers.count(prompt.text(0));
        if (n.isOk()) {
            n = DoubleEntry.numbering(n.value(), round.issued());
        }
        if (!n.isOk()) {
            return askNumbered(prompt.text(0)).note(Notice.error(n.problem()));
        }
        return asking(n.value(), Ask.NUMBERED);
    }

    private DoubleEntryScreen asking(Integer count, Ask a) {
        return new DoubleEntryScreen(meetingTitle, round, ballots, tally, readings, count, serialText, serial, draft,
                filling, null, a, last, null, outside);
    }

    /** Enter does what the question says; Esc goes back to where the question was asked, nothing changed. */
    private Step answer(Confirm.Answer a) {
        if (a == Confirm.Answer.HELP) {
            return Step.stay(new HelpOverlay(this, ask == Ask.NUMBERED ? Confirm.CHECK : Confirm.KEYS));
        }
        boolean yes = a == Confirm.Answer.YES;
        return switch (ask) {
            case NUMBERED -> Step.stay(yes ? new DoubleEntryScreen(meetingTitle, round, ballots, tally, readings,
                    numbered, "", null, draft, false, null, null, last, Notice.info("de.numbered.set", numbered),
                    outside)
                    : askNumbered(String.valueOf(numbered)).note(Notice.info("de.numbered.again")));
            case CLOSE -> yes ? Step.of(toSerial("", null), new Effect.CloseDoubleEntry(round.id(), tally))
                    : Step.stay(toSerial("", Notice.info("ui.close.cancelled")));
            case DROP -> Step.stay(yes ? toSerial("", Notice.info("de.entry.abandoned", serial))
                    : marking(draft, false, null));
            case LEAVE -> yes ? Step.of(this, new Effect.ToMeeting(round.meetingId(), null))
                    : Step.stay(marking(draft, false, null));
        };
    }

    private Step serialKey(KeyStroke k) {
        Serial a = DoubleEntryKeys.SERIAL.find(k).orElse(null);
        if (a == null) {
            return Step.stay(note(Notice.error(Problem.of("de.entry.unboundSerial"))));
        }
        return switch (a) {
            case DIGIT -> Step.stay(serialText.length() >= SERIAL_DIGITS ? this
                    : toSerial(serialText + k.getCharacter(), null));
            case BACK -> Step.stay(toSerial(serialText.isEmpty() ? "" : serialText.substring(0,
                    serialText.length() - 1), null));
            case CLEAR -> Step.stay(toSerial("", null));
            case CHOOSE -> Step.stay(choose());
            case CLOSE -> {
                Checked<Integer> ok = DoubleEntry.closing(progress());
                yield Step.stay(ok.isOk() ? toSerial("", null).asking(numbered, Ask.CLOSE)
                        : note(Notice.error(ok.problem())));
            }
            case VOID -> Step.stay(note(Notice.error(Problem.of("de.entry.noVoid"))));
            case ROOM -> Step.stay(RoomScreen.over(this, roomModel()));
            case HELP -> Step.stay(new HelpOverlay(this, DoubleEntryKeys.SERIAL));
            case LEAVE -> Step.of(this, new Effect.ToMeeting(round.meetingId(), null));
        };
    }

    private DoubleEntryScreen choose() {
        Integer chosen = serialText.isEmpty() ? suggested() : Integer.valueOf(serialText);
        if (chosen == null) {
            return note(Notice.error(Problem.of("de.entry.typeSerial", numbered)));
        }
        Checked<Integer> pass = DoubleEntry.nextPass(readings, numbered, chosen);
        if (!pass.isOk()) {
            return toSerial("", Notice.error(pass.problem()));
        }
        return new DoubleEntryScreen(meetingTitle, round, ballots, tally, readings, numbered, "", chosen,
                BallotDraft.empty(round.officials().size()), false, null, null, last,
                Notice.info("de.entry.keyMarks", chosen, pass.value()), outside);
    }

    private Step marksKey(KeyStroke k) {
        Action a = DoubleEntryKeys.MARKS.find(k).orElse(null);
        if (a == null) {
            return Step.stay(note(Notice.error(Problem.of("de.entry.unboundMarks", round.levels()))));
        }
        return switch (a) {
            case MARK -> mark(k.getCharacter() - '0');
            case BLANK -> mark(0);
            case SEVERAL -> mark(9);
            case FILL -> Step.stay(draft.wholeInvalid() || draft.isComplete() ? this
                    : marking(draft, true, Notice.info("ui.entry.fillHint", round.levels(),
                    round.officials().size() - draft.cursor())));
            case BACK_STEP -> Step.stay(draft.isEmpty() ? toSerial("", null) : marking(draft.back(), false, null));
            case COMMIT -> commit();
            case INVALID -> Step.stay(marking(draft.invalidate(), false, Notice.info("ui.entry.invalidHint")));
            case ABANDON -> Step.stay(draft.isEmpty() ? toSerial("", null) : asking(numbered, Ask.DROP));
            case LEAVE -> draft.isEmpty() ? Step.of(this, new Effect.ToMeeting(round.meetingId(), null))
                    : Step.stay(asking(numbered, Ask.LEAVE));
            case ROOM -> Step.stay(RoomScreen.over(this, roomModel()));
            case HELP -> Step.stay(new HelpOverlay(this, marksKeys()));
            default -> Step.stay(this);
        };
    }

    private Step mark(int digit) {
        Mark mark = Keypad.markOf(digit, round.levels());
        if (mark == null) {
            return Step.stay(note(Notice.error(Problem.of("ui.entry.noSuchLevel", digit, round.levels()))));
        }
        if (draft.wholeInvalid()) {
            return Step.stay(note(Notice.error(Problem.of("ui.entry.invalidAlready"))));
        }
        if (draft.isComplete()) {
            return Step.stay(note(Notice.error(Problem.of("de.entry.completeAlready", serial))));
        }
        BallotDraft next = draft.mark(mark);
        return Step.stay(marking(next, false, next.isComplete() ? Notice.info("de.entry.readyHint", serial) : null));
    }

    private Step fill(KeyStroke k) {
        EntryKeys.Filling f = EntryKeys.FILLING.find(k).orElse(null);
        if (f == null) {
            return Step.stay(note(Notice.error(Problem.of("ui.entry.fillWhich", round.levels()))));
        }
        return switch (f) {
            case HELP -> Step.stay(new HelpOverlay(this, EntryKeys.FILLING));
            case CANCEL -> Step.stay(marking(draft, false, null));
            case LEVEL -> {
                Mark mark = Keypad.markOf(k.getCharacter() - '0', round.levels());
                yield mark == null ? Step.stay(note(Notice.error(Problem.of("ui.entry.noSuchLevel",
                        k.getCharacter() - '0', round.levels()))))
                        : Step.stay(marking(Keypad.fillRest(draft, mark), false,
                        Notice.info("de.entry.readyHint", serial)));
            }
        };
    }

    private Step commit() {
        if (draft.isEmpty()) {
            return Step.stay(note(Notice.info("ui.entry.typeFirst")));
        }
        Checked<Reading> ok = DoubleEntry.accept(round, readings, numbered, serial, draft);
        if (!ok.isOk()) {
            return Step.stay(note(Notice.error(ok.problem())));
        }
        return Step.of(this, new Effect.RecordReading(round.id(), serial, numbered, draft));
    }

    /**
     * The agreed and resolved ballots only: never a reading, never the draft; over the count numbered once a
     * reading kept has fixed it.
     */
    @Override
    public RoomModel roomModel() {
        return new RoomModel(meetingTitle, RoundResult.of(round, tally), null, 0, false,
                readings.isEmpty() ? null : numbered, outside != null);
    }

    @Override
    public Step quitRequested() {
        return draft.isEmpty() ? Step.of(this, new Effect.Quit()) : Step.stay(new QuitConfirm(this, serial));
    }

    @Override
    public void draw(View v) {
        DoubleEntryView.draw(this, v);
    }
}
