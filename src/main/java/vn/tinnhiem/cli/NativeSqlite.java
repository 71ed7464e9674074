package vn.tinnhiem.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc extracts its native library into the temporary folder under a new name on every start, and a killed
 * process leaves it there (hundreds of 1 MB files on a busy machine). Instead it is extracted once, per
 * sqlite-jdbc version, into the user's cache ({@code $XDG_CACHE_HOME/tinnhiem} or {@code ~/.cache/tinnhiem}) and
 * loaded from there. If that cannot be done, sqlite-jdbc does as it always did. Called before the first
 * connection; nothing is printed.
 */
final class NativeSqlite {
    private NativeSqlite() {
    }

    /** Points sqlite-jdbc at a library extracted once; returns the folder used, or null (sqlite-jdbc's default). */
    static Path useStableCopy() {
        if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.tmpdir") != null) {
            return null; // chosen by whoever started the JVM
        }
        Path note = note();
        Path noted = noted(note);
        if (noted != null) {
            return noted;
        }
        Path folder = extract();
        if (folder != null && note != null) {
            remember(note, folder);
        }
        return folder;
    }

    /**
     * Where the library found for this jar is noted ({@code native-SIZE-TIME.txt} in the cache, from the jar's
     * size and time), or {@code null} when the program does not run from a jar (the tests' class folders): finding
     * the platform's library and sqlite-jdbc's version through sqlite-jdbc's own utilities costs about 150 ms of a
     * start, which a note read back saves.
     */
    private static Path note() {
        try {
            Path jar = Path.of(NativeSqlite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return null;
            }
            return cacheRoot().resolve("tinnhiem").resolve("native-" + Files.size(jar) + "-"
                    + Files.getLastModifiedTime(jar).toMillis() + ".txt");
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return null;
        }
    }

    /** The folder noted for this jar, once the library there is whole (its size as noted); else {@code null}. */
    private static Path noted(Path note) {
        if (note == null || !Files.isRegularFile(note)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
            if (lines.size() < 3) {
                return null;
            }
            Path folder = Path.of(lines.get(0));
            Path lib = folder.resolve(lines.get(1));
            if (!Files.isRegularFile(lib) || Files.size(lib) != Long.parseLong(lines.get(2))) {
                return null;
            }
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", lines.get(1));
            sweepOnly(folder);
            return folder;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void remember(Path note, Path folder) {
        try {
            String name = System.getProperty("org.sqlite.lib.name");
            long size = Files.size(folder.resolve(name));
            Path part = Files.createTempFile(note.getParent(), ".note", ".part");
            try {
                Files.writeString(part, folder + "\n" + name + "\n" + size + "\n", StandardCharsets.UTF_8);
                Files.move(part, note, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            // next time it is found again
        }
    }

    /** Extracts the library into the cache unless a whole copy is there; the folder, or null (sqlite's default). */
    private static Path extract() {
        try {
            String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/"
                    + LibraryLoaderUtil.getNativeLibName();
            Path folder = cacheRoot().resolve("tinnhiem").resolve("sqlite-" + SQLiteJDBCLoader.getVersion())
                    .resolve(LibraryLoaderUtil.getNativeLibResourcePath().replaceAll("^.*/native/", ""));
            Path lib = folder.resolve(LibraryLoaderUtil.getNativeLibName());
            java.net.URL url = SQLiteJDBCLoader.class.getResource(resource);
            if (url == null) {
                return null;
            }
            java.net.URLConnection entry = url.openConnection();
            entry.setUseCaches(false); // the jar is not kept open for later reads through the same URL
            long size = entry.getContentLengthLong(); // the entry's size from the jar's directory: nothing inflated
            if (size < 0 || !Files.isRegularFile(lib) || Files.size(lib) != size) {
                try (InputStream in = entry.getInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    Files.createDirectories(folder);
                    Path part = Files.createTempFile(folder, ".lib", ".part");
                    try {
                        Files.write(part, bytes);
                        try {
                            Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                        } catch (AtomicMoveNotSupportedException e) {
                            Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING);
                        }
                    } finally {
                        Files.deleteIfExists(part);
                    }
                }
            } else {
                entry.getInputStream().close(); // opened by getContentLength on a jar: closed, nothing read
            }
            System.setProperty("org.sqlite.lib.path", folder.toString());
            System.setProperty("org.sqlite.lib.name", LibraryLoaderUtil.getNativeLibName());
            sweepOnly(folder);
            return folder;
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /**
     * Before loading the library, sqlite-jdbc sweeps its temporary folder for copies an earlier process left behind,
     * listing every file there: thousands in a busy {@code /tmp} or Windows' {@code %TEMP%}, read one by one, about
     * 20 ms of every start on a machine with 6,000. Nothing is extracted there any more, so it sweeps the library's
     * own folder instead, which holds only the library (whose name is not one it sweeps).
     */
    private static void sweepOnly(Path folder) {
        System.setProperty("org.sqlite.tmpdir", folder.toString());
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return Path.of(System.getProperty("user.home"), ".cache");
    }
}
