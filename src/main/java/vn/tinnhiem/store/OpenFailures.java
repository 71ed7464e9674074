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
        if (corrupt(all)) {
            return damaged(path);
        }
        if (all.contains("sqlite_cantopen") || all.contains("sqlite_ioerr")) {
            return Problem.of("files.db.cannotRead", path.toString(), firstLine(e));
        }
        return "error.db.damaged".equals(fallbackKey) ? damaged(path)
                : Problem.of(fallbackKey, path.toString(), firstLine(e));
    }

    /** Whether SQLite's words (lower case) call the file corrupt or not a database. */
    static boolean corrupt(String lowerCase) {
        return lowerCase.contains("sqlite_corrupt") || lowerCase.contains("sqlite_notadb")
                || lowerCase.contains("malformed");
    }

    /**
     * A file SQLite could not read as a database, in the user's words: SQLite's own message ("[SQLITE_CORRUPT]
     * The database disk image is malformed") means nothing to the chair, and the caller logs it.
     */
    static Problem damaged(Path path) {
        return Problem.of("error.db.damaged", path.toString(), Problem.of("error.db.damagedRead"));
    }

    /** A file SQLite's check of every page ({@code quick_check}) found faults in: how many, not SQLite's lines. */
    static Problem damagedPages(Path path, String check) {
        int faults = 0;
        for (String line : check.split("\n")) {
            if (!line.isBlank() && !line.startsWith("*** ")) { // "*** in database main ***" heads the list
                faults++;
            }
        }
        // SQLite stops listing at 100 faults.
        return Problem.of("error.db.damaged", path.toString(), faults >= 100 ? Problem.of("error.db.damagedPagesMany")
                : Problem.of("error.db.damagedPages", Math.max(1, faults)));
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
