package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Quorum;

/** A meeting's home: its details, its roster in short, and its rounds, each to open. */
public record MeetingScreen(Meeting meeting, List<Official> roster, List<RoundLine> rounds, int selected,
                            Notice notice, boolean confirmDelete) implements ScreenState {

    public MeetingScreen(Meeting meeting, List<Official> roster, List<RoundLine> rounds, int selected,
                         Notice notice) {
        this(meeting, roster, rounds, selected, notice, false);
    }

    enum Action { UP, DOWN, OPEN_ROUND, NEW_ROUND, ROSTER, EDIT, AUDIT, DELETE_REHEARSAL, HELP, BACK }

    static final Keys<Action> KEYS = Keys.of("meeting",
            Binding.of("↑", "ui.key.select", 6, Action.UP, type(KeyType.ArrowUp)),
            Binding.of("↓", "ui.key.select", 6, Action.DOWN, type(KeyType.ArrowDown)),
            Binding.of("Enter", "ui.key.openRound", 1, Action.OPEN_ROUND, type(KeyType.Enter)),
            Binding.of("v", "ui.key.newRound", 2, Action.NEW_ROUND, ch('v')),
            Binding.of("d", "ui.key.roster", 3, Action.ROSTER, ch('d')),
            Binding.of("s", "ui.key.editMeeting", 4, Action.EDIT, ch('s')),
            Binding.of("n", "ui.key.audit", 5, Action.AUDIT, ch('n')),
            Binding.of("x", "room.key.deleteRehearsal", 7, Action.DELETE_REHEARSAL, ch('x')),
            Binding.of("F1", Keys.HELP, 0, Action.HELP, Binding.help()),
            Binding.of("q", "ui.key.back", 1, Action.BACK, ch('q')),
            Binding.of("Esc", "ui.key.back", 0, Action.BACK, type(KeyType.Escape)));

    public MeetingScreen {
        roster = List.copyOf(roster);
        rounds = List.copyOf(rounds);
    }

    @Override
    public Keys<?> footer() {
        return confirmDelete ? Confirm.KEYS : KEYS; // asked to delete: Enter deletes, anything else keeps it
    }

    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.Refused r) {
            return Step.stay(new MeetingScreen(meeting, roster, rounds, selected, Notice.error(r.problem())));
        }
        if (!(msg instanceof Msg.Key key)) {
            return Step.stay(this);
        }
        if (confirmDelete) {
            var r = rounds.get(selected).round();
            return key.stroke().getKeyType() == KeyType.Enter
                    ? Step.of(new MeetingScreen(meeting, roster, rounds, selected, null),
                    new Effect.DeleteRehearsal(meeting.id(), r.id(), r.number()))
                    : Step.stay(new MeetingScreen(meeting, roster, rounds, selected,
                    Notice.info("room.delete.cancelled")));
        }
        Action a = KEYS.find(key.stroke()).orElse(null);
        if (a == null) {
            return Step.stay(this);
        }
        return switch (a) {
            case UP -> Step.stay(new MeetingScreen(meeting, roster, rounds, Math.max(0, selected - 1), null));
            case DOWN -> Step.stay(new MeetingScreen(meeting, roster, rounds,
                    Math.max(0, Math.min(rounds.size() - 1, selected + 1)), null));
            case OPEN_ROUND -> rounds.isEmpty()
                    ? Step.stay(new MeetingScreen(meeting, roster, rounds, selected, Notice.info("ui.meeting.noRounds")))
                    : Step.of(this, new Effect.ToRound(rounds.get(selected).round().id(), null));
            case NEW_ROUND -> roster.isEmpty()
                    ? Step.stay(new MeetingScreen(meeting, roster, rounds, selected,
                    Notice.error(vn.tinnhiem.domain.Problem.of("ui.meeting.rosterEmpty"))))
                    : Step.of(this, new Effect.ToOpenRound(meeting.id()));
            case ROSTER -> Step.of(this, new Effect.ToRoster(meeting.id()));
            case EDIT -> Step.of(this, new Effect.ToMeetingForm(meeting.id()));
            case AUDIT -> Step.of(this, new Effect.ToAudit(meeting.id()));
            case HELP -> Step.stay(new HelpOverlay(this, KEYS));
            case DELETE_REHEARSAL -> deleteRehearsal();
            case BACK -> Step.of(this, new Effect.ToStart(null));
        };
    }

    /** A rehearsal round is deleted in one step, after Enter confirms; a real round never. */
    private Step deleteRehearsal() {
        if (rounds.isEmpty()) {
            return Step.stay(new MeetingScreen(meeting, roster, rounds, selected, Notice.info("ui.meeting.noRounds")));
        }
        var r = rounds.get(selected).round();
        if (!r.rehearsal()) {
            return Step.stay(new MeetingScreen(meeting, roster, rounds, selected,
                    Notice.error(vn.tinnhiem.domain.Problem.of("room.delete.notRehearsal", r.number()))));
        }
        return Step.stay(new MeetingScreen(meeting, roster, rounds, selected,
                Notice.error(vn.tinnhiem.domain.Problem.of("room.delete.confirm", r.number())), true));
    }

    /** A labelled value over as many lines as it needs (two at most). */
    private static int wrapped(View v, int row, String label, String value) {
        int w = v.width() - 4 - 26;
        String rest = value;
        for (int line = 0; line < 3 && !rest.isEmpty(); line++) {
            int cut = rest.length() <= w ? rest.length() : Math.max(1, rest.lastIndexOf(' ', w));
            String shown = line == 2 ? View.fit(rest, w) : View.fit(rest.substring(0, cut), w); // … when cut
            v.text(2, row++, View.fit(line == 0 ? label : "", 26) + shown);
            rest = rest.substring(cut).strip();
        }
        return row;
    }

    @Override
    public void draw(View v) {
        MeetingDetails d = meeting.details();
        v.title(v.t("ui.app.name") + " — " + d.title(), d.date());
        int row = 2;
        v.text(2, row++, View.fit(v.t("ui.meeting.body"), 26) + d.body());
        v.text(2, row++, View.fit(v.t("ui.meeting.place"), 26) + d.place());
        v.text(2, row++, View.fit(v.t("ui.meeting.date"), 26) + d.date());
        String attendance = v.t("ui.meeting.attendanceValue", d.present(), d.summoned());
        v.text(2, row, View.fit(v.t("ui.meeting.attendance"), 26) + attendance);
        if (!Quorum.met(d.summoned(), d.present())) {
            // Beside the figures, whole where it fits, else shortened with "…" rather than cut at the edge.
            int col = 2 + 26 + Math.max(attendance.length() + 2, Math.min(30, v.width() - 2 - 26 - 2 - 30));
            v.colored(col, row, View.fit(v.t("ui.meeting.noQuorumShort"), Math.max(0, v.width() - col - 2)),
                    TextColor.ANSI.YELLOW_BRIGHT);
        }
        row++;
        StringBuilder committee = new StringBuilder();
        for (CommitteeMember c : d.committee()) {
            if (committee.length() > 0) {
                committee.append("; ");
            }
            committee.append(c.name()).append(c.role().isEmpty() ? "" : " (" + c.role() + ")");
        }
        row = wrapped(v, row, v.t("ui.meeting.committee"),
                committee.length() == 0 ? v.t("ui.meeting.committeeNone") : committee.toString());
        var form = d.rules().formFor(vn.tinnhiem.domain.RoundKind.RATING);
        row = wrapped(v, row, v.t("ui.meeting.rules"), v.messages().rules(form));
        if (form.customLevels()) {
            row = wrapped(v, row, "", v.t("ui.meeting.customRules", String.join("; ", form.levelNames()),
                    v.messages().level(form, form.flaggedLevel()), form.warn().text(), form.severe().text()));
        }
        v.text(2, row++, View.fit(v.t("ui.meeting.roster"), 26) + v.t("ui.meeting.rosterCount", roster.size()));
        row++;
        v.bold(2, row++, v.t("ui.meeting.rounds"));
        if (rounds.isEmpty()) {
            v.text(4, row, v.t(roster.isEmpty() ? "ui.meeting.firstRoster" : "ui.meeting.firstRound"));
        }
        int end = v.height() - 3 - NoticeLines.lift(v, notice);
        // A rehearsal's mark goes before its kind, in the kind's column made wider for every round: the columns
        // after it stay in one place down the list.
        String mark = v.t("room.mark.rehearsal") + " · ";
        int markW = 0;
        for (RoundLine l : rounds) {
            if (l.round().rehearsal()) {
                markW = cells(mark);
            }
        }
        // The state is what the chair looks for: one column at the right end, as wide as the longest state in the
        // list, so that every round's state starts in the same place. Under 100 columns the officials' count gives
        // way to the counts of ballots, and a round hidden from the room says so shortly.
        boolean wide = v.width() >= 100;
        String hidden = " · " + v.t(wide ? "room.mark.hidden" : "room.mark.hidden.short");
        int stateW = Math.max(v.t("ui.round.open").length(), v.t("ui.round.closed").length());
        for (RoundLine l : rounds) {
            var r = l.round();
            stateW = Math.max(stateW, v.t(r.isOpen() ? "ui.round.open" : "ui.round.closed").length()
                    + (r.settings().hideTallies() ? hidden.length() : 0));
        }
        stateW++;
        for (int i = 0; i < rounds.size() && row < end; i++, row++) {
            RoundLine line = rounds.get(i);
            var r = line.round();
            String state = (r.isOpen() ? v.t("ui.round.open") : v.t("ui.round.closed"))
                    + (r.settings().hideTallies() ? hidden : "");
            String left = View.fit(v.t("ui.round.name", r.number()), 9)
                    + View.fit((r.rehearsal() ? mark : "") + v.t("ui.kind." + r.kind().name()),
                    (wide ? 26 : 20) + markW)
                    + (wide ? View.fit(r.officials().isEmpty() ? "" : v.t(r.officials().size() == 1
                            ? "ui.round.officialsCount.one" : "ui.round.officialsCount", r.officials().size()), 16)
                            : "")
                    + line.counts(v.messages());
            String text = View.fit(left, v.width() - 6 - stateW) + " " + state;
            if (i == selected) {
                v.reverse(4, row, View.fit(text, v.width() - 6));
            } else {
                v.text(4, row, text);
            }
        }
        v.notice(notice, NoticeLines.MAX);
    }

    private static int cells(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Canvas.cells(s.charAt(i));
        }
        return n;
    }
}
