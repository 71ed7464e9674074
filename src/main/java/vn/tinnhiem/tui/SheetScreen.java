package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.ControlTotals;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundCount;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.SheetCell;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.SheetLife;
import vn.tinnhiem.domain.TallySheet;
import vn.tinnhiem.tui.SheetKeys.Action;

/**
 * Keying a round's tally sheet (docs/tally-sheet.md): a grid of the ballot totals and, per official, the count of
 * each level and of invalid lines, with the control totals worked out live under it. {@code s} saves the grid as
 * the sheet's next entry (one transaction, acknowledged after the commit); keyed twice, every entry starts from a
 * blank grid until a sheet counts, so no reader sees another's numbers; once one counts the grid shows it. {@code fresh}: the next digit replaces the
 * cell's number rather than extending it. {@code ask}: a question or a refusal over the grid. The grid scrolls
 * with the cursor (see {@link SheetView}), so the state holds no screen size. {@code outside}: the store's refusal
 * once the file was changed outside tinnhiem while open, {@code null} before.
 */
public record SheetScreen(String meetingTitle, Round round, List<SheetEntry> entries, TallySheet draft,
                          SheetCell cursor, boolean fresh, Ask ask, Notice notice, Problem outside)
        implements ScreenState {

    /** What is over the grid: save or close to confirm, unsaved numbers to discard, or why the close is refused. */
    enum Ask { SAVE, CLOSE, LEAVE, QUIT, REFUSED }

    /** The largest number a cell takes: six digits, more than any meeting's ballots. */
    static final long MAX = 999_999;

    public SheetScreen {
        entries = List.copyOf(entries);
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

    public static SheetScreen of(String meetingTitle, Round round, List<SheetEntry> entries, Notice notice) {
        SheetScreen s = new SheetScreen(meetingTitle, round, entries, null, new SheetCell(0, 0), true, null,
                notice, null);
        return s.withDraft(s.startingDraft());
    }

    /**
     * The grid starts from the sheet that counts, once there is one (keyed once: the latest entry, to correct it;
     * keyed twice: the agreed or settling reading, so the chair sees the numbers the close takes). Before that,
     * keyed twice, every reader starts from blank and never sees another reader's numbers.
     */
    TallySheet startingDraft() {
        return life().counted().orElseGet(() -> TallySheet.blank(round.officials().size(), round.levels()));
    }

    /** Keyed twice, settled and every control total holding: the grid shows what counts, not to be changed. */
    boolean settled() {
        return twice() && !life().entering(round.issued()).isOk();
    }

    public SheetLife life() {
        return RoundCount.sheet(round, entries);
    }

    public boolean twice() {
        return round.settings().counting() == Counting.TALLY_SHEET_TWICE;
    }

    /** The control totals of the grid as keyed so far. */
    public List<Problem> problems() {
        return ControlTotals.check(draft, round.issued(), round.officials());
    }

    private SheetScreen withDraft(TallySheet d) {
        return new SheetScreen(meetingTitle, round, entries, d, cursor, fresh, ask, notice, outside);
    }

    private SheetScreen at(SheetCell c, boolean f, Notice n) {
        return new SheetScreen(meetingTitle, round, entries, draft, c, f, null, n, outside);
    }

    SheetScreen asking(Ask a, Notice n) {
        return new SheetScreen(meetingTitle, round, entries, draft, cursor, fresh, a, n, outside);
    }

    /** Official rows PgUp and PgDn move by. */
    static final int PAGE = 10;

    @Override
    public Keys<?> footer() {
        return ask == null ? SheetKeys.KEYS : ask == Ask.REFUSED ? SheetKeys.REFUSED : Confirm.KEYS;
    }

    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.SheetSaved s) {
            List<SheetEntry> next = new ArrayList<>(entries);
            next.add(s.entry());
            SheetScreen after = new SheetScreen(meetingTitle, round, next, draft, new SheetCell(0, 0), true, null,
                    null, outside);
            return Step.stay(after.withDraft(after.startingDraft()).noteSaved(s.entry()));
        }
        if (msg instanceof Msg.Refused r) {
            if (ChangedOutside.is(r)) {
                // Another program changed the file: nothing more is saved, and the room sees no figure.
                return Step.stay(new SheetScreen(meetingTitle, round, entries, draft, cursor, fresh, null,
                        Notice.error(r.problem()), r.problem()));
            }
            return Step.stay(asking(null, Notice.error(r.problem())));
        }
        if (msg instanceof Msg.Key k) {
            return ask != null ? answer(k.stroke()) : key(k.stroke());
        }
        return Step.stay(this);
    }

    /** What the chair reads after a save: where the sheet stands now. */
    private SheetScreen noteSaved(SheetEntry entry) {
        SheetLife life = life();
        Notice n;
        if (life instanceof SheetLife.EnteredOnce) {
            n = Notice.info("sheet.saved.first");
        } else if (life instanceof SheetLife.InConflict c) {
            n = new Notice(true, Problem.of("sheet.saved.conflict", c.differing().size()));
        } else if (life instanceof SheetLife.Agreed) {
            n = Notice.info("sheet.saved.agreed", totalsWord(life));
        } else if (life instanceof SheetLife.Resolved) {
            n = Notice.info("sheet.saved.resolved", entry.pass(), totalsWord(life));
        } else {
            n = Notice.info("sheet.saved.once", entry.pass(), totalsWord(life));
        }
        return asking(null, n);
    }

    private Problem totalsWord(SheetLife life) {
        int failing = ControlTotals.check(life.counted().orElseThrow(), round.issued()).size();
        return failing == 0 ? Problem.of("sheet.totals.hold") : Problem.of("sheet.totals.failing", failing);
    }

    private Step answer(KeyStroke k) {
        if (ask == Ask.REFUSED) {
            SheetKeys.Shown shown = SheetKeys.REFUSED.find(k).orElse(null);
            return shown == SheetKeys.Shown.HELP ? Step.stay(new HelpOverlay(this, SheetKeys.REFUSED))
                    : shown == SheetKeys.Shown.CLOSE ? Step.stay(asking(null, notice)) : Step.stay(this);
        }
        Confirm.Answer a = Confirm.KEYS.find(k).orElse(null);
        if (a == Confirm.Answer.HELP) {
            return Step.stay(new HelpOverlay(this, Confirm.KEYS));
        }
        if (a != Confirm.Answer.YES) {
            return a == null ? Step.stay(this) : Step.stay(asking(null, null));
        }
        return switch (ask) {
            case SAVE -> Step.of(asking(null, null), new Effect.SaveSheet(round.id(), draft));
            case CLOSE -> Step.of(asking(null, null), new Effect.CloseRound(round.id(),
                    life().counted().orElseThrow().collected(), null));
            case LEAVE -> Step.of(this, new Effect.ToMeeting(round.meetingId(), null));
            case QUIT -> Step.of(this, new Effect.Quit());
            case REFUSED -> Step.stay(asking(null, null));
        };
    }

    private Step key(KeyStroke k) {
        Action a = SheetKeys.KEYS.find(k).orElse(null);
        if (a == null) {
            return Step.stay(asking(null, Notice.error(Problem.of("sheet.key.unbound"))));
        }
        if ((a == Action.DIGIT || a == Action.ERASE) && settled()) {
            return Step.stay(asking(null, Notice.error(life().entering(round.issued()).problem())));
        }
        List<SheetCell> cells = draft.cells();
        int here = cells.indexOf(cursor);
        return switch (a) {
            case DIGIT -> Step.stay(digit(k.getCharacter() - '0'));
            case ERASE -> Step.stay(withDraft(draft.with(cursor, draft.value(cursor) / 10)).at(cursor, false, null));
            case NEXT -> Step.stay(at(cells.get(Math.min(cells.size() - 1, here + 1)), true, null));
            case PREVIOUS -> Step.stay(at(cells.get(Math.max(0, here - 1)), true, null));
            case UP -> Step.stay(at(row(cursor.row() - 1), true, null));
            case DOWN -> Step.stay(at(row(cursor.row() + 1), true, null));
            case PAGE_UP -> Step.stay(at(row(cursor.row() - PAGE), true, null));
            case PAGE_DOWN -> Step.stay(at(row(cursor.row() + PAGE), true, null));
            case SAVE -> save();
            case CLOSE -> close();
            case ROOM -> Step.stay(RoomScreen.over(this, roomModel()));
            case HELP -> Step.stay(new HelpOverlay(this, SheetKeys.KEYS));
            case LEAVE -> draft.equals(startingDraft()) ? Step.of(this, new Effect.ToMeeting(round.meetingId(), null))
                    : Step.stay(asking(Ask.LEAVE, null));
        };
    }

    /** The same column (or the nearest) on another row, the rows kept within the sheet. */
    private SheetCell row(int target) {
        int r = Math.max(0, Math.min(round.officials().size(), target));
        int columns = r == 0 ? SheetCell.TOTALS : round.levels() + 1;
        return new SheetCell(r, Math.min(cursor.column(), columns - 1));
    }

    private SheetScreen digit(int d) {
        long now = fresh ? d : draft.value(cursor) * 10 + d;
        if (now > MAX) {
            return asking(null, Notice.error(Problem.of("sheet.key.tooLong", MAX)));
        }
        return withDraft(draft.with(cursor, now)).at(cursor, false, null);
    }

    private Step save() {
        Checked<Integer> pass = life().entering(round.issued());
        if (!pass.isOk()) {
            return Step.stay(asking(null, Notice.error(pass.problem())));
        }
        return Step.stay(asking(Ask.SAVE, null));
    }

    private Step close() {
        Checked<TallySheet> ok = life().closing(round.issued(), round.officials());
        if (!ok.isOk()) {
            boolean totals = "sheet.close.totals".equals(ok.problem().key());
            return Step.stay(asking(totals ? Ask.REFUSED : null, Notice.error(ok.problem())));
        }
        return Step.stay(asking(Ask.CLOSE, null));
    }

    /**
     * The room sees the sheet that counts once it holds its control totals, and nothing (zeros: "waiting for the
     * tally sheet") before: a sheet the chair's screen shows failing a total (valid and invalid not adding up to
     * the ballots collected, say) would have shown the room "10/10" and its shares from figures the round cannot
     * close on.
     */
    @Override
    public RoomModel roomModel() {
        List<SheetEntry> shown = RoundCount.sheet(round, entries).counted()
                .filter(sheet -> ControlTotals.hold(sheet, round.issued())).isPresent() ? entries : List.of();
        return new RoomModel(meetingTitle, RoundResult.of(round, RoundCount.tally(round, List.of(), shown)), null,
                0, false, null, outside != null);
    }

    /** Closing the window with numbers keyed and not saved asks first. */
    @Override
    public Step quitRequested() {
        return draft.equals(startingDraft()) ? Step.of(this, new Effect.Quit())
                : Step.stay(asking(Ask.QUIT, null));
    }

    @Override
    public void draw(View v) {
        SheetView.draw(this, v);
    }
}
