package vn.tinnhiem.tui;

import java.util.ArrayList;
import java.util.List;

/** A framed box over a screen, on a cleared area so nothing of the screen shows through; lines break between words. */
final class Box {
    private Box() {
    }

    static void draw(View v, String title, List<String> paragraphs) {
        int w = Math.min(90, v.width() - 4);
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs) {
            lines.addAll(wrap(p, w - 4));
        }
        int h = Math.min(lines.size() + 4, v.height() - 2);
        int left = (v.width() - w) / 2;
        int top = Math.max(1, (v.height() - 1 - h) / 2);
        v.clearRows(top, h);
        v.reverse(left, top, View.fit(" " + title, w));
        for (int i = 1; i < h - 1; i++) {
            v.text(left, top + i, "│");
            v.text(left + w - 1, top + i, "│");
        }
        v.text(left, top + h - 1, "└" + "─".repeat(w - 2) + "┘");
        for (int i = 0; i < lines.size() && i < h - 4; i++) {
            v.text(left + 2, top + 2 + i, View.fit(lines.get(i), w - 4));
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add(line.toString());
        return out;
    }
}
