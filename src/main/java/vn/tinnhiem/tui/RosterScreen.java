package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.LineProblem;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.TextRules;

/**
 * The roster in ballot order (the order of rank the organisers give, never alphabetical): add, edit, move,
 * remove while no round uses the official, or import from a CSV file.
 */
public record RosterScreen(long meetingId, String meetingTitle, String defaultFile, List<Official> roster,
                           int selected, Prompt prompt, boolean confirmRemove, String importFile,
                           List<LineProblem> importProblems, Notice notice) implements ScreenState {

    enum Action { UP, DOWN, ADD, EDIT, MOVE_UP, MOVE_DOWN, REMOVE, IMPORT, BACK }

    enum Purpose { ADD, EDIT, IMPORT }

    private static final List<Binding> KEYS = List.of(
            Binding.of("↑↓", "ui.key.select", Action.UP, type(KeyType.ArrowUp)),
            Binding.of(null, null, Action.DOWN, type(KeyType.ArrowDown)),
            Binding.of("t", "ui.key.add", Action.ADD, ch('t')),
            Binding.of("Enter", "ui.key.edit", Action.EDIT, type(KeyType.Enter)),
            Binding.of("l", "ui.key.moveUp", Action.MOVE_UP, ch('l')),
            Binding.of("h", "ui.key.moveDown", Action.MOVE_DOWN, ch('h')),
            Binding.of("x", "ui.key.remove", Action.REMOVE, ch('x')),
            Binding.of(null, null, Action.REMOVE, type(KeyType.Delete)),
            Binding.of("n", "ui.key.import", Action.IMPORT, ch('n')),
            Binding.of("q", "ui.key.back", Action.BACK, ch('q')),
            Binding.of(null, null, Action.BACK, type(KeyType.Escape)));

    private static final List<Binding> PROMPT_KEYS = List.of(
            Binding.of("Enter", "ui.key.nextOrSave", null, k -> false),
            Binding.of("Esc", "ui.key.cancel", null, k -> false));

    private static final List<Binding> CONFIRM_KEYS = List.of(
            Binding.of("Enter", "ui.key.confirm", null, k -> false),
            Binding.of("Esc", "ui.key.cancel", null, k -> false));

    public RosterScreen {
        roster = List.copyOf(roster);
        importProblems = List.copyOf(importProblems);
    }

    public static RosterScreen of(long meetingId, String title, String defaultFile, List<Official> roster,
                                  int selected, Notice notice) {
        int sel = Math.max(0, Math.min(selected, roster.size() - 1));
        return new RosterScreen(meetingId, title, defaultFile, roster, sel, null, false, null, List.of(), notice);
    }

    private RosterScreen with(int sel, Prompt p, boolean confirm, Notice n) {
        return new RosterScreen(meetingId, meetingTitle, defaultFile, roster, sel, p, confirm, null, List.of(), n);
    }

    @Override
    public List<Binding> footer() {
        if (prompt != null) {
            return PROMPT_KEYS;
        }
        if (confirmRemove || !importProblems.isEmpty()) {
            return CONFIRM_KEYS;
        }
        return KEYS;
    }

    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.Refused r) {
            return Step.stay(new RosterScreen(meetingId, meetingTitle, defaultFile, roster, selected, prompt, false,
                    null, List.of(), Notice.error(r.problem())));
        }
        if (msg instanceof Msg.RosterChanged c) {
            return Step.stay(RosterScreen.of(meetingId, meetingTitle, defaultFile, c.roster(), c.selected(),
                    Notice.infoOrNull(c.notice())));
        }
        if (msg instanceof Msg.ImportRefused f) {
            return Step.stay(new RosterScreen(meetingId, meetingTitle, defaultFile, roster, selected, null, false,
                    f.file(), f.problems(), Notice.error(Problem.of("ui.roster.importRefused", f.problems().size()))));
        }
        if (msg instanceof Msg.Key k) {
            return key(k.stroke());
        }
        return Step.stay(this);
    }

    private Step key(KeyStroke k) {
        if (!importProblems.isEmpty()) {
            return Step.stay(with(selected, null, false, notice));
        }
        if (confirmRemove) {
            if (k.getKeyType() == KeyType.Enter) {
                Official o = roster.get(selected);
                return Step.of(with(selected, null, false, null),
                        new Effect.RemoveOfficial(meetingId, o.id(), selected));
            }
            return Step.stay(with(selected, null, false, null));
        }
        if (prompt != null) {
            return switch (prompt.outcome(k)) {
                case CANCEL -> Step.stay(with(selected, null, false, null));
                case SUBMIT -> submit();
                case EDITING -> Step.stay(with(selected, prompt.edit(k), false, null));
            };
        }
        Object action = Binding.find(KEYS, k).orElse(null);
        if (!(action instanceof Action a)) {
            return Step.stay(this);
        }
        boolean empty = roster.isEmpty();
        Official current = empty ? null : roster.get(selected);
        return switch (a) {
            case UP -> Step.stay(with(Math.max(0, selected - 1), null, false, null));
            case DOWN -> Step.stay(with(Math.max(0, Math.min(roster.size() - 1, selected + 1)), null, false, null));
            case ADD -> Step.stay(with(selected, Prompt.of("ui.roster.addTitle", Purpose.ADD,
                    Field.of("ui.roster.name", ""), Field.of("ui.roster.position", "")), false, null));
            case EDIT -> empty ? Step.stay(this) : Step.stay(with(selected, Prompt.of("ui.roster.editTitle",
                    Purpose.EDIT, Field.of("ui.roster.name", current.fullName()),
                    Field.of("ui.roster.position", current.position())), false, null));
            case MOVE_UP, MOVE_DOWN -> {
                int delta = a == Action.MOVE_UP ? -1 : 1;
                int target = selected + delta;
                if (empty || target < 0 || target >= roster.size()) {
                    yield Step.stay(this);
                }
                yield Step.of(this, new Effect.MoveOfficial(meetingId, current.id(), delta, target));
            }
            case REMOVE -> empty ? Step.stay(this) : Step.stay(with(selected, null, true, null));
            case IMPORT -> Step.stay(with(selected, Prompt.of("ui.roster.importTitle", Purpose.IMPORT,
                    Field.of("ui.roster.file", defaultFile)), false, null));
            case BACK -> Step.of(this, new Effect.ToMeeting(meetingId, null));
        };
    }

    private Step submit() {
        Purpose purpose = (Purpose) prompt.purpose();
        if (purpose == Purpose.IMPORT) {
            String file = prompt.text(0).strip();
            if (file.isEmpty()) {
                return Step.stay(with(selected, prompt, false, Notice.error(Problem.of("ui.roster.fileEmpty"))));
            }
            return Step.of(with(selected, null, false, null), new Effect.ImportRoster(meetingId, file));
        }
        Checked<String> name = TextRules.personName(prompt.text(0));
        if (!name.isOk()) {
            return Step.stay(with(selected, prompt, false, Notice.error(
                    Problem.of("ui.form.fieldProblem", Problem.of("ui.roster.name"), name.problem()))));
        }
        Checked<String> position = TextRules.required(prompt.text(1));
        if (!position.isOk()) {
            return Step.stay(with(selected, prompt, false, Notice.error(
                    Problem.of("ui.form.fieldProblem", Problem.of("ui.roster.position"), position.problem()))));
        }
        OfficialDraft draft = new OfficialDraft(name.value(), position.value());
        Effect effect = purpose == Purpose.ADD ? new Effect.AddOfficial(meetingId, draft)
                : new Effect.EditOfficial(meetingId, roster.get(selected).id(), draft, selected);
        return Step.of(with(selected, null, false, null), effect);
    }

    @Override
    public void draw(View v) {
        v.title(v.t("ui.app.name") + " — " + v.t("ui.roster.title"), meetingTitle);
        v.bold(2, 2, View.fit(v.t("ui.col.no"), 5) + View.fit(v.t("ui.col.name"), 40) + v.t("ui.col.position"));
        if (roster.isEmpty()) {
            v.text(2, 4, v.t("ui.roster.empty"));
        }
        int rows = v.height() - 6;
        int top = Math.max(0, selected - rows + 1);
        for (int i = top; i < roster.size() && i - top < rows; i++) {
            Official o = roster.get(i);
            String line = View.fit(String.valueOf(i + 1), 5) + View.fit(o.fullName(), 40) + o.position();
            if (i == selected && prompt == null) {
                v.reverse(2, 3 + i - top, View.fit(line, v.width() - 4));
            } else {
                v.text(2, 3 + i - top, View.fit(line, v.width() - 4));
            }
        }
        if (prompt != null) {
            prompt.draw(v);
        }
        if (confirmRemove && !roster.isEmpty()) {
            Official o = roster.get(selected);
            v.colored(2, v.height() - 3, View.fit(v.t("ui.roster.confirmRemove", o.fullName()), v.width() - 4),
                    TextColor.ANSI.YELLOW_BRIGHT);
        }
        if (!importProblems.isEmpty()) {
            drawProblems(v);
        }
        v.notice(notice);
    }

    private void drawProblems(View v) {
        int w = v.width() - 6;
        int top = 3;
        v.reverse(3, top, View.fit(" " + v.t("ui.roster.problemsTitle", importFile), w));
        int max = v.height() - top - 5;
        for (int i = 0; i < importProblems.size() && i < max; i++) {
            LineProblem p = importProblems.get(i);
            String where = p.line() == 0 ? v.t("ui.roster.wholeFile") : v.t("ui.roster.line", p.line());
            v.text(3, top + 1 + i, View.fit(" " + where + ": " + v.t(p.problem()), w));
        }
        if (importProblems.size() > max) {
            v.text(3, top + 1 + max, View.fit(" " + v.t("ui.roster.moreProblems", importProblems.size() - max), w));
        }
    }
}
