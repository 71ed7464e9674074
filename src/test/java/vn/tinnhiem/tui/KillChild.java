package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.nio.file.Path;
import java.util.Random;
import vn.tinnhiem.i18n.Messages;

/**
 * A copy of tinnhiem driven by the same code path as the screen (App, effect runner, store) that records random
 * ballots as fast as it can and prints "ACK n" once the screen has acknowledged ballot n. The kill test starts it
 * as a separate process and kills it at random moments.
 */
public final class KillChild {
    private KillChild() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        try (Harness h = new Harness(db, Messages.vietnamese(), 100, 30)) {
            h.enter().enter(); // the meeting, then its open round
            if (!(h.app.state() instanceof EntryScreen first)) {
                System.out.println("NOT-ON-ENTRY " + h.app.state().getClass().getSimpleName());
                return;
            }
            int lines = first.round().officials().size();
            System.out.println("READY");
            System.out.flush();
            while (true) {
                if (random.nextInt(10) == 0) {
                    h.key(new KeyStroke('k', false, false));
                } else {
                    for (int i = 0; i < lines; i++) {
                        char c = "12300912".charAt(random.nextInt(8));
                        h.key(new KeyStroke(c, false, false));
                    }
                }
                h.enter();
                if (h.app.state() instanceof EntryScreen e && e.notice() != null
                        && e.notice().message().key().startsWith("ui.entry.recorded")) {
                    System.out.println("ACK " + e.notice().message().args().get(0));
                    System.out.flush();
                }
            }
        }
    }
}
