package vn.tinnhiem.tui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers for next time, in a small plain file beside the database
 * ({@code tinnhiem-window.properties}): the font size and the window's size in pixels. Written whole to a
 * temporary file and moved over the old one, so a pulled cord leaves the old file or the new, never half of one.
 * A missing or bad file is ignored (with a log line): the window then opens at its defaults.
 */
public record WindowSettings(int fontSize, int width, int height) {
    public static final String FILE_NAME = "tinnhiem-window.properties";
    public static final int MIN_FONT = 8;
    public static final int MAX_FONT = 96;

    private static final Logger LOG = LoggerFactory.getLogger(WindowSettings.class);

    /** Nothing remembered: the font size chosen for the screen, the window sized to fit. */
    public static WindowSettings none() {
        return new WindowSettings(0, 0, 0);
    }

    public static Path beside(Path dbFile) {
        return dbFile.toAbsolutePath().resolveSibling(FILE_NAME);
    }

    public boolean hasFontSize() {
        return fontSize >= MIN_FONT && fontSize <= MAX_FONT;
    }

    public boolean hasSize() {
        return width >= 200 && height >= 150 && width <= 20_000 && height <= 20_000;
    }

    public WindowSettings withFontSize(int size) {
        return new WindowSettings(size, width, height);
    }

    public WindowSettings withSize(int w, int h) {
        return new WindowSettings(fontSize, w, h);
    }

    public static WindowSettings load(Path file) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            WindowSettings s = new WindowSettings(number(p, "fontSize"), number(p, "width"), number(p, "height"));
            return new WindowSettings(s.hasFontSize() ? s.fontSize : 0, s.hasSize() ? s.width : 0,
                    s.hasSize() ? s.height : 0);
        } catch (IOException | RuntimeException e) {
            LOG.warn("window settings {} ignored: {}", file, e.toString());
            return none();
        }
    }

    private static int number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            return 0;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            LOG.warn("window setting {}={} ignored: not a number", key, v);
            return 0;
        }
    }

    /** Writes the file atomically; a failure (a read-only stick, say) is logged and changes nothing. */
    public void save(Path file) {
        Path tmp = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            tmp = Files.createTempFile(folder, ".tinnhiem-window", ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write("# tinnhiem: the window's font size and size in pixels, remembered for next time\n");
                if (hasFontSize()) {
                    out.write("fontSize=" + fontSize + "\n");
                }
                if (hasSize()) {
                    out.write("width=" + width + "\nheight=" + height + "\n");
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("window settings {} not written: {}", file, e.toString());
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }
}
