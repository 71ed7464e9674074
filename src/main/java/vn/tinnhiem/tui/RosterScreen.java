package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
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

    enum Action { UP, DOWN, ADD, EDIT, MOVE_UP, MOVE_DOWN, REMOVE, IMPORT, HELP, BACK }

    enum Purpose { ADD, EDIT, IMPORT }

    static final Keys<Action> KEYS = Keys.of("roster",
            Binding.of("↑", "ui.key.select", 7, Action.UP, type(KeyType.ArrowUp)),
            Binding.of("↓", "ui.key.select", 7, Action.DOWN, type(KeyType.ArrowDown)),
            Binding.of("t", "ui.key.add", 1, Action.ADD, ch('t')),
            Binding.of("Enter", "ui.key.edit", 3, Action.EDIT, type(KeyType.Enter)),
            Binding.of("l", "ui.key.moveUp", 5, Action.MOVE_UP, ch('l')),
            Binding.of("h", "ui.key.moveDown", 5, Action.MOVE_DOWN, ch('h')),
            Binding.of("x", "ui.key.remove", 4, Action.REMOVE, ch('x')),
            Binding.of("Del", "ui.key.remove", 4, Action.REMOVE, type(KeyType.Delete)),
            Binding.of("n", "ui.key.import", 2, Action.IMPORT, ch('n')),
            Binding.of("F1", Keys.HELP, 0, Action.HELP, Binding.help()),
            Binding.of("q", "ui.key.back", 1, Action.BACK, ch('q')),
            Binding.of("Esc", "ui.key.back", 0, Action.BACK, type(KeyType.Escape)));

    enum ImportAs { REPLACE, APPEND, CANCEL, HELP }

    /** Importing into a roster that already has names: replace it (while no round uses it) or add to its end. */
    static final Keys<ImportAs> IMPORT_AS = Keys.of("importAs",
            Binding.of("r", "ui.key.replace", 1, ImportAs.REPLACE, ch('r')),
            Binding.of("a", "ui.key.append", 1, ImportAs.APPEND, ch('a')),
            Binding.of("Esc", "ui.key.cancel", 1, ImportAs.CANCEL, type(KeyType.Escape)),
            Binding.of("F1", Keys.HELP, 0, ImportAs.HELP, Binding.help()));

    enum Seen { CLOSE }

    static final Keys<Seen> PROBLEMS = Keys.of("problems",
            Binding.of("Esc", "ui.key.closeBox", 1, Seen.CLOSE, k -> true));

    public RosterScreen {
        roster = List.copyOf(roster);
        importProblems = List.copyOf(importProblems);
    }

    public static RosterScreen of(long meetingId, String title, String defaultFile, List<Official> roster,
                                  int selected, Notice notice) {
        int sel = Math.max(0, Math.min(selected, roster.size() - 1));
        return new RosterScreen(meetingId, title, defaultFile, roster, sel, null, false, null, List.of(), notice);
    }

    private static final Problem DROP_TYPED = Problem.of("ui.roster.dropTyped");

    /** Whether the dialog up holds something typed: a field filled in, or a name or position changed. */
    private boolean typed() {
        if (prompt.purpose() == Purpose.EDIT) {
            Official current = roster.get(selected);
            return !prompt.text(0).equals(current.fullName()) || !prompt.text(1).equals(current.position());
        }
        return prompt.fields().stream().anyMatch(f -> !f.text().isBlank());
    }

    private RosterScreen with(int sel, Prompt p, boolean confirm, Notice n) {
        return new RosterScreen(meetingId, meetingTitle, defaultFile, roster, sel, p, confirm, null, List.of(), n);
    }

    @Override
    public Keys<?> footer() {
        if (prompt != null) {
            return prompt.keys();
        }
        if (importFile != null && importProblems.isEmpty()) {
            return IMPORT_AS;
        }
        if (!importProblems.isEmpty()) {
            return PROBLEMS;
        }
        return confirmRemove ? Confirm.KEYS : KEYS;
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
        if (importFile != null) {
            ImportAs as = IMPORT_AS.find(k).orElse(null);
            if (as == null) {
                return Step.stay(this);
            }
            return switch (as) {
                case HELP -> Step.stay(new HelpOverlay(this, IMPORT_AS));
                case CANCEL -> Step.stay(with(selected, null, false, Notice.info("ui.roster.importCancelled")));
                case REPLACE, APPEND -> Step.of(with(selected, null, false, null),
                        new Effect.ImportRoster(meetingId, importFile, as == ImportAs.REPLACE));
            };
        }
        if (confirmRemove) {
            Confirm.Answer answer = Confirm.KEYS.find(k).orElse(null);
            if (answer == Confirm.Answer.HELP) {
                return Step.stay(new HelpOverlay(this, Confirm.KEYS));
            }
            if (answer == Confirm.Answer.YES) {
                Official o = roster.get(selected);
                return Step.of(with(selected, null, false, null),
                        new Effect.RemoveOfficial(meetingId, o.id(), selected));
            }
            return answer == null ? Step.stay(this) : Step.stay(with(selected, null, false, null));
        }
        if (prompt != null) {
            return switch (prompt.outcome(k)) {
                case CANCEL -> typed() && (notice == null || !DROP_TYPED.equals(notice.message()))
                        // What was typed is not dropped on one Esc (a name half typed, say): the second one drops it.
                        ? Step.stay(with(selected, prompt, false, Notice.info(DROP_TYPED.key())))
                        : Step.stay(with(selected, null, false, null));
                case SUBMIT -> submit();
                case HELP -> Step.stay(new HelpOverlay(this, prompt.keys()));
                case EDITING -> Step.stay(with(selected, prompt.edit(k), false, null));
            };
        }
        Action a = KEYS.find(k).orElse(null);
        if (a == null) {
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
                    Field.of("ui.roster.file", "")), false, null));
            case HELP -> Step.stay(new HelpOverlay(this, KEYS));
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
            if (!roster.isEmpty()) { // ask first: replace the roster or add to it
                return Step.stay(new RosterScreen(meetingId, meetingTitle, defaultFile, roster, selected, null, false,
                        file, List.of(), null));
            }
            return Step.of(with(selected, null, false, null), new Effect.ImportRoster(meetingId, file, false));
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
        for (int i = 0; i < roster.size(); i++) {
            boolean self = purpose == Purpose.EDIT && i == selected;
            if (!self && roster.get(i).fullName().equalsIgnoreCase(name.value())) {
                return Step.stay(with(selected, prompt, false, Notice.error(Problem.of("ui.roster.duplicate",
                        name.value(), i + 1))));
            }
        }
        OfficialDraft draft = new OfficialDraft(name.value(), position.value());
        Effect effect = purpose == Purpose.ADD ? new Effect.AddOfficial(meetingId, draft)
                : new Effect.EditOfficial(meetingId, roster.get(selected).id(), draft, selected);
        return Step.of(with(selected, null, false, null), effect);
    }

    @Override
    public void draw(View v) {
        v.title(v.t("ui.app.name") + " — " + v.t("ui.roster.title"), meetingTitle);
        // Every name whole and apart from its position: the column is as wide as the longest name, up to a point.
        int longest = roster.stream().mapToInt(o -> o.fullName().length()).max().orElse(0);
        int nameW = Math.max(40, Math.min(longest + 1, v.width() - 4 - 5 - 12));
        v.bold(2, 2, View.fit(v.t("ui.col.no"), 5) + View.fit(v.t("ui.col.name"), nameW) + v.t("ui.col.position"));
        if (roster.isEmpty()) {
            v.text(2, 4, v.t("ui.roster.empty"));
        }
        int lift = NoticeLines.lift(v, notice);
        int rows = v.height() - 6 - lift;
        int top = Math.max(0, selected - rows + 1);
        for (int i = top; i < roster.size() && i - top < rows; i++) {
            Official o = roster.get(i);
            String line = View.fit(String.valueOf(i + 1), 5) + View.fit(o.fullName(), nameW) + o.position();
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
            v.colored(2, v.height() - 3 - lift, View.fit(v.t("ui.roster.confirmRemove", o.fullName()), v.width() - 4),
                    TextColor.ANSI.YELLOW_BRIGHT);
        }
        if (!importProblems.isEmpty()) {
            drawProblems(v);
        } else if (importFile != null) {
            Box.draw(v, v.t("ui.roster.importAsTitle", roster.size()), List.of(View.middle(importFile, v.width() - 12),
                    v.t("ui.roster.importAsReplace"), v.t("ui.roster.importAsAppend"), v.t("ui.roster.importAsKeys")));
        }
        v.notice(notice, NoticeLines.MAX);
    }

    /**
     * Every bad line of the file, in a framed box over the list (lines broken between words); those that do not fit
     * are counted on the last line.
     */
    private void drawProblems(View v) {
        int width = Math.min(90, v.width() - 4) - 4;
        List<String> close = Box.wrap(v.t("ui.roster.problemsClose"), width);
        int more = Box.wrap(v.t("ui.roster.moreProblems", importProblems.size()), width).size();
        int room = v.height() - 2 - 4 - 1 - close.size();
        List<String> lines = new ArrayList<>();
        int shown = 0;
        for (LineProblem p : importProblems) {
            String where = p.line() == 0 ? v.t("ui.roster.wholeFile") : v.t("ui.roster.line", p.line());
            List<String> wrapped = Box.wrap(where + ": " + v.t(p.problem()), width);
            boolean last = shown == importProblems.size() - 1;
            if (lines.size() + wrapped.size() > room - (last ? 0 : more)) {
                break;
            }
            lines.addAll(wrapped);
            shown++;
        }
        if (shown < importProblems.size()) {
            lines.addAll(Box.wrap(v.t("ui.roster.moreProblems", importProblems.size() - shown), width));
        }
        lines.add("");
        lines.addAll(close);
        Box.draw(v, v.t("ui.roster.problemsTitle", View.middle(importFile, width / 2)), lines);
    }
}
