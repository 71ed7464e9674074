package vn.tinnhiem.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;
import vn.tinnhiem.domain.Problem;

/**
 * Why a data file could not be opened, in words the chair can act on. Only a file SQLite itself calls corrupt is
 * "damaged" (with the advice to restore a backup); a full disk, a folder that cannot be written and a schema that
 * disagrees with the tables are each named as what they are, since restoring a backup would lose every ballot
 * recorded since it.
 */
final class OpenFailures {
    /** Below this, a disk is as good as full for SQLite, which needs room for its journal and shared memory. */
    static final long NEARLY_FULL = 64 * 1024;

    private OpenFailures() {
    }

    /** The problem for a failure while opening {@code path}; {@code fallbackKey} takes (path, detail). */
    static Problem explain(Path path, Throwable e, String fallbackKey) {
        String all = chain(e);
        String folder = String.valueOf(path.toAbsolutePath().getParent());
        if (all.contains("sqlite_full") || all.contains("disk is full") || all.contains("no space left")
                || diskFull(path)) {
            return Problem.of("files.db.diskFull", path.toString(), folder);
        }
        if (denied(e) || all.contains("read-only file system") || all.contains("readonly_directory")
                || all.contains("attempt to write a readonly database")) {
            return Problem.of("files.db.folderReadOnly", path.toString(), folder);
        }
        if (all.contains("already exists") || all.contains("duplicate column") || all.contains("no such table") || all.contains("no such column")) {
            return Problem.of("files.db.schemaMismatch", path.toString());
        }
        if (all.contains("sqlite_corrupt") || all.contains("sqlite_notadb") || all.contains("malformed")) {
            return Problem.of("error.db.damaged", path.toString(), firstLine(e));
        }
        if (all.contains("sqlite_cantopen") || all.contains("sqlite_ioerr")) {
            return Problem.of("files.db.cannotRead", path.toString(), firstLine(e));
        }
        return Problem.of(fallbackKey, path.toString(), firstLine(e));
    }

    private static boolean diskFull(Path path) {
        try {
            Path dir = path.toAbsolutePath().getParent();
            return dir != null && Files.isDirectory(dir) && Files.getFileStore(dir).getUsableSpace() < NEARLY_FULL;
        } catch (Exception ex) {
            return false;
        }
    }

    private static boolean denied(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException) {
                return true;
            }
        }
        return false;
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getClass().getSimpleName()).append(' ').append(t.getMessage()).append('\n');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
