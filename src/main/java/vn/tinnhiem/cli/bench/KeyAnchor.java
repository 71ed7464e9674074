package vn.tinnhiem.cli.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.Mark;

/**
 * The anchor for a key on the ballot screen: a raw-terminal program that keeps the tally and the ballot being
 * typed in arrays (read once from SQLite), and on each key writes the whole frame it shows (one line per
 * official with its counts and the mark typed, the cursor) into a buffer, flushed once.
 */
final class KeyAnchor {
    private final int[][] counts;
    private final int[] draft;
    private final int rows;
    private final OutputStream out;
    private final StringBuilder frame = new StringBuilder(16_384);
    private int cursor;

    KeyAnchor(List<Ballot> ballots, int officials, int rows, OutputStream out) {
        this.counts = new int[officials][10];
        this.draft = new int[officials];
        this.rows = rows;
        this.out = out;
        for (Ballot b : ballots) {
            if (!b.voided()) {
                int i = 0;
                for (Mark m : b.marks()) {
                    counts[i++][m.code()]++;
                }
            }
        }
    }

    /** One key: the mark for the line under the cursor, then the frame. */
    void key(int code) throws IOException {
        draft[cursor] = code;
        cursor = (cursor + 1) % draft.length;
        frame.setLength(0);
        frame.append("\u001b[H");
        int first = Math.max(0, Math.min(cursor - rows / 2, draft.length - (rows - 2)));
        for (int r = 0; r < rows - 2 && first + r < draft.length; r++) {
            int i = first + r;
            int[] c = counts[i];
            frame.append("\u001b[").append(r + 1).append(";1H\u001b[2K").append(i + 1).append(". Nguyễn Văn Thử ")
                    .append(i + 1).append(" | ").append(c[1]).append(" | ").append(c[2]).append(" | ").append(c[3])
                    .append(" | ").append(c[0] + c[9]).append(" | ").append(i < cursor ? (char) ('0' + draft[i]) : ' ');
        }
        frame.append("\u001b[").append(rows).append(";1H\u001b[2K1 2 3 0 9 ⌫ Enter Esc");
        out.write(frame.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
