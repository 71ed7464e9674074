package vn.tinnhiem.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalSize;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.i18n.Messages;

/** The keying warm-up goes the chair's whole way for every key of its ballots, at both sizes, with no file. */
class KeyingWarmUpTest {

    @Test
    void everyKeyOfEveryBallotGoesThroughTheApp() {
        int all = KeyingWarmUp.BALLOTS * KeyingWarmUp.OFFICIALS;
        assertEquals(all, KeyingWarmUp.run(Messages.vietnamese(), new TerminalSize(120, 36)));
        assertEquals(all, KeyingWarmUp.run(Messages.english(), new TerminalSize(80, 24)));
    }
}
