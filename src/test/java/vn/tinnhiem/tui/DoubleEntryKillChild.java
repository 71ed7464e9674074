package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.nio.file.Path;
import java.util.Random;
import vn.tinnhiem.domain.DoubleEntryProgress;
import vn.tinnhiem.i18n.Messages;

/**
 * A copy of tinnhiem keying a double-entry round through the screen's own path (App, effect runner, store) as
 * fast as it can: each step takes the first serial missing, entered once or in conflict (at random, so the passes
 * interleave), types its marks (the same for a serial in every pass, now and then with a slip) and prints
 * "ACK serial pass" once the screen has acknowledged the reading. {@link DoubleEntryKillTest} kills it.
 */
public final class DoubleEntryKillChild {
    static final int NUMBERED = 5000;

    private DoubleEntryKillChild() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        try (Harness h = new Harness(db, Messages.vietnamese(), 100, 30)) {
            h.enter().enter(); // the meeting, then its open round
            if (h.app.state() instanceof DoubleEntryScreen s && s.prompt() != null) {
                h.type(String.valueOf(NUMBERED)).enter().enter(); // the count, then yes to its check
            }
            if (!(h.app.state() instanceof DoubleEntryScreen first) || first.numbered() == null) {
                System.out.println("NOT-ON-DOUBLE-ENTRY " + h.app.state().getClass().getSimpleName());
                return;
            }
            int lines = first.round().officials().size();
            System.out.println("READY");
            System.out.flush();
            while (true) {
                DoubleEntryProgress p = ((DoubleEntryScreen) h.app.state()).progress();
                int pick = random.nextInt(3);
                Integer serial = pick == 0 && !p.once().isEmpty() ? p.once().get(0)
                        : pick == 1 && !p.conflicts().isEmpty() ? p.conflictSerials().get(0)
                        : p.missing().isEmpty() ? null : p.missing().get(0);
                if (serial == null) {
                    continue;
                }
                h.type(String.valueOf(serial)).enter();
                Random truth = new Random(serial);
                boolean slip = random.nextInt(6) == 0;
                for (int i = 0; i < lines; i++) {
                    char c = "12300912".charAt(truth.nextInt(8));
                    h.key(new KeyStroke(slip && i == 0 ? (c == '1' ? '2' : '1') : c, false, false));
                }
                h.enter();
                if (h.app.state() instanceof DoubleEntryScreen e && e.notice() != null && e.last() != null
                        && e.notice().message().key().startsWith("de.kept")) {
                    System.out.println("ACK " + e.last().serial() + " " + e.last().pass());
                    System.out.flush();
                }
            }
        }
    }
}
