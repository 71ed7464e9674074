package vn.tinnhiem.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import vn.tinnhiem.domain.Checked;

/**
 * Reads a file the chair names for import. Only a regular file is opened: a FIFO would block the screen in
 * {@code open} until something writes to it, and a device such as {@code /dev/zero} never ends. At most
 * {@link #MAX_BYTES} are read, whatever size the file claims (a file under {@code /proc} claims 0).
 */
public final class RosterFile {
    /** Far above any roster (500 officials of 200 characters each are about 250 kB). */
    public static final int MAX_BYTES = 5_000_000;

    private RosterFile() {
    }

    public static Checked<byte[]> read(Path file) {
        try {
            if (!Files.exists(file)) {
                return Checked.refused("error.file.missing", file.toString());
            }
            if (Files.isDirectory(file)) {
                return Checked.refused("files.read.directory", file.toString());
            }
            if (!Files.isRegularFile(file)) {
                return Checked.refused("files.read.notRegular", file.toString());
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    return Checked.refused("files.read.tooBig", file.toString(), MAX_BYTES / 1_000_000);
                }
                return Checked.ok(bytes);
            }
        } catch (NoSuchFileException e) {
            return Checked.refused("error.file.missing", file.toString());
        } catch (AccessDeniedException e) {
            return Checked.refused("files.read.denied", file.toString());
        } catch (IOException | SecurityException e) {
            return Checked.refused("error.file.read", file.toString(), String.valueOf(e.getMessage()));
        }
    }

}
