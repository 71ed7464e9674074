package vn.tinnhiem.tui;

import java.util.List;

/**
 * Esc on a meeting's form holding what was typed: the question before it is thrown away. Enter goes back without
 * saving; Esc (or n) goes back to the form, everything typed still there.
 */
record DiscardForm(MeetingFormScreen form) implements ScreenState {
    @Override
    public Step update(Msg msg) {
        if (!(msg instanceof Msg.Key k)) {
            return Step.stay(this);
        }
        Confirm.Answer a = Confirm.KEYS.find(k.stroke()).orElse(null);
        if (a == Confirm.Answer.YES) {
            return form.leave();
        }
        if (a == Confirm.Answer.NO) {
            return Step.stay(form);
        }
        return a == Confirm.Answer.HELP ? Step.stay(new HelpOverlay(this, Confirm.KEYS)) : Step.stay(this);
    }

    @Override
    public void draw(View v) {
        form.draw(v);
        Box.draw(v, v.t(form.meetingId() == null ? "ui.form.discard.titleNew" : "ui.form.discard.titleEdit"),
                List.of(v.t("ui.form.discard.body"), v.t("ui.ask.keys")));
    }

    @Override
    public Keys<?> footer() {
        return Confirm.KEYS;
    }
}
