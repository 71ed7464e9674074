package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * A one-line text field: its label key, the text typed and the cursor. {@code suggested}: the text was put there
 * for the user, not typed, and the first character typed replaces it (as a selected text would be), so a number
 * typed over a suggested "5" reads "2", never "52". {@code digits}: a count, which takes the digits 0 to 9 only
 * (a letter typed there is not shown, rather than refused only when the dialog is saved).
 */
public record Field(String labelKey, String text, int cursor, int maxLength, boolean suggested, boolean digits) {
    /**
     * Four times what a text may hold ({@link vn.tinnhiem.domain.TextRules#MAX_LENGTH}): an overlong name, typed or
     * pasted, reaches the save whole and is refused there with a message, never cut short silently and saved cut.
     * (One character more, as it was, dropped what was typed past it without a word, and a text whose last kept
     * character was a space was saved cut, the space stripped.)
     */
    public static final int DEFAULT_MAX = 4 * vn.tinnhiem.domain.TextRules.MAX_LENGTH;

    public Field(String labelKey, String text, int cursor, int maxLength) {
        this(labelKey, text, cursor, maxLength, false, false);
    }

    /** A number put in for the user to accept with Enter or type over. */
    public static Field suggestedNumber(String labelKey, String text) {
        Field f = number(labelKey, text);
        return new Field(f.labelKey(), f.text(), f.cursor(), f.maxLength(), !f.text().isEmpty(), true);
    }

    public static Field of(String labelKey, String text) {
        String t = text == null ? "" : text;
        return new Field(labelKey, t, t.length(), DEFAULT_MAX);
    }

    public static Field number(String labelKey, String text) {
        String t = text == null ? "" : text;
        return new Field(labelKey, t, t.length(), 7, false, true);
    }

    public Field withText(String t) {
        return new Field(labelKey, t, t.length(), maxLength, false, digits);
    }

    /** The same field with this text and cursor, typed (no longer suggested). */
    private Field at(String t, int c) {
        return new Field(labelKey, t, c, maxLength, false, digits);
    }

    /** Applies an editing key; returns this field unchanged for keys it does not edit with. */
    public Field edit(KeyStroke k) {
        if (digits && k.getKeyType() == KeyType.Character && !(k.getCharacter() >= '0' && k.getCharacter() <= '9')) {
            return this;
        }
        if (suggested && k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()
                && !Character.isISOControl(k.getCharacter())) {
            return at("", 0).edit(k);
        }
        return switch (k.getKeyType()) {
            case Character -> {
                if (k.isCtrlDown() || k.isAltDown() || Character.isISOControl(k.getCharacter())
                        || text.length() >= maxLength) {
                    yield this;
                }
                String before = text.substring(0, cursor) + k.getCharacter();
                if (Character.getType(k.getCharacter()) == Character.NON_SPACING_MARK) {
                    // A mark typed after its letter (Unicode tổ hợp, as Unikey can send it): the two become the
                    // one letter they make (NFC), as the text is stored, so the field shows it in one cell.
                    before = java.text.Normalizer.normalize(before, java.text.Normalizer.Form.NFC);
                }
                yield at(before + text.substring(cursor), before.length());
            }
            case Backspace -> cursor == 0 ? this
                    : at(text.substring(0, cursor - 1) + text.substring(cursor), cursor - 1);
            case Delete -> cursor >= text.length() ? this
                    : at(text.substring(0, cursor) + text.substring(cursor + 1), cursor);
            case ArrowLeft -> at(text, Math.max(0, cursor - 1));
            case ArrowRight -> at(text, Math.min(text.length(), cursor + 1));
            case Home -> at(text, 0);
            case End -> at(text, text.length());
            default -> this;
        };
    }

    public static boolean isEditKey(KeyStroke k) {
        KeyType t = k.getKeyType();
        return (t == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()) || t == KeyType.Backspace
                || t == KeyType.Delete || t == KeyType.ArrowLeft || t == KeyType.ArrowRight || t == KeyType.Home
                || t == KeyType.End;
    }

    /** Draws "label: [text    ]" with the cursor shown when focused; returns the width used. */
    public void draw(View v, int col, int row, int labelWidth, int boxWidth, boolean focused) {
        String label = View.fit(v.t(labelKey), labelWidth);
        if (focused) {
            v.bold(col, row, label);
        } else {
            v.text(col, row, label);
        }
        int start = Math.max(0, cursor - boxWidth + 1);
        String visible = text.substring(start, Math.min(text.length(), start + boxWidth));
        String box = View.fit(visible, boxWidth);
        if (focused) {
            v.reverse(col + labelWidth, row, box);
            int c = cursor - start;
            if (c < boxWidth) {
                v.text(col + labelWidth + c, row, c < visible.length() ? String.valueOf(visible.charAt(c)) : " ");
            }
        } else {
            v.text(col + labelWidth, row, "[" + View.fit(visible, boxWidth - 2) + "]");
        }
    }
}
