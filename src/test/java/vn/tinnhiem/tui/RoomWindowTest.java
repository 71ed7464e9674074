package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.cli.Main;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * The room's own window on a real display (Xvfb in CI): {@code p} on the keying screen opens it beside the chair's
 * window, which keeps the ballot being typed; a ballot committed in the chair's window shows in the room's, a
 * half-typed one never does; {@code p} typed in the room's window, or its close button, closes it. Skipped where
 * there is no display.
 */
class RoomWindowTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void meetingWithTheSampleRoster() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display (DISPLAY unset): the room's window test is skipped");
        db = dir.resolve("hdnd.db");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int code = Main.run(new String[] {"new", "--db", db.toString(), "--title", "Kỳ họp thứ 12 HĐND tỉnh",
                "--summoned", "50", "--present", "48", "--roster", "data/danh-sach-mau.csv"}, quiet, quiet, dir);
        assertThat(code).isZero();
    }

    @Test
    void theRoomSeesCommittedBallotsAndNeverTheOneBeingTyped() throws Exception {
        try (JdbiStore store = Database.open(db, Clock.systemDefaultZone())) {
            WindowTui.Session s = WindowTui.open(store, Messages.vietnamese(), db, dir, new WindowTui.Choice(null, 14));
            Thread loop = run(s);
            try {
                waitFor(s, () -> chair(s).contains("Kỳ họp thứ 12 HĐND tỉnh"), "the start screen");
                type(s, "\n");
                type(s, "v");
                waitFor(s, () -> chair(s).contains("Lấy phiếu tín nhiệm (3 mức)"), "the round's form");
                type(s, "\n");
                waitFor(s, () -> chair(s).contains("Đã mở vòng 1"), "the keying screen");
                type(s, "123123123123\n");
                waitFor(s, () -> chair(s).contains("Đã nhập 1"), "ballot 1 recorded");
                type(s, "22");
                waitFor(s, () -> chair(s).contains("Phiếu số 2: 22"), "ballot 2 half-typed");

                type(s, "p");
                waitFor(s, () -> s.app().projector().isOpen() && room(s).contains("Hợp lệ 1 · không hợp lệ 0"),
                        "the room's window with ballot 1");
                RoomWindow room = s.app().projector().window();
                assertThat(room.window().frame()).isNotSameAs(s.window().frame());
                assertThat(room.window().frame().isShowing()).isTrue();
                assertThat(s.window().frame().isShowing()).isTrue();
                assertThat(room.window().fontSize()).as("the room's text is larger than the chair's")
                        .isGreaterThan(s.window().fontSize());
                // the chair's window keeps its keying screen and the half-typed ballot (read once the chair's
                // window has redrawn: the room's window opening beside it may have resized it)
                waitFor(s, () -> chair(s).contains("Phiếu số 2: 22"), "the chair's half-typed ballot, kept");
                String roomBefore = room(s);
                assertThat(roomBefore).doesNotContain("Phiếu số 2").doesNotContain("Hợp lệ 2");

                type(s, "1"); // still half-typed: the room is not redrawn with it
                waitFor(s, () -> chair(s).contains("Phiếu số 2: 221"), "ballot 2 typed further");
                Thread.sleep(300);
                assertThat(room(s)).isEqualTo(roomBefore);

                s.window().setFontSize(s.window().fontSize() + 1); // the chair's keys still count after a new font
                Thread.sleep(500);
                type(s, "+3\n"); // the lines left all tín nhiệm thấp, then Enter: committed
                waitFor(s, () -> chair(s).contains("Đã nhập 2"), "ballot 2 recorded");
                waitFor(s, () -> room(s).contains("Hợp lệ 2 · không hợp lệ 0"), "ballot 2 in the room's window");

                room.window().setFontSize(room.window().fontSize() + 2); // larger by hand: its keys still count
                Thread.sleep(500);
                typeInRoom(s, " "); // Space in the room's window: its pages stop turning
                waitFor(s, () -> room(s).contains("đã dừng chuyển trang"), "paging paused in the room's window");

                typeInRoom(s, "p");
                waitFor(s, () -> !s.app().projector().isOpen(), "the room's window closed by p in it");
                assertThat(room.window().frame().isDisplayable()).isFalse();

                type(s, "p");
                waitFor(s, () -> s.app().projector().isOpen() && room(s).contains("Hợp lệ 2"), "opened again");
                RoomWindow again = s.app().projector().window();
                SwingUtilities.invokeAndWait(() -> again.window().frame().dispatchEvent(
                        new WindowEvent(again.window().frame(), WindowEvent.WINDOW_CLOSING)));
                waitFor(s, () -> !s.app().projector().isOpen(), "the room's window closed by its button");
                assertThat(s.app().quitting()).as("closing the room's window does not quit").isFalse();

                type(s, "q");
                loop.join(100); // still running: q on the keying screen goes back to the meeting
                assertThat(s.app().state()).isNotInstanceOf(RoomScreen.class);
            } finally {
                s.close();
                if (s.app().projector().isOpen()) {
                    s.app().projector().close();
                }
            }
            assertThat(store.ballots(1)).hasSize(2);
        }
    }

    private static final AtomicReference<Throwable> FAILURE = new AtomicReference<>();

    private static Thread run(WindowTui.Session s) {
        Thread t = new Thread(() -> {
            try {
                s.app().loop();
            } catch (Exception | Error e) {
                FAILURE.set(e);
            }
        }, "window-loop");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void type(WindowTui.Session s, String text) throws Exception {
        typeInto(s.window(), text);
    }

    private static void typeInRoom(WindowTui.Session s, String text) throws Exception {
        typeInto(s.app().projector().window().window(), text);
    }

    private static void typeInto(TerminalWindow w, String text) throws Exception {
        for (char c : text.toCharArray()) {
            SwingUtilities.invokeAndWait(() -> {
                var comp = w.component();
                long now = System.currentTimeMillis();
                if (c == '\n') {
                    comp.dispatchEvent(new KeyEvent(comp, KeyEvent.KEY_PRESSED, now, 0, KeyEvent.VK_ENTER, c));
                }
                comp.dispatchEvent(new KeyEvent(comp, KeyEvent.KEY_TYPED, now, 0, KeyEvent.VK_UNDEFINED, c));
            });
        }
    }

    private static String chair(WindowTui.Session s) {
        return s.app().shown();
    }

    private static String room(WindowTui.Session s) {
        RoomWindow w = s.app().projector().window();
        return w == null ? "" : text(w.screen());
    }

    private static String text(TerminalScreen screen) {
        TerminalSize size = screen.getTerminalSize();
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = screen.getFrontCharacter(new TerminalPosition(c, r));
                sb.append(ch == null ? " " : ch.getCharacterString());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void waitFor(WindowTui.Session s, BooleanSupplier shown, String what) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            if (shown.getAsBoolean()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never shown: " + what + " (loop failure " + FAILURE.get() + "); the chair's window:\n"
                + chair(s) + "\nthe room's window:\n" + room(s));
    }
}
