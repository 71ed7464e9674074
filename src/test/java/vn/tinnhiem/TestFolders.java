package vn.tinnhiem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Folders for tests that make their files outside JUnit's {@code @TempDir} (dynamic tests, properties, static
 * fixtures): all under one folder of the test run, removed when its JVM exits, so a run leaves nothing in the
 * system's temporary folder.
 */
public final class TestFolders {
    private static final Path ROOT = root();

    private TestFolders() {
    }

    /** A new empty folder named from {@code prefix}. */
    public static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(ROOT, prefix);
    }

    private static Path root() {
        try {
            Path root = Files.createTempDirectory("tinnhiem-tests");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root), "test-folders"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the system's temporary folder is cleared in time anyway
        }
    }
}
