package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.DateText;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Numbers;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Quorum;
import vn.tinnhiem.domain.RoundRules;
import vn.tinnhiem.domain.Rules;
import vn.tinnhiem.domain.TextRules;

/**
 * Creating or editing a meeting: title, organising body, place, date, members summoned and present (warning
 * below the two-thirds quorum of QĐ 96), and the counting committee named in the minutes.
 */
public record MeetingFormScreen(Long meetingId, List<Field> fields, int focus, Notice notice, List<String> opened)
        implements ScreenState {
    static final int TITLE = 0;
    static final int BODY = 1;
    static final int PLACE = 2;
    static final int DATE = 3;
    static final int SUMMONED = 4;
    static final int PRESENT = 5;
    static final int COMMITTEE = 6;
    static final int COMMITTEE_ROWS = 5;
    static final int RULES = COMMITTEE + 2 * COMMITTEE_ROWS;

    enum Action { NEXT, PREVIOUS, SAVE, HELP, CANCEL }

    static final Keys<Action> KEYS = Keys.of("meetingForm",
            Binding.of("Tab/↓/Enter", "ui.key.nextField", 2, Action.NEXT,
                    type(KeyType.Tab, KeyType.ArrowDown, KeyType.Enter)),
            Binding.of("↑", "ui.key.previousField", 3, Action.PREVIOUS, type(KeyType.ReverseTab, KeyType.ArrowUp)),
            Binding.of("F2", "ui.key.save", 1, Action.SAVE, type(KeyType.F2)),
            Binding.of("F1", Keys.HELP, 0, Action.HELP, type(KeyType.F1)),
            Binding.of("Esc", "ui.key.cancel", 1, Action.CANCEL, type(KeyType.Escape)));

    public MeetingFormScreen {
        fields = List.copyOf(fields);
        opened = List.copyOf(opened);
    }

    /** A form as opened: what it holds now is also what it held then. */
    private MeetingFormScreen(Long meetingId, List<Field> fields) {
        this(meetingId, fields, 0, null, fields.stream().map(Field::text).toList());
    }

    /** Whether anything was typed or changed since the form was opened. */
    boolean changed() {
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).text().equals(opened.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Back where the form was opened from, nothing saved. */
    Step leave() {
        return Step.of(this, meetingId == null ? new Effect.ToStart(null) : new Effect.ToMeeting(meetingId, null));
    }

    public static MeetingFormScreen create(String today, String headRole, String memberRole) {
        List<Field> f = new ArrayList<>(List.of(
                Field.of("ui.meeting.title", ""), Field.of("ui.meeting.body", ""), Field.of("ui.meeting.place", ""),
                Field.of("ui.meeting.date", today), Field.number("ui.meeting.summoned", ""),
                Field.number("ui.meeting.present", "")));
        for (int i = 0; i < COMMITTEE_ROWS; i++) {
            f.add(Field.of("ui.meeting.member", ""));
            f.add(Field.of("ui.meeting.role", i == 0 ? headRole : memberRole));
        }
        f.addAll(RulesFields.of(Rules.DEFAULT));
        return new MeetingFormScreen(null, f);
    }

    public static MeetingFormScreen edit(Meeting m) {
        MeetingDetails d = m.details();
        List<Field> f = new ArrayList<>(List.of(
                Field.of("ui.meeting.title", d.title()), Field.of("ui.meeting.body", d.body()),
                Field.of("ui.meeting.place", d.place()), Field.of("ui.meeting.date", d.date()),
                Field.number("ui.meeting.summoned", String.valueOf(d.summoned())),
                Field.number("ui.meeting.present", String.valueOf(d.present()))));
        for (int i = 0; i < COMMITTEE_ROWS; i++) {
            CommitteeMember c = i < d.committee().size() ? d.committee().get(i) : null;
            f.add(Field.of("ui.meeting.member", c == null ? "" : c.name()));
            f.add(Field.of("ui.meeting.role", c == null ? "" : c.role()));
        }
        f.addAll(RulesFields.of(d.rules()));
        return new MeetingFormScreen(m.id(), f);
    }

    @Override
    public Keys<?> footer() {
        return KEYS;
    }

    private MeetingFormScreen with(List<Field> f, int newFocus, Notice n) {
        return new MeetingFormScreen(meetingId, f, newFocus, n, opened);
    }

    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.Refused r) {
            return Step.stay(with(fields, focus, Notice.error(r.problem())));
        }
        if (!(msg instanceof Msg.Key key)) {
            return Step.stay(this);
        }
        KeyStroke k = key.stroke();
        Action a = KEYS.find(k).orElse(null);
        if (a != null) {
            return switch (a) {
                case NEXT -> Step.stay(with(fields, move(1), notice));
                case PREVIOUS -> Step.stay(with(fields, move(-1), notice));
                case CANCEL -> changed() ? Step.stay(new DiscardForm(this)) : leave();
                case SAVE -> save();
                case HELP -> Step.stay(new HelpOverlay(this, KEYS));
            };
        }
        if (focus >= RULES && RulesFields.isChoice(focus - RULES)) {
            int dir = k.getKeyType() == KeyType.ArrowLeft ? -1
                    : k.getKeyType() == KeyType.ArrowRight || Binding.ch(' ').test(k) ? 1 : 0;
            if (dir != 0) {
                List<Field> f = new ArrayList<>(fields);
                f.set(focus, RulesFields.cycle(fields.get(focus), focus - RULES, dir));
                return Step.stay(with(f, focus, null));
            }
            return Step.stay(this);
        }
        if (Field.isEditKey(k)) {
            List<Field> f = new ArrayList<>(fields);
            f.set(focus, fields.get(focus).edit(k));
            return Step.stay(with(f, focus, null));
        }
        return Step.stay(this);
    }

    /** The next field in a direction, skipping the custom-rules fields unless the preset is custom. */
    private int move(int dir) {
        int i = focus;
        do {
            i += dir;
        } while (i >= RULES && i < fields.size() && !RulesFields.shown(rules(), i - RULES));
        return Math.max(0, Math.min(i, lastShown()));
    }

    private int lastShown() {
        int i = fields.size() - 1;
        while (i >= RULES && !RulesFields.shown(rules(), i - RULES)) {
            i--;
        }
        return i;
    }

    private List<Field> rules() {
        return fields.subList(RULES, RULES + RulesFields.COUNT);
    }

    private Step save() {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < RULES; i++) {
            String text = fields.get(i).text();
            Checked<?> c = switch (i) {
                case TITLE -> TextRules.required(text);
                case DATE -> DateText.check(text);
                case SUMMONED, PRESENT -> Numbers.count(text);
                default -> TextRules.optional(text);
            };
            if (!c.isOk()) {
                return Step.stay(with(fields, i, Notice.error(
                        Problem.of("ui.form.fieldProblem", Problem.of(fields.get(i).labelKey()), c.problem()))));
            }
            values.add(c.value());
        }
        List<CommitteeMember> committee = new ArrayList<>();
        for (int i = 0; i < COMMITTEE_ROWS; i++) {
            String name = (String) values.get(COMMITTEE + 2 * i);
            String role = (String) values.get(COMMITTEE + 2 * i + 1);
            if (!name.isEmpty()) {
                committee.add(new CommitteeMember(name, role));
            }
        }
        int[] bad = {0};
        Checked<Rules> rules = RulesFields.build(rules(), bad);
        if (!rules.isOk()) {
            return Step.stay(with(fields, RULES + bad[0], Notice.error(rules.problem())));
        }
        MeetingDetails details = new MeetingDetails((String) values.get(TITLE), (String) values.get(BODY),
                (String) values.get(PLACE), (String) values.get(DATE), (Integer) values.get(SUMMONED),
                (Integer) values.get(PRESENT), committee, rules.value());
        Checked<MeetingDetails> checked = RoundRules.meeting(details);
        if (!checked.isOk()) {
            return Step.stay(with(fields, PRESENT, Notice.error(checked.problem())));
        }
        return Step.of(this, new Effect.SaveMeeting(meetingId, details));
    }

    private static final int LOW_OFFSET = RulesFields.LOW;

    /** The quorum warning, when both counts are numbers and fewer than two thirds are present. */
    Problem quorumWarning() {
        Checked<Integer> summoned = Numbers.count(fields.get(SUMMONED).text());
        Checked<Integer> present = Numbers.count(fields.get(PRESENT).text());
        if (summoned.isOk() && present.isOk() && summoned.value() > 0 && present.value() <= summoned.value()
                && !Quorum.met(summoned.value(), present.value())) {
            int needed = (2 * summoned.value() + 2) / 3;
            return Problem.of("ui.meeting.noQuorum", present.value(), summoned.value(), needed);
        }
        return null;
    }

    @Override
    public void draw(View v) {
        v.title(v.t("ui.app.name") + " — " + v.t(meetingId == null ? "ui.meeting.new" : "ui.meeting.edit"), "");
        int labelW = 26;
        int boxW = Math.min(60, v.width() - labelW - 6);
        for (int i = 0; i < COMMITTEE; i++) {
            fields.get(i).draw(v, 2, 2 + i, labelW, i == SUMMONED || i == PRESENT ? 8 : boxW, focus == i);
        }
        Problem warning = quorumWarning();
        if (warning != null) {
            v.colored(2 + labelW + 10, 2 + PRESENT, v.t(warning), TextColor.ANSI.YELLOW_BRIGHT);
        }
        // Under 27 rows the blank separators go, so the custom rules' seven lines end above the notice line.
        int up = v.height() < 27 ? 1 : 0;
        v.bold(2, 9 - up, v.t("ui.meeting.committee"));
        int nameW = Math.min(34, (v.width() - 30) / 2);
        for (int i = 0; i < COMMITTEE_ROWS; i++) {
            int row = 10 - up + i;
            int idx = COMMITTEE + 2 * i;
            v.text(2, row, View.fit(v.t("ui.meeting.memberNo", i + 1), 6));
            fields.get(idx).draw(v, 8, row, 9, nameW, focus == idx);
            fields.get(idx + 1).draw(v, 8 + 9 + nameW + 2, row, 9, 22, focus == idx + 1);
        }
        int rulesTop = 17 - 2 * up;
        v.bold(2, rulesTop - 1, v.t("ui.rules.title"));
        for (int i = 0; i < RulesFields.COUNT; i++) {
            int idx = RULES + i;
            if (!RulesFields.shown(rules(), i)) {
                continue;
            }
            Field f = fields.get(idx);
            if (RulesFields.isChoice(i)) {
                String label = View.fit(v.t(f.labelKey()), labelW);
                String value = "◀ " + RulesFields.shownText(v, i, f) + " ▶";
                if (focus == idx) {
                    v.bold(2, rulesTop + i, label);
                    v.reverse(2 + labelW, rulesTop + i, value);
                } else {
                    v.text(2, rulesTop + i, label + value);
                }
            } else {
                f.draw(v, 2, rulesTop + i, labelW, i == LOW_OFFSET ? 8 : boxW, focus == idx);
            }
        }
        int hintRow = Math.min(25, v.height() - 3);
        int lastRulesRow = rulesTop;
        for (int i = 0; i < RulesFields.COUNT; i++) {
            if (RulesFields.shown(rules(), i)) {
                lastRulesRow = rulesTop + i;
            }
        }
        // A long notice takes the rows under the last field, the hint's first: never a field's.
        int noticeRows = NoticeLines.rows(v, notice, Math.max(1, Math.min(NoticeLines.MAX,
                v.height() - 2 - lastRulesRow)));
        if (hintRow > lastRulesRow && hintRow < v.height() - 1 - noticeRows) { // never over a field or the notice
            v.text(2, hintRow, View.fit(v.t("ui.meeting.hint"), v.width() - 4));
        }
        v.notice(notice, Math.max(1, noticeRows));
    }
}
