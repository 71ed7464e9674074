package vn.tinnhiem.tui;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.Random;
import vn.tinnhiem.i18n.Messages;

/**
 * A copy of tinnhiem on the tally-sheet screen, driven through the same code path as the chair's keys: it keys
 * random numbers into the grid cell after cell, saves now and then, and prints "ACK pass sheet END" once the screen
 * has acknowledged a saved entry. {@link SheetKillTest} kills it in the middle of a pass.
 */
public final class SheetKillChild {
    private SheetKillChild() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        try (Harness h = new Harness(db, Messages.vietnamese(), 100, 30)) {
            h.enter().enter(); // the meeting, then its open round
            if (!(h.app.state() instanceof SheetScreen)) {
                System.out.println("NOT-ON-SHEET " + h.app.state().getClass().getSimpleName());
                return;
            }
            System.out.println("READY");
            System.out.flush();
            while (true) {
                for (int cell = 0; cell < 1 + random.nextInt(12); cell++) {
                    h.type(String.valueOf(random.nextInt(60)));
                    h.key(random.nextInt(5) == 0 ? KeyType.ArrowDown : KeyType.Enter);
                }
                if (random.nextInt(3) == 0) {
                    h.type("s").enter();
                    if (h.app.state() instanceof SheetScreen s && s.notice() != null
                            && s.notice().message().key().equals("sheet.saved.once")) {
                        SheetScreen after = (SheetScreen) h.app.state();
                        System.out.println("ACK " + s.notice().message().args().get(0) + " "
                                + after.entries().get(after.entries().size() - 1).sheet().encode() + " END");
                        System.out.flush();
                    }
                }
            }
        }
    }

}
