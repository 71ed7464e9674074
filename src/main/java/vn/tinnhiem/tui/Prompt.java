package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;

/**
 * A small dialog over a screen: one or more fields, Enter to go on (or submit on the last), Esc to cancel.
 * {@code purpose} tells the owning screen what the answer is for.
 */
public record Prompt(String titleKey, List<Object> titleArgs, List<Field> fields, int focus, Object purpose) {
    public Prompt {
        fields = List.copyOf(fields);
        titleArgs = List.copyOf(titleArgs);
    }

    public static Prompt of(String titleKey, Object purpose, Field... fields) {
        return new Prompt(titleKey, List.of(), List.of(fields), 0, purpose);
    }

    public Prompt withTitleArgs(Object... args) {
        return new Prompt(titleKey, List.of(args), fields, focus, purpose);
    }

    public enum Outcome { EDITING, SUBMIT, CANCEL, HELP }

    enum Action { NEXT, PREVIOUS, SAVE, HELP, CANCEL }

    /** The dialog's keys; every other key edits the focused field. F1 only: {@code ?} is typed into a field. */
    static final Keys<Action> KEYS = Keys.of("prompt",
            Binding.of("Enter", "ui.key.nextOrSave", 1, Action.NEXT, Binding.type(KeyType.Enter)),
            Binding.of("Tab/↓", "ui.key.nextField", 3, Action.NEXT, Binding.type(KeyType.Tab, KeyType.ArrowDown)),
            Binding.of("↑", "ui.key.previousField", 4, Action.PREVIOUS,
                    Binding.type(KeyType.ReverseTab, KeyType.ArrowUp)),
            Binding.of("F2", "ui.key.save", 2, Action.SAVE, Binding.type(KeyType.F2)),
            Binding.of("F1", Keys.HELP, 0, Action.HELP, Binding.type(KeyType.F1)),
            Binding.of("Esc", "ui.key.cancel", 1, Action.CANCEL, Binding.type(KeyType.Escape)));

    /**
     * A dialog of one field (a ballot's number to look up, the ballots collected at close): Enter is done, there is
     * no next field to go to nor anything saved, so the footer says so. Its keys act as {@link #KEYS}.
     */
    static final Keys<Action> ONE_FIELD = Keys.of("promptOne",
            Binding.of("Enter", "ui.key.confirm", 1, Action.NEXT, Binding.type(KeyType.Enter)),
            Binding.of("F1", Keys.HELP, 0, Action.HELP, Binding.type(KeyType.F1)),
            Binding.of("Esc", "ui.key.cancel", 1, Action.CANCEL, Binding.type(KeyType.Escape)));

    /** The keys the footer and the help list for this dialog. */
    Keys<Action> keys() {
        return fields.size() == 1 ? ONE_FIELD : KEYS;
    }

    public Outcome outcome(KeyStroke k) {
        Action a = KEYS.find(k).orElse(null);
        if (a == null) {
            return Outcome.EDITING;
        }
        return switch (a) {
            case CANCEL -> Outcome.CANCEL;
            case HELP -> Outcome.HELP;
            case SAVE -> Outcome.SUBMIT;
            case NEXT -> k.getKeyType() == KeyType.Enter && focus == fields.size() - 1 ? Outcome.SUBMIT
                    : Outcome.EDITING;
            case PREVIOUS -> Outcome.EDITING;
        };
    }

    /** Moves between fields or edits the focused one. */
    public Prompt edit(KeyStroke k) {
        KeyType t = k.getKeyType();
        if (t == KeyType.Enter || t == KeyType.Tab || t == KeyType.ArrowDown) {
            return new Prompt(titleKey, titleArgs, fields, Math.min(fields.size() - 1, focus + 1), purpose);
        }
        if (t == KeyType.ReverseTab || t == KeyType.ArrowUp) {
            return new Prompt(titleKey, titleArgs, fields, Math.max(0, focus - 1), purpose);
        }
        List<Field> f = new ArrayList<>(fields);
        f.set(focus, fields.get(focus).edit(k));
        return new Prompt(titleKey, titleArgs, f, focus, purpose);
    }

    public String text(int index) {
        return fields.get(index).text();
    }

    /** Draws the dialog as a framed box in the middle of the screen. */
    public void draw(View v) {
        int w = Math.min(90, v.width() - 4);
        int h = fields.size() + 4;
        int left = (v.width() - w) / 2;
        int top = Math.max(1, (v.height() - h) / 2);
        v.clearRows(top, h);
        v.reverse(left, top, View.fit(" " + v.t(titleKey, titleArgs.toArray()), w));
        for (int i = 1; i < h; i++) {
            v.text(left, top + i, "│" + " ".repeat(w - 2) + "│");
        }
        v.text(left, top + h - 1, "└" + "─".repeat(w - 2) + "┘");
        int labelW = 0;
        for (Field f : fields) {
            labelW = Math.max(labelW, v.t(f.labelKey()).length() + 2);
        }
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).draw(v, left + 2, top + 2 + i, labelW, w - labelW - 5, i == focus);
        }
    }
}
