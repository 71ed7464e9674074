package vn.tinnhiem.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import vn.tinnhiem.domain.Problem;

/**
 * Consistent copies of one tinnhiem file, in the folder {@code backups/} beside it (for the default
 * {@code data/tinnhiem.db}: {@code data/backups/}), named by the file and the local time, e.g.
 * {@code tinnhiem-20261125-190501.db}; the newest {@value #KEEP} are kept. A copy is made with SQLite's
 * {@code VACUUM INTO} on a connection of its own, so it holds exactly the transactions committed when it starts,
 * WAL included, while the screen goes on writing. Copies and their folder are readable by their owner only where
 * the system allows: they hold the whole count.
 *
 * <p>A copy is first written under a hidden {@code .part} name and renamed when complete, so a copy cut short by a
 * kill or a full disk is never listed as a backup, and removed by the next backup of the same file.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    public static final int KEEP = 20;
    static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Path folder;
    private final String stem;
    private final Pattern names;
    private final Clock clock;

    private Backups(Path file, Clock clock) {
        this.file = file.toAbsolutePath().normalize();
        Path parent = this.file.getParent();
        this.folder = (parent == null ? this.file.getRoot() : parent).resolve(FOLDER);
        String name = this.file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.stem = dot > 0 ? name.substring(0, dot) : name;
        this.names = Pattern.compile(Pattern.quote(stem) + "-(\\d{8}-\\d{6})(?:-(\\d+))?\\.db");
        this.clock = clock;
    }

    /** The backups of {@code file}; nothing is read or written until asked. */
    public static Backups of(Path file, Clock clock) {
        return new Backups(file, clock);
    }

    /** One backup: its file name, where it is, when it was taken (local time, from its name) and its size. */
    public record Backup(String name, Path path, LocalDateTime time, int sequence, long size) {
    }

    /** What a restore did: the backup now in place, and the copy kept of the file it replaced (or null). */
    public record Restored(Backup from, Backup keptCurrent) {
    }

    public Path file() {
        return file;
    }

    public Path folder() {
        return folder;
    }

    /**
     * A copy of the file as committed now; then the oldest beyond {@value #KEEP} are removed. The caller holds the
     * file (an open store, or the lock): no other copy of tinnhiem writes to it meanwhile.
     */
    public Backup take() {
        try {
            return snapshot(null);
        } catch (IOException | SQLException e) {
            LOG.error("backup of {} failed: {}", file, e.toString());
            LOG.debug("backup failure", e);
            throw new StoreException(Problem.of("error.backup.failed", file.toString(), String.valueOf(e.getMessage())),
                    e);
        }
    }

    /** {@link #take()}, but a failure is only logged: a backup must never stop or fail the count. */
    public Optional<Backup> takeQuietly() {
        try {
            Backup b = take();
            LOG.info("backup {} ({} bytes)", b.path(), b.size());
            return Optional.of(b);
        } catch (RuntimeException e) {
            LOG.warn("no backup of {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** The backup taken when a file that already holds a meeting is opened; a file with none is not worth one. */
    public Optional<Backup> atStart(Store store) {
        try {
            if (store.meetings().isEmpty()) {
                return Optional.empty();
            }
        } catch (RuntimeException e) {
            LOG.warn("could not look into {} before backing it up", file, e);
        }
        return takeQuietly();
    }

    /** This file's backups, the newest first. */
    public List<Backup> list() {
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder)) {
            for (Path p : dir) {
                Matcher m = names.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) {
                    try {
                        LocalDateTime time = LocalDateTime.parse(m.group(1), STAMP);
                        int seq = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                        out.add(new Backup(p.getFileName().toString(), p, time, seq, Files.size(p)));
                    } catch (RuntimeException | IOException e) {
                        LOG.debug("not a backup: {}", p, e);
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException(Problem.of("error.backup.list", folder.toString(), String.valueOf(e.getMessage())),
                    e);
        }
        out.sort(Comparator.comparing(Backup::time).thenComparingInt(Backup::sequence).reversed());
        return out;
    }

    /**
     * Puts {@code chosen} in place of the file: refused while another copy of tinnhiem holds the file, and unless
     * the backup passes the same checks as a file being opened ({@code quick_check}, tinnhiem's, not newer). The
     * file it replaces is kept as a backup first.
     */
    public Restored restore(Backup chosen) {
        return restore(chosen, () -> true);
    }

    /**
     * {@link #restore(Backup)}, asking {@code confirmed} once the file is held and the backup has passed its checks,
     * before anything is written; {@code null} when it says no.
     */
    public Restored restore(Backup chosen, BooleanSupplier confirmed) {
        try (Database.Lease lease = Database.lock(file)) {
            Database.inspect(chosen.path());
            if (!confirmed.getAsBoolean()) {
                LOG.info("restore of {} from {} not confirmed", file, chosen.path());
                return null;
            }
            Path incoming = hidden(file.resolveSibling("." + file.getFileName() + ".restoring"));
            Backup kept = null;
            try {
                copyDurably(chosen.path(), incoming);
                if (Files.exists(file)) {
                    kept = keepCurrent(chosen);
                }
                for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
                    // The old file's journal must never be replayed onto the restored one.
                    Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
                }
                move(incoming, file);
            } finally {
                Files.deleteIfExists(incoming); // gone once moved; a leftover only when something failed
            }
            LOG.info("restored {} from {}; the file before is kept as {}", file, chosen.path(),
                    kept == null ? "-" : kept.path());
            return new Restored(chosen, kept);
        } catch (IOException e) {
            LOG.error("restore of {} from {} failed", file, chosen.path(), e);
            throw new StoreException(Problem.of("error.backup.restoreFailed", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** The file about to be replaced, as a backup: a consistent copy, or its raw bytes when it is too damaged. */
    private Backup keepCurrent(Backup keep) throws IOException {
        try {
            return snapshot(keep);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warn("{} cannot be copied through SQLite ({}); keeping its bytes as they are", file, e.getMessage());
        }
        Path target = freshName();
        removeLeftovers();
        Path part = hidden(target.resolveSibling("." + target.getFileName() + ".part"));
        copyDurably(file, part);
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        if (Files.exists(wal)) {
            copyDurably(wal, hidden(target.resolveSibling(target.getFileName() + "-wal")));
        }
        move(part, target);
        prune(keep);
        return read(target);
    }

    private Backup snapshot(Backup keep) throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        Path target = freshName();
        removeLeftovers();
        Path part = hidden(target.resolveSibling("." + target.getFileName() + ".part"));
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.resetOpenMode(SQLiteOpenMode.CREATE); // never create the file being copied
            config.setBusyTimeout(10_000);
            try (Connection c = config.createConnection("jdbc:sqlite:" + file);
                 PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
                s.setString(1, part.toString());
                s.execute();
            }
            force(part);
            move(part, target);
        } finally {
            Files.deleteIfExists(part);
        }
        prune(keep);
        return read(target);
    }

    /** The next free name for this second: {@code stem-yyyyMMdd-HHmmss.db}, then {@code -2.db}, {@code -3.db}… */
    private Path freshName() throws IOException {
        createFolder();
        String stamp = LocalDateTime.now(clock).format(STAMP);
        for (int n = 1; ; n++) {
            Path p = folder.resolve(stem + "-" + stamp + (n == 1 ? "" : "-" + n) + ".db");
            if (Files.notExists(p)) {
                return p;
            }
        }
    }

    private void createFolder() throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(folder);
        }
    }

    /** Creates {@code p} empty and owner-only (rw-------) where the system allows, replacing a leftover. */
    private static Path hidden(Path p) throws IOException {
        Files.deleteIfExists(p);
        try {
            Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(p);
        }
        return p;
    }

    private static void copyDurably(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from);
             OutputStream out = Files.newOutputStream(to, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            in.transferTo(out);
        }
        force(to);
    }

    private static void force(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel dir = FileChannel.open(to.getParent(), StandardOpenOption.READ)) {
            dir.force(true); // the rename itself reaches the disk
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("cannot sync folder {}", to.getParent(), e);
        }
    }

    private Backup read(Path p) throws IOException {
        Matcher m = names.matcher(p.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalStateException("not a backup name: " + p);
        }
        return new Backup(p.getFileName().toString(), p, LocalDateTime.parse(m.group(1), STAMP),
                m.group(2) == null ? 1 : Integer.parseInt(m.group(2)), Files.size(p));
    }

    /** Removes the oldest backups beyond {@value #KEEP}, never {@code keep} (the one being restored). */
    /**
     * Copies cut short by a kill (hidden {@code .stem-….db.part} files and SQLite's journals of them) would stay
     * forever: the caller holds this file, so no copy of it is under way and any such file is a leftover.
     */
    private void removeLeftovers() {
        String prefix = "." + stem + "-";
        try (var names = Files.list(folder)) {
            for (Path p : names.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix) && n.contains(".part") && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                    LOG.info("removed the unfinished backup {}", p);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not look for unfinished backups in {}", folder, e);
        }
    }

    private void prune(Backup keep) {
        List<Backup> all = list();
        int kept = 0;
        for (Backup b : all) {
            if (keep != null && b.path().equals(keep.path())) {
                continue;
            }
            if (++kept > KEEP) {
                try {
                    Files.deleteIfExists(b.path());
                    Files.deleteIfExists(b.path().resolveSibling(b.name() + "-wal"));
                    LOG.info("removed old backup {}", b.path());
                } catch (IOException e) {
                    LOG.warn("could not remove old backup {}", b.path(), e);
                }
            }
        }
    }
}
