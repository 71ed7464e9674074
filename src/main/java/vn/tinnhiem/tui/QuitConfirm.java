package vn.tinnhiem.tui;


/**
 * The question asked when the window is closed while a ballot is half-typed: Enter closes (the half-typed ballot
 * was never recorded and is dropped; every recorded ballot is kept), any other key goes back to typing it.
 * Closing the window a second time closes it.
 */
record QuitConfirm(ScreenState under, int ballotNumber) implements ScreenState {
    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.Key k && Confirm.KEYS.find(k.stroke()).orElse(null) == Confirm.Answer.YES) {
            return Step.of(under, new Effect.Quit());
        }
        if (msg instanceof Msg.Key) {
            return Step.stay(under);
        }
        return Step.stay(this);
    }

    @Override
    public Step quitRequested() {
        return Step.of(under, new Effect.Quit());
    }

    @Override
    public void draw(View v) {
        under.draw(v);
        String body = v.t("ui.window.quit.body", ballotNumber);
        int w = Math.min(Math.max(body.length() + 4, 40), v.width() - 4);
        int left = (v.width() - w) / 2;
        int top = Math.max(1, (v.height() - 5) / 2);
        v.reverse(left, top, View.fit(" " + v.t("ui.window.quit.title"), w));
        v.text(left, top + 1, "│" + " ".repeat(w - 2) + "│");
        v.text(left, top + 2, "│ " + View.fit(body, w - 4) + " │");
        v.text(left, top + 3, "│" + " ".repeat(w - 2) + "│");
        v.text(left, top + 4, "└" + "─".repeat(w - 2) + "┘");
    }

    @Override
    public Keys<?> footer() {
        return Confirm.KEYS;
    }

    /** The room keeps seeing the round under this screen. */
    @Override
    public RoomModel roomModel() {
        return under.roomModel();
    }
}
