package vn.tinnhiem.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.tinnhiem.i18n.Messages;

/** The file {@code report}, {@code verify} and {@code minutes} read: it must be there, and be a file on disk. */
final class DbFile {
    private DbFile() {
    }

    /**
     * Refuses a path that is not a regular file, saying which: missing ({@code missingKey}), or there but a pipe, a
     * device or a folder, which is never opened (a FIFO would block, /dev/zero never ends).
     */
    static void require(Path db, Messages m, String missingKey) {
        if (Files.isRegularFile(db)) {
            return;
        }
        if (Files.exists(db)) {
            throw new CliFailure(CliFailure.DATA, m.get("cli.db.notRegular", db));
        }
        throw new CliFailure(CliFailure.DATA, m.get(missingKey, db));
    }
}
