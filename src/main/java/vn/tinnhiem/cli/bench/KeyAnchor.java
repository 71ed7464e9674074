package vn.tinnhiem.cli.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The anchor for a key on the ballot screen: a raw-terminal + SQLite program. It reads the round's counts per line
 * and mark once (plain JDBC), puts the terminal in raw mode, and on each key (a digit: the mark for the line under
 * the cursor; Enter: the next ballot) writes the frame it shows (one line per official on screen with its counts and
 * the mark typed, the key line) in one write to the terminal. Runs on a pseudo-terminal beside tinnhiem (see
 * {@link Pty}), so both are timed the same way. Arguments: the data file, the round's id, the officials.
 */
public final class KeyAnchor {
    private static final int ROWS = 36;

    private final int[][] counts;
    private final int[] draft;
    private final OutputStream out;
    private final StringBuilder frame = new StringBuilder(16_384);
    private int cursor;

    private KeyAnchor(int[][] counts, OutputStream out) {
        this.counts = counts;
        this.draft = new int[counts.length];
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        int officials = Integer.parseInt(args[2]);
        int[][] counts = new int[officials][10];
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             PreparedStatement s = c.prepareStatement("SELECT l.line, l.mark, count(*) FROM ballot_line l "
                     + "JOIN ballot b ON b.id = l.ballot_id WHERE b.round_id = ? AND b.voided = 0 "
                     + "GROUP BY l.line, l.mark")) {
            s.setLong(1, Long.parseLong(args[1]));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts[rs.getInt(1) - 1][rs.getInt(2)] = rs.getInt(3);
                }
            }
        }
        new ProcessBuilder("sh", "-c", "stty raw -echo < /dev/tty").inheritIO().start().waitFor();
        KeyAnchor anchor = new KeyAnchor(counts, new FileOutputStream(FileDescriptor.out));
        anchor.draw();
        InputStream in = System.in;
        int b;
        while ((b = in.read()) >= 0 && b != 'q') {
            anchor.key(b);
        }
    }

    private void key(int b) throws IOException {
        if (b >= '0' && b <= '9') {
            draft[cursor] = b - '0';
            cursor = Math.min(cursor + 1, draft.length);
        } else if (b == '\r' || b == '\n') {
            cursor = 0;
        }
        draw();
    }

    private void draw() throws IOException {
        frame.setLength(0);
        int first = Math.max(0, Math.min(cursor - ROWS / 2, draft.length - (ROWS - 2)));
        for (int r = 0; r < ROWS - 2 && first + r < draft.length; r++) {
            int i = first + r;
            int[] c = counts[i];
            frame.append("\u001b[").append(r + 1).append(";1H\u001b[2K").append(i + 1).append(". Nguyễn Văn Thử ")
                    .append(i + 1).append(" | ").append(c[1]).append(" | ").append(c[2]).append(" | ").append(c[3])
                    .append(" | ").append(c[0] + c[9]).append(" | ").append(i < cursor ? (char) ('0' + draft[i]) : ' ');
        }
        frame.append("\u001b[").append(ROWS).append(";1H\u001b[2K1 2 3 0 9 ⌫ Enter Esc");
        out.write(frame.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
