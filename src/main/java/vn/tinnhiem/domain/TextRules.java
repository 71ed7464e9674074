package vn.tinnhiem.domain;

import java.text.Normalizer;

/**
 * What a name, a position or a title may hold: printable letters, digits, punctuation and spaces, stored in
 * Unicode NFC with spaces trimmed and collapsed. Control characters, emoji and other symbols are refused: they
 * cannot be printed in the minutes and no official's name carries them.
 */
public final class TextRules {
    public static final int MAX_LENGTH = 200;

    private TextRules() {
    }

    /** A required field: refused when empty after trimming. */
    public static Checked<String> required(String raw) {
        Checked<String> cleaned = optional(raw);
        if (cleaned.isOk() && cleaned.value().isEmpty()) {
            return Checked.refused("error.text.empty");
        }
        return cleaned;
    }

    /**
     * A person's name: required, and written in one script. "Nguyễn Văn An" with a Cyrillic "а" looks the same on
     * screen and paper but is another string: accepting it would list one official twice.
     */
    public static Checked<String> personName(String raw) {
        Checked<String> name = required(raw);
        if (!name.isOk()) {
            return name;
        }
        java.util.Set<Character.UnicodeScript> scripts = java.util.EnumSet.noneOf(Character.UnicodeScript.class);
        name.value().codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .filter(s -> s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED)
                .forEach(scripts::add);
        if (scripts.size() > 1) {
            return Checked.refused("files.name.mixedScripts", String.join(" + ",
                    scripts.stream().map(s -> s.name().charAt(0) + s.name().substring(1).toLowerCase(
                            java.util.Locale.ROOT)).toList()));
        }
        return name;
    }

    /** An optional field: empty is fine, anything else follows the same rules as a required one. */
    public static Checked<String> optional(String raw) {
        if (raw == null) {
            return Checked.ok("");
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        String collapsed = nfc.replaceAll("[ \\t\\u00A0]+", " ").strip();
        if (collapsed.codePointCount(0, collapsed.length()) > MAX_LENGTH) {
            return Checked.refused("error.text.tooLong", MAX_LENGTH);
        }
        int bad = collapsed.codePoints().filter(cp -> !allowed(cp)).findFirst().orElse(-1);
        if (bad >= 0) {
            return Checked.refused("error.text.badChar", String.format("U+%04X", bad));
        }
        return Checked.ok(collapsed);
    }

    /** Letters (with their combining marks), digits, punctuation, the space, and ordinary currency/math signs. */
    static boolean allowed(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                 Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
                 Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
                 Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                 Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL -> cp < 0x10000;
            case Character.SPACE_SEPARATOR -> cp == ' ';
            default -> false;
        };
    }
}
