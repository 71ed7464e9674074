package vn.tinnhiem.tui;

import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.OfficialResult;
import vn.tinnhiem.domain.RoundResult;

/**
 * The officials as the room sees them, one block each: on the left the number, the whole name and the position,
 * wrapped between words and never cut; on the right a bar split by level, each level's count and share beside its
 * fill pattern, and after the close the flag in words.
 */
record RoomOfficials(List<Block> blocks, int nameWidth, boolean spaced) {

    /** One official's lines: left the name and position, right the bar, the counts and the flag. */
    record Block(List<String> left, List<String> right) {
        int height(boolean spaced) {
            return Math.max(left.size(), right.size()) + (spaced ? 1 : 0);
        }
    }

    static RoomOfficials of(View v, RoundResult result, int width, boolean spaced) {
        int nameW = Math.max(20, width * 36 / 100);
        int barW = Math.max(10, width - nameW - 2);
        var form = result.round().form();
        int levels = form.levels();
        boolean closed = !result.round().isOpen();
        boolean labels = barW >= 70; // narrower, the legend above names each pattern
        List<Block> blocks = new ArrayList<>();
        // Numbers right-aligned, names and positions in one column whatever the number's digits ("9." above "10.").
        int digits = String.valueOf(result.officials().size()).length();
        String indent = " ".repeat(digits + 2);
        for (int i = 0; i < result.officials().size(); i++) {
            OfficialResult r = result.officials().get(i);
            String number = String.valueOf(i + 1);
            List<String> left = new ArrayList<>();
            for (String line : Wrap.lines(r.official().fullName(), nameW - indent.length())) {
                left.add((left.isEmpty() ? " ".repeat(digits - number.length()) + number + ". " : indent) + line);
            }
            for (String line : Wrap.lines(r.official().position(), nameW - indent.length())) {
                left.add(indent + line);
            }
            List<String> right = new ArrayList<>();
            right.add(Bar.of(r.count(), levels, result.base(), barW));
            List<String> units = new ArrayList<>();
            for (int l = 1; l <= levels; l++) {
                char p = Bar.pattern(levels, l);
                units.add("" + p + p + " " + (labels ? v.messages().levelShort(form, l) + " " : "")
                        + r.count().level(l) + " · " + v.messages().percent(r.levelShares().get(l - 1)));
            }
            if (r.count().invalid() > 0) {
                units.add("" + Bar.INVALID + Bar.INVALID + " " + (labels ? v.t("ui.level.short.invalid") + " " : "")
                        + r.count().invalid() + " · " + v.messages().percent(r.invalidShare()));
            }
            right.addAll(joinWrapped(units, barW));
            if (closed && r.flag() != null) {
                right.addAll(Wrap.lines(v.t("room.flag", v.messages().flagShort(form, r.flag()),
                        v.messages().flagLong(form, r.flag())), barW));
            }
            blocks.add(new Block(left, right));
        }
        return new RoomOfficials(blocks, nameW, spaced);
    }

    /** Units joined on a line two spaces apart, a new line where the next does not fit. */
    static List<String> joinWrapped(List<String> units, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String u : units) {
            if (line.length() > 0 && line.length() + 2 + u.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append("  ");
            }
            line.append(u);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        List<String> fitted = new ArrayList<>();
        for (String l : out) {
            fitted.addAll(l.length() > width ? Wrap.lines(l, width) : List.of(l));
        }
        return fitted;
    }

    List<Integer> heights() {
        return blocks.stream().map(b -> b.height(spaced)).toList();
    }

    /** Draws blocks {@code first..end-1} from the top of the area down. */
    void draw(View v, Rect area, int first, int end) {
        int row = area.row();
        for (int i = first; i < end && row < area.bottom(); i++) {
            Block b = blocks.get(i);
            for (int k = 0; k < b.left().size() && row + k < area.bottom(); k++) {
                String text = View.fit(b.left().get(k), nameWidth);
                if (k == 0 || !b.left().get(k).startsWith("   ")) {
                    v.bold(area.col(), row + k, text);
                } else {
                    v.text(area.col(), row + k, text);
                }
            }
            int col = area.col() + nameWidth + 2;
            for (int k = 0; k < b.right().size() && row + k < area.bottom(); k++) {
                v.text(col, row + k, View.fit(b.right().get(k), area.right() - col));
            }
            row += b.height(spaced);
        }
    }
}
