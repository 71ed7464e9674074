package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.googlecode.lanterna.TerminalSize;
import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.cli.Main;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * The real window on a real display (Xvfb in CI): it opens on the start screen, takes keys typed into it, a
 * ballot typed there is committed, and closing the window keeps it, asking first while a ballot is half-typed.
 * Skipped where there is no display.
 */
class WindowTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void meetingWithTheSampleRoster() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display (DISPLAY unset): the window test is skipped");
        db = dir.resolve("hdnd.db");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int code = Main.run(new String[] {"new", "--db", db.toString(), "--title", "Kỳ họp thứ 12 HĐND tỉnh",
                "--summoned", "50", "--present", "48", "--roster", "data/danh-sach-mau.csv"}, quiet, quiet, dir);
        assertThat(code).isZero();
    }

    @Test
    void aBallotTypedInTheWindowIsCommittedAndClosingTheWindowKeepsIt() throws Exception {
        try (JdbiStore store = Database.open(db, Clock.systemDefaultZone())) {
            WindowTui.Session s = WindowTui.open(store, Messages.vietnamese(), db, dir, new WindowTui.Choice(null, 14));
            Thread loop = run(s);
            try {
                waitFor(s, t -> t.contains("Kỳ họp thứ 12 HĐND tỉnh"));
                type(s, "\n");
                waitFor(s, t -> t.contains("v Vòng mới") || t.contains("Vòng"));
                type(s, "v");
                waitFor(s, t -> t.contains("Lấy phiếu tín nhiệm (3 mức)"));
                type(s, "\n");
                waitFor(s, t -> t.contains("Đã mở vòng 1"));
                type(s, "123123123123\n");
                waitFor(s, t -> t.contains("Đã nhập 1"));
                type(s, "22");
                waitFor(s, t -> t.contains("Phiếu số 2: 22"));
                close(s);
                waitFor(s, t -> t.contains("Đóng cửa sổ?") && t.contains("Phiếu số 2 đang nhập dở"));
                type(s, "\u001b"); // Esc: back to typing, the ballot as it was
                waitFor(s, t -> t.contains("Phiếu số 2: 22") && !t.contains("Đóng cửa sổ?"));
                close(s);
                waitFor(s, t -> t.contains("Đóng cửa sổ?"));
                type(s, "\n");
                loop.join(10_000);
                assertThat(loop.isAlive()).as("the loop ended").isFalse();
            } finally {
                s.close();
            }
            assertThat(store.ballots(1)).hasSize(1);
            assertThat(store.ballots(1).get(0).number()).isEqualTo(1);
        }
        assertThat(Files.readString(WindowSettings.beside(db))).contains("fontSize=14");
    }

    @Test
    void closingWithNothingHalfTypedClosesAtOnceAndTheFontSizeFollowsTheKeys() throws Exception {
        try (JdbiStore store = Database.open(db, Clock.systemDefaultZone())) {
            WindowTui.Session s = WindowTui.open(store, Messages.vietnamese(), db, dir, new WindowTui.Choice(null, 14));
            Thread loop = run(s);
            try {
                waitFor(s, t -> t.contains("Kỳ họp thứ 12 HĐND tỉnh"));
                TerminalSize before = s.screen().getTerminalSize();
                press(s, KeyEvent.VK_EQUALS, KeyEvent.CTRL_DOWN_MASK);
                press(s, KeyEvent.VK_EQUALS, KeyEvent.CTRL_DOWN_MASK);
                waitFor(s, t -> s.window().fontSize() == 16 && t.contains("Kỳ họp thứ 12 HĐND tỉnh")
                        && s.screen().getTerminalSize().getColumns() < before.getColumns());
                press(s, KeyEvent.VK_0, KeyEvent.CTRL_DOWN_MASK);
                waitFor(s, t -> s.window().fontSize() == 14 && t.contains("Kỳ họp thứ 12 HĐND tỉnh"));
                press(s, KeyEvent.VK_MINUS, KeyEvent.CTRL_DOWN_MASK);
                waitFor(s, t -> s.window().fontSize() == 13 && t.contains("Kỳ họp thứ 12 HĐND tỉnh"));
                close(s);
                loop.join(10_000);
                assertThat(loop.isAlive()).as("the loop ended").isFalse();
            } finally {
                s.close();
            }
        }
        assertThat(Files.readString(WindowSettings.beside(db))).contains("fontSize=13").contains("width=");
    }

    private static final AtomicReference<Throwable> FAILURE = new AtomicReference<>();

    private static Thread run(WindowTui.Session s) {
        AtomicReference<Throwable> failure = FAILURE;
        Thread t = new Thread(() -> {
            try {
                s.app().loop();
            } catch (Exception | Error e) {
                failure.set(e);
            }
        }, "window-loop");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Types the text as the keyboard would: a key typed per character, Enter and Esc as keys pressed. */
    private static void type(WindowTui.Session s, String text) throws Exception {
        for (char c : text.toCharArray()) {
            SwingUtilities.invokeAndWait(() -> {
                var comp = s.window().component();
                long now = System.currentTimeMillis();
                if (c == '\n' || c == '\u001b') {
                    int code = c == '\n' ? KeyEvent.VK_ENTER : KeyEvent.VK_ESCAPE;
                    comp.dispatchEvent(new KeyEvent(comp, KeyEvent.KEY_PRESSED, now, 0, code, c));
                    comp.dispatchEvent(new KeyEvent(comp, KeyEvent.KEY_TYPED, now, 0, KeyEvent.VK_UNDEFINED, c));
                } else {
                    comp.dispatchEvent(new KeyEvent(comp, KeyEvent.KEY_TYPED, now, 0, KeyEvent.VK_UNDEFINED, c));
                }
            });
        }
    }

    private static void press(WindowTui.Session s, int code, int modifiers) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            var comp = s.window().component();
            comp.dispatchEvent(new KeyEvent(comp, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), modifiers, code,
                    KeyEvent.CHAR_UNDEFINED));
        });
    }

    private static void close(WindowTui.Session s) throws Exception {
        SwingUtilities.invokeAndWait(() -> s.window().frame().dispatchEvent(
                new WindowEvent(s.window().frame(), WindowEvent.WINDOW_CLOSING)));
    }

    /** What the screen last drew, one line per row. */
    private static String text(WindowTui.Session s) {
        return s.app().shown();
    }

    private static void waitFor(WindowTui.Session s, Predicate<String> shown) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        String last = "";
        while (System.nanoTime() < end) {
            last = text(s);
            if (shown.test(last)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the window never showed what was expected (font size " + s.window().fontSize()
                + ", grid " + s.screen().getTerminalSize() + ", loop failure " + FAILURE.get() + ", quitting "
                + s.app().quitting() + "); it shows:\n" + last);
    }
}
