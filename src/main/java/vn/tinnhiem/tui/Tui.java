package vn.tinnhiem.tui;

import java.io.IOException;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Store;

/** Runs the text interface on the process's terminal until the chair quits. */
public final class Tui {
    private Tui() {
    }

    /** Blocks until the chair quits; the terminal is restored on every way out. */
    public static void run(Store store, Messages messages) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
