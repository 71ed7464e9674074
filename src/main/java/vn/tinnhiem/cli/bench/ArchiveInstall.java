package vn.tinnhiem.cli.bench;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The last step of making the class-data archive (see the launcher {@code tinnhiem}): run by a JVM started with
 * {@code -Xshare:on} on the new archive, so that it runs at all only when the archive maps. It notes the archive's
 * size beside its final name, then moves it there whole. Needs nothing but Java, so the launcher relies on no other
 * command for it. Arguments: the new archive, its final name.
 */
public final class ArchiveInstall {
    private ArchiveInstall() {
    }

    public static void main(String[] args) throws IOException {
        Path part = Path.of(args[0]);
        Path archive = Path.of(args[1]);
        Files.writeString(archive.resolveSibling(archive.getFileName() + ".size"), Files.size(part) + "\n");
        try {
            Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the part files of training runs cut short (older than half an hour) beside {@code archive}. */
    static void removeLeftovers(Path archive) {
        Path folder = archive.toAbsolutePath().getParent();
        String prefix = archive.getFileName() + ".";
        long before = System.currentTimeMillis() - 30 * 60 * 1000L;
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".part")
                        && Files.getLastModifiedTime(p).toMillis() < before) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // left for the next training run
        }
    }
}
