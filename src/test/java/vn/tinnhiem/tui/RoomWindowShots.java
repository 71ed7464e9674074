package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.cli.Main;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * Pictures of the room's window, full screen, for a person to look at: 12 officials (the sample roster) and 45
 * (the demo), while counting and after the close. Only with {@code -Droom.shots=FOLDER} (and a display).
 */
@EnabledIfSystemProperty(named = "room.shots", matches = ".+")
class RoomWindowShots {
    @TempDir
    Path dir;

    @Test
    void twelveOfficials() throws Exception {
        Path db = dir.resolve("hdnd.db");
        cli("new", "--db", db.toString(), "--title", "Kỳ họp thứ 12 HĐND tỉnh khóa X, nhiệm kỳ 2021–2026",
                "--summoned", "50", "--present", "48", "--roster", "data/danh-sach-mau.csv");
        shots(db, "12", 48);
    }

    @Test
    void fortyFiveOfficialsOfTheDemo() throws Exception {
        cli("demo", "--no-open");
        shots(dir.resolve("demo.db"), "45", 40);
    }

    private void shots(Path db, String name, int ballots) throws Exception {
        Path out = Path.of(System.getProperty("room.shots"));
        Files.createDirectories(out);
        try (JdbiStore store = Database.open(db, Clock.systemDefaultZone())) {
            WindowTui.Session s = WindowTui.open(store, Messages.vietnamese(), db, dir, new WindowTui.Choice(null, 14));
            Thread loop = new Thread(() -> {
                try {
                    s.app().loop();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            loop.setDaemon(true);
            loop.start();
            try {
                waitFor(() -> text(s.screen()).contains("Kỳ họp"));
                type(s.window(), "\n");
                type(s.window(), "v");
                waitFor(() -> text(s.screen()).contains("Lấy phiếu tín nhiệm (3 mức)"));
                type(s.window(), "\n");
                waitFor(() -> text(s.screen()).contains("Đã mở vòng"));
                int officials = ((EntryScreen) s.app().state()).round().officials().size();
                for (int b = 1; b <= ballots; b++) {
                    StringBuilder keys = new StringBuilder();
                    for (int i = 0; i < officials; i++) {
                        int roll = (b * b * 7 + i * i * 13 + b * i * 3 + i) % 20;
                        keys.append(i == 3 ? (roll < 14 ? '3' : '2') : roll == 19 ? '0' : roll < 11 ? '1'
                                : roll < 17 ? '2' : '3');
                    }
                    type(s.window(), keys + "\n");
                    int n = b;
                    waitFor(() -> text(s.screen()).contains("Đã nhập " + n));
                }
                type(s.window(), "p");
                waitFor(() -> s.app().projector().isOpen());
                RoomWindow room = s.app().projector().window();
                Thread.sleep(1500);
                Rectangle all = TerminalWindow.onSwing(() -> room.window().frame().getGraphicsConfiguration().getBounds());
                ImageIO.write(new Robot().createScreenCapture(all), "png",
                        out.resolve("room-" + name + "-beside.png").toFile());
                room.window().fullScreen(true, room.window().frame().getGraphicsConfiguration().getDevice());
                Thread.sleep(2500); // the font fitted to the full screen, on the next tick
                shot(room, out.resolve("room-" + name + "-counting.png"));
                type(room.window(), " "); // paging paused for the picture
                waitFor(() -> text(room.screen()).contains("đã dừng chuyển trang"));
                type(s.window(), "c" + ballots + "\n");
                try {
                    waitFor(() -> text(s.screen()).contains(" với " + ballots + " phiếu thu về ("));
                } catch (AssertionError e) {
                    throw new AssertionError(text(s.screen()), e);
                }
                type(s.window(), "\n");
                waitFor(() -> s.app().state() instanceof ResultsScreen);
                Thread.sleep(2500);
                shot(room, out.resolve("room-" + name + "-closed.png"));
                // → turns the page by hand
                SwingUtilities.invokeAndWait(() -> {
                    var comp = room.window().component();
                    comp.dispatchEvent(new KeyEvent(comp, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0,
                            KeyEvent.VK_RIGHT, KeyEvent.CHAR_UNDEFINED));
                });
                waitFor(() -> text(room.screen()).contains("Trang 2/"));
                shot(room, out.resolve("room-" + name + "-closed-page2.png"));
                assertThat(room.window().fontSize()).isGreaterThan(s.window().fontSize());
            } finally {
                s.app().projector().close();
                s.close();
            }
        }
    }

    private static void shot(RoomWindow room, Path file) throws Exception {
        Rectangle r = TerminalWindow.onSwing(() -> {
            var p = room.window().frame().getContentPane();
            return new Rectangle(p.getLocationOnScreen(), p.getSize());
        });
        ImageIO.write(new Robot().createScreenCapture(r), "png", file.toFile());
        Files.writeString(Path.of(file.toString().replace(".png", ".txt")), text(room.screen()));
        System.out.println(file + ": " + r + ", font " + room.window().fontSize() + ", grid "
                + room.screen().getTerminalSize());
    }

    private void cli(String... args) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(Main.run(args, quiet, quiet, dir)).isZero();
    }

    private static void type(TerminalWindow w, String text) throws Exception {
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

    private static void waitFor(BooleanSupplier shown) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end) {
            if (shown.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("never shown");
    }
}
