package vn.tinnhiem.cli.bench;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/**
 * The anchor for a launch: a minimal Lanterna + sqlite-jdbc program that opens the same file, reads the meetings'
 * titles, and draws them. Writes {@link System#nanoTime()} to the mark file once its first frame is out.
 * Arguments: the data file, the mark file.
 */
public final class LaunchAnchor {
    private LaunchAnchor() {
    }

    public static void main(String[] args) throws Exception {
        StringBuilder titles = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
             ResultSet rs = c.createStatement().executeQuery("SELECT id, title FROM meeting ORDER BY id")) {
            while (rs.next()) {
                titles.append(rs.getLong(1)).append(". ").append(rs.getString(2)).append('\n');
            }
        }
        DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
        factory.setForceTextTerminal(true);
        Terminal terminal = factory.createTerminal();
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        int row = 0;
        for (String line : titles.toString().split("\n")) {
            screen.newTextGraphics().putString(0, row++, line);
        }
        screen.refresh();
        Files.writeString(Path.of(args[1]), Long.toString(System.nanoTime()));
        screen.stopScreen();
        terminal.close();
    }
}
