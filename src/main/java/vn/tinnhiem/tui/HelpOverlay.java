package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/**
 * The help of a screen, over it: every key of its table with a sentence each, in the user's language. Drawn from
 * the same {@link Keys} the screen dispatches on. Esc (or F1, {@code ?}, {@code q}, Enter) goes back to the screen
 * exactly as it was.
 */
public record HelpOverlay(ScreenState under, Keys<?> keys) implements ScreenState {

    enum Action { CLOSE }

    private static final Keys<Action> OWN = Keys.of("help",
            Binding.of("Esc", "ui.key.closeHelp", 1, Action.CLOSE,
                    Binding.type(KeyType.Escape, KeyType.F1, KeyType.Enter).or(Binding.ch('?', 'q'))));

    @Override
    public Step update(Msg msg) {
        if (msg instanceof Msg.Key k && OWN.find(k.stroke()).isPresent()) {
            return Step.stay(under);
        }
        return Step.stay(this);
    }

    @Override
    public Keys<?> footer() {
        return OWN;
    }

    @Override
    public void draw(View v) {
        under.draw(v);
        List<Keys.Entry> entries = keys.entries();
        int keyW = 4;
        for (Keys.Entry e : entries) {
            keyW = Math.max(keyW, e.keys().length() + 2);
        }
        int w = Math.min(96, v.width() - 4);
        int textW = w - keyW - 4;
        // Each sentence wrapped onto as many lines as it needs, while the whole help fits on the screen;
        // otherwise one line each, cut, so that every key is still listed.
        int room = v.height() - 6;
        List<List<String>> texts = new java.util.ArrayList<>();
        int total = 0;
        for (Keys.Entry e : entries) {
            List<String> lines = Wrap.lines(v.t(e.helpKey()), textW);
            texts.add(lines);
            total += lines.size();
        }
        boolean wrap = total <= room;
        int rows = wrap ? total : Math.min(entries.size(), room);
        int h = rows + 4;
        int left = (v.width() - w) / 2;
        int top = Math.max(1, (v.height() - 1 - h) / 2);
        v.clearRows(top, h);
        v.reverse(left, top, View.fit(" " + v.t("ui.help.title"), w));
        for (int i = 1; i < h - 1; i++) {
            v.text(left, top + i, "│");
            v.text(left + w - 1, top + i, "│");
        }
        v.text(left, top + h - 1, "└" + "─".repeat(w - 2) + "┘");
        int row = 0;
        for (int i = 0; i < entries.size() && row < rows; i++) {
            Keys.Entry e = entries.get(i);
            v.bold(left + 2, top + 2 + row, View.fit(e.keys(), keyW));
            List<String> lines = wrap ? texts.get(i) : List.of(v.t(e.helpKey()));
            for (String line : lines) {
                v.text(left + 2 + keyW, top + 2 + row, View.fit(line, textW));
                row++;
            }
        }
    }

    /** The room keeps seeing the round under this screen. */
    @Override
    public RoomModel roomModel() {
        return under.roomModel();
    }
}
