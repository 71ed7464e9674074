package vn.tinnhiem.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            return folder;
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return Path.of(System.getProperty("user.home"), ".cache");
    }
}
