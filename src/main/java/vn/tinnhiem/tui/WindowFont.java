package vn.tinnhiem.tui;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import vn.tinnhiem.domain.Problem;

/**
 * The window's font: Noto Sans Mono, shipped inside the program (SIL Open Font License 1.1, see
 * {@code fonts/OFL.txt}), because many monospaced fonts found on meeting-room laptops lack letters such as ễ, ồ,
 * ữ, ặ; or a font installed on the computer, named with {@code --font}, with the shipped one behind it for any
 * letter it lacks.
 *
 * <p>Noto Sans Mono has every Vietnamese letter but not two symbols the screens use (⌫ and ✗); the window draws
 * them as ← and × ({@link #SUBSTITUTES}) rather than as a box.
 */
public final class WindowFont {
    public static final String BUNDLED_NAME = "Noto Sans Mono";
    static final String RESOURCE = "/fonts/NotoSansMono-Regular.ttf";

    /** Symbols of the screens that the shipped font lacks, and what the window draws instead. */
    static final Map<Character, Character> SUBSTITUTES = Map.of('⌫', '←', '✗', '×');

    /**
     * Every letter of the Vietnamese alphabet with every tone, both cases: a roster typed or imported later can
     * hold any of them, so a font is checked against all, not only the names seen so far.
     */
    public static final String VIETNAMESE_LETTERS = vietnameseLetters();

    private static Font bundled;

    private WindowFont() {
    }

    /** The shipped font at size 1 (derive the size wanted); loaded once. */
    public static synchronized Font bundled() {
        if (bundled == null) {
            try (InputStream in = WindowFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the program lacks " + RESOURCE);
                }
                bundled = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(RESOURCE + " is not a TrueType font", e);
            }
        }
        return bundled;
    }

    /** An installed font family by name, if this computer has it. */
    public static Optional<Font> installed(String family) {
        boolean present = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .anyMatch(f -> f.equalsIgnoreCase(family));
        return present ? Optional.of(new Font(family, Font.PLAIN, 1)) : Optional.empty();
    }

    /** The text as the window draws it: symbols the shipped font lacks replaced. */
    public static String substituted(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            Character sub = SUBSTITUTES.get(text.charAt(i));
            if (sub != null) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, sub);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * The first character of {@code text} (after substitution) that {@code font} cannot show, leaving out what is
     * never drawn (line ends, tabs, the byte order mark of a CSV file).
     */
    public static Optional<String> firstMissing(Font font, String text) {
        String shown = substituted(text).replaceAll("[\\p{Cc}\\uFEFF]", "");
        int at = font.canDisplayUpTo(shown);
        return at < 0 ? Optional.empty() : Optional.of(new String(Character.toChars(shown.codePointAt(at))));
    }

    /** A warning for the start screen when a font named by the chair lacks a letter, or null when it has all. */
    public static Problem check(Font font, String text) {
        return firstMissing(font, text).map(letter -> Problem.of("ui.window.fontCannotShow", font.getFamily(), letter,
                String.format("%04X", letter.codePointAt(0)))).orElse(null);
    }

    private static String vietnameseLetters() {
        String bases = "aăâeêioôơuưy";
        String tones = "\u0300\u0301\u0303\u0309\u0323";
        StringBuilder sb = new StringBuilder("đĐ");
        for (char b : bases.toCharArray()) {
            for (String base : new String[] {String.valueOf(b), String.valueOf(Character.toUpperCase(b))}) {
                sb.append(base);
                for (char t : tones.toCharArray()) {
                    sb.append(java.text.Normalizer.normalize(base + t, java.text.Normalizer.Form.NFC));
                }
            }
        }
        return sb.toString();
    }
}
