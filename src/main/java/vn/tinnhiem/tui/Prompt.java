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

    public enum Outcome { EDITING, SUBMIT, CANCEL }

    public Outcome outcome(KeyStroke k) {
        if (k.getKeyType() == KeyType.Escape) {
            return Outcome.CANCEL;
        }
        if ((k.getKeyType() == KeyType.Enter && focus == fields.size() - 1) || k.getKeyType() == KeyType.F2) {
            return Outcome.SUBMIT;
        }
        return Outcome.EDITING;
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
