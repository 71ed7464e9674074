package vn.tinnhiem.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.i18n.Messages;

/** Drawing helpers over Lanterna's text graphics, with the user's language at hand. */
public final class View {
    private final Cells g;
    private final Messages messages;

    /** A view drawing into Lanterna's text graphics (the room's window; text laid out to be measured). */
    public View(TextGraphics g, Messages messages) {
        this(new LanternaCells(g), messages);
    }

    View(Cells cells, Messages messages) {
        this.g = cells;
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    public int width() {
        return g.size().getColumns();
    }

    public int height() {
        return g.size().getRows();
    }

    public TerminalSize size() {
        return g.size();
    }

    public String t(String key, Object... args) {
        return messages.get(key, args);
    }

    public String t(Problem p) {
        return messages.get(p);
    }

    /**
     * Text cut or padded to exactly {@code width} columns: counted in the cells the screen gives it (a Chinese or
     * Korean character takes two, a combining mark none), so a column keeps its place whatever the names hold.
     */
    public static String fit(String s, int width) {
        if (width <= 0) {
            return "";
        }
        if (Canvas.oneCellEach(s)) {
            if (s.length() > width) {
                return width == 1 ? "…" : s.substring(0, width - 1) + "…";
            }
            return s + " ".repeat(width - s.length());
        }
        int cells = 0;
        for (int i = 0; i < s.length(); i++) {
            cells += Canvas.cells(s.charAt(i));
        }
        if (cells <= width) {
            return s + " ".repeat(width - cells);
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); i++) {
            int w = Canvas.cells(s.charAt(i));
            if (used + w > width - 1) {
                break;
            }
            sb.append(s.charAt(i));
            used += w;
        }
        return sb.append('…').append(" ".repeat(width - 1 - used)).toString();
    }

    public static String right(String s, int width) {
        if (s.length() >= width) {
            return s.substring(0, Math.max(0, width));
        }
        return " ".repeat(width - s.length()) + s;
    }

    public void text(int col, int row, String s) {
        if (row < 0 || row >= height() || col >= width()) {
            return;
        }
        g.put(col, row, s.length() > width() - col ? s.substring(0, Math.max(0, width() - col)) : s);
    }

    public void bold(int col, int row, String s) {
        g.enable(SGR.BOLD);
        text(col, row, s);
        g.disable(SGR.BOLD);
    }

    public void reverse(int col, int row, String s) {
        g.enable(SGR.REVERSE);
        text(col, row, s);
        g.disable(SGR.REVERSE);
    }

    public void colored(int col, int row, String s, TextColor color) {
        TextColor before = g.foreground();
        g.foreground(color);
        text(col, row, s);
        g.foreground(before);
    }

    /**
     * The title bar: product and screen name on the left, context on the right, in reverse video. When both do
     * not fit, the left is shortened (with an ellipsis) so the context, such as a round's state, stays whole.
     */
    public void title(String left, String rightText) {
        TitleLine last = lastTitle;
        if (last == null || last.width() != width() || !last.left().equals(left)
                || !java.util.Objects.equals(last.right(), rightText)) {
            String line = fit(" " + left, width());
            if (rightText != null && !rightText.isEmpty() && width() >= 40) {
                String right = rightText.length() + 12 < width() ? rightText : context(rightText, width() - 24);
                line = fit(" " + left, width() - right.length() - 2) + " " + right + " ";
            }
            last = new TitleLine(left, rightText, width(), fit(line, width()));
            lastTitle = last;
        }
        reverse(0, 0, last.line());
    }

    /** The last title bar laid out: a screen's title changes with what it shows, not with every key typed. */
    private record TitleLine(String left, String right, int width, String line) {
    }

    private static volatile TitleLine lastTitle;

    /**
     * A title bar's context too long for it ("Vòng 3 · kind · state · marks…") leaves out, in turn, the kind, then
     * the marks after the state from the first on, keeping the round, its state and the last mark (on results,
     * "DỮ LIỆU ĐÃ BỊ SỬA"): at 80 columns "Vòng 3 · ĐÃ KẾT THÚC · ẨN KẾT QUẢ VỚI PHÒNG" rather than a round whose
     * state is gone. Then only the round and its state; then cut in the middle.
     */
    static String context(String s, int width) {
        java.util.List<String> parts = new java.util.ArrayList<>(java.util.List.of(s.split(" · ")));
        String joined = s;
        if (joined.length() > width && parts.size() > 2) {
            parts.remove(1);
            joined = String.join(" · ", parts);
        }
        while (joined.length() > width && parts.size() > 3) {
            parts.remove(2);
            joined = String.join(" · ", parts);
        }
        if (joined.length() > width && parts.size() > 2) {
            joined = String.join(" · ", parts.subList(0, 2));
        }
        return joined.length() <= width ? joined : middle(joined, width);
    }

    /** Blanks whole rows, for a dialog: nothing of the screen beside or under it shows. */
    public void clearRows(int row, int h) {
        clear(0, row, width(), h);
    }

    /** The notice line just above the footer. */
    public void notice(Notice notice) {
        if (notice == null) {
            return;
        }
        String s = fit(" " + t(notice.message()), width());
        colored(0, height() - 2, s, notice.error() ? TextColor.ANSI.RED_BRIGHT : TextColor.ANSI.GREEN_BRIGHT);
    }

    /**
     * The notice over up to {@code maxRows} lines ending just above the footer, broken between words, for a long
     * text such as a file's full path; a screen using it keeps the rows above the notice line free.
     */
    public void notice(Notice notice, int maxRows) {
        if (notice == null) {
            return;
        }
        String text = t(notice.message());
        int room = width() - 1;
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > room && lines.size() < maxRows - 1) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        TextColor color = notice.error() ? TextColor.ANSI.RED_BRIGHT : TextColor.ANSI.GREEN_BRIGHT;
        int top = height() - 1 - lines.size();
        for (int i = 0; i < lines.size(); i++) {
            colored(0, top + i, fit(" " + lines.get(i), width()), color);
        }
    }

    /** Blanks a rectangle, so that a dialog drawn over a screen lets nothing of it show through. */
    public void clear(int col, int row, int w, int h) {
        for (int r = row; r < row + h; r++) {
            text(col, r, " ".repeat(Math.max(0, w)));
        }
    }

    /**
     * Text shortened in the middle to {@code width} columns ("/home/…/exports/bien-ban.html"), for a file's path
     * whose start and name both matter.
     */
    public static String middle(String s, int width) {
        if (s.length() <= width) {
            return s;
        }
        if (width < 3) {
            return fit(s, width);
        }
        int tail = (width - 1) * 2 / 3;
        int head = width - 1 - tail;
        return s.substring(0, head) + "…" + s.substring(s.length() - tail);
    }

    /** The bottom line: the screen's most important keys that fit whole, and F1 for the help with all of them. */
    public void footer(Keys<?> keys) {
        FooterLine last = lastFooter;
        // the same table most often: compared as such first (a record's equals goes through method handles)
        if (last == null || last.width() != width() || last.messages() != messages
                || last.keys() != keys && !last.keys().equals(keys)) {
            last = new FooterLine(keys, width(), messages, fit(keys.line(width(), messages::get), width()));
            lastFooter = last;
        }
        reverse(0, height() - 1, last.line());
    }

    /** The last key line laid out: a screen's keys change with its mode, not with every key typed. */
    private record FooterLine(Keys<?> keys, int width, Messages messages, String line) {
    }

    private static volatile FooterLine lastFooter;
}
