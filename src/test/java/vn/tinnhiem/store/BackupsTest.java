package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;

/** Backups of a real file: consistent, named by file and time, the last 20 kept, owner-only, and restorable. */
class BackupsTest extends StoreTestSupport {

    private Round roundWithBallots(int ballots) {
        Meeting m = meeting();
        List<Official> officials = roster(m.id(), 3);
        Round r = store.openRound(m.id(), RoundKind.RATING, officials, 500);
        for (int i = 0; i < ballots; i++) {
            store.recordBallot(r.id(), i % 7 == 6 ? wholeInvalid(3) : draft(3, level(1 + i % 3), level(2), level(3)));
        }
        return r;
    }

    private Backups backups() {
        return Backups.of(file, CLOCK);
    }

    /** The ballots a backup holds, read through the store like any tinnhiem file. */
    private static List<Ballot> ballotsIn(Path backup, long roundId) throws Exception {
        Path copy = backup.resolveSibling("check-" + backup.getFileName());
        Files.copy(backup, copy);
        try (JdbiStore s = Database.open(copy, CLOCK)) {
            return s.ballots(roundId);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                Files.deleteIfExists(Path.of(copy + suffix));
            }
        }
    }

    @Test
    void aBackupIsACompleteCopyInTheBackupsFolderBesideTheFileNamedByFileAndTime() throws Exception {
        Round r = roundWithBallots(12);
        Backups.Backup b = backups().take();
        assertEquals(dir.resolve("backups"), b.path().getParent());
        assertEquals("hoi-nghi-20260305-093015.db", b.name());
        assertEquals(LocalDateTime.of(2026, 3, 5, 9, 30, 15), b.time());
        assertEquals(Files.size(b.path()), b.size());
        assertEquals(store.ballots(r.id()), ballotsIn(b.path(), r.id()));
        assertEquals(List.of(b), backups().list());
        try (var names = Files.list(b.path().getParent())) {
            assertEquals(List.of(b.name()), names.map(p -> p.getFileName().toString()).toList(),
                    "no half-written or journal file is left beside the backup");
        }
    }

    @Test
    void backupsInTheSameSecondGetANumberAndAreListedNewestFirst() {
        roundWithBallots(1);
        Backups.Backup first = backups().take();
        Backups.Backup second = backups().take();
        Backups.Backup third = backups().take();
        assertEquals("hoi-nghi-20260305-093015-2.db", second.name());
        assertEquals("hoi-nghi-20260305-093015-3.db", third.name());
        assertEquals(List.of(third, second, first), backups().list());
    }

    @Test
    void onlyTheLastTwentyAreKeptAndOtherFilesInTheFolderAreLeftAlone() throws Exception {
        roundWithBallots(2);
        Files.createDirectories(dir.resolve("backups"));
        Path other = Files.writeString(dir.resolve("backups/khac-20200101-000000.db"), "another file's backup");
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < Backups.KEEP + 5; i++) {
            taken.add(Backups.of(file, Clock.offset(CLOCK, Duration.ofMinutes(i))).take().name());
        }
        List<String> left = backups().list().stream().map(Backups.Backup::name).toList();
        assertEquals(Backups.KEEP, left.size());
        List<String> newestFirst = new ArrayList<>(taken.subList(5, taken.size()));
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, left);
        assertTrue(Files.exists(other));
    }

    @Test
    void theBackupAndItsFolderAreReadableByTheOwnerOnlyAsIsTheFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        roundWithBallots(1);
        Backups.Backup b = backups().take();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(b.path())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(b.path().getParent())));
        store.close();
        store = null;
        Backups.Restored restored = backups().restore(b);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(restored.keptCurrent().path())));
    }

    @Test
    void aBackupTakenWhileBallotsAreBeingCommittedHoldsOnlyWholeBallots() throws Exception {
        Round r = roundWithBallots(0);
        AtomicBoolean done = new AtomicBoolean();
        List<Backups.Backup> taken = new ArrayList<>();
        Thread backupThread = new Thread(() -> {
            int i = 0;
            while (!done.get() && i < 12) {
                taken.add(Backups.of(file, Clock.offset(CLOCK, Duration.ofSeconds(i++))).take());
            }
        });
        backupThread.start();
        Random random = new Random(7);
        int recorded = 0;
        while (backupThread.isAlive() && recorded < 3000) {
            store.recordBallot(r.id(), draft(3, level(1 + random.nextInt(3)), level(1), level(2)));
            recorded++;
        }
        done.set(true);
        backupThread.join();
        assertFalse(taken.isEmpty());
        int previous = -1;
        for (Backups.Backup b : taken) {
            List<Ballot> ballots = ballotsIn(b.path(), r.id());
            for (int i = 0; i < ballots.size(); i++) {
                assertEquals(i + 1, ballots.get(i).number(), "numbers without a gap in " + b.name());
                assertEquals(3, ballots.get(i).marks().size(), "a whole ballot in " + b.name());
            }
            assertTrue(ballots.size() >= previous, "later backups hold at least as much");
            previous = ballots.size();
        }
    }

    @Test
    void restoreBringsTheBackupBackAndKeepsTheReplacedFileAsABackup() throws Exception {
        Round r = roundWithBallots(5);
        Backups.Backup five = backups().take();
        store.recordBallot(r.id(), draft(3, level(1), level(1), level(1)));
        List<Ballot> six = store.ballots(r.id());
        store.close();
        store = null;

        Backups.Restored restored = Backups.of(file, Clock.offset(CLOCK, Duration.ofMinutes(1))).restore(five);
        assertEquals(five, restored.from());
        assertNotNull(restored.keptCurrent());
        assertEquals("hoi-nghi-20260305-093115.db", restored.keptCurrent().name());
        assertEquals(six, ballotsIn(restored.keptCurrent().path(), r.id()), "the replaced file, WAL included");

        store = Database.open(file, CLOCK);
        assertEquals(5, store.ballots(r.id()).size());
        assertEquals(2, backups().list().size());
    }

    @Test
    void restoreIsRefusedWhileTheFileIsOpenAndChangesNothing() throws Exception {
        Round r = roundWithBallots(3);
        Backups.Backup b = backups().take();
        store.recordBallot(r.id(), draft(3, level(1), level(1), level(1)));
        StoreException e = assertThrows(StoreException.class, () -> backups().restore(b));
        assertEquals("record.writer.heldBy", e.problem().key());
        assertEquals(List.of(file.toString(), file.toString()), e.problem().args());
        assertEquals(4, store.ballots(r.id()).size());
        assertEquals(1, backups().list().size());
    }

    @Test
    void aDamagedBackupIsRefusedAndTheFileIsLeftAsItWas() throws Exception {
        Round r = roundWithBallots(3);
        Backups.Backup b = backups().take();
        byte[] bytes = Files.readAllBytes(b.path());
        for (int i = 100; i < bytes.length; i += 7) {
            bytes[i] ^= (byte) 0x5A;
        }
        Files.write(b.path(), bytes);
        store.close();
        store = null;
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> backups().restore(backups().list().get(0)));
        assertTrue(e.problem().key().startsWith("error.db."), e.problem()::toString);
        assertEquals(b.path().toString(), e.problem().args().get(0));
        assertArrayEquals(before, Files.readAllBytes(file));
        store = Database.open(file, CLOCK);
        assertEquals(3, store.ballots(r.id()).size());
    }

    @Test
    void restoreOverADamagedFileKeepsItsBytesAsABackup() throws Exception {
        Round r = roundWithBallots(4);
        Backups.Backup good = backups().take();
        store.close();
        store = null;
        byte[] garbage = "SQLite format 3\0 but then nothing that makes sense".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, garbage);
        Backups.Restored restored = Backups.of(file, Clock.offset(CLOCK, Duration.ofHours(1))).restore(good);
        assertArrayEquals(garbage, Files.readAllBytes(restored.keptCurrent().path()));
        store = Database.open(file, CLOCK);
        assertEquals(4, store.ballots(r.id()).size());
    }

    @Test
    void atStartAFileWithNoMeetingIsNotBackedUpAndOneWithAMeetingIs() {
        assertEquals(Optional.empty(), backups().atStart(store));
        assertFalse(Files.exists(dir.resolve("backups")));
        meeting();
        assertTrue(backups().atStart(store).isPresent());
        assertEquals(1, backups().list().size());
    }

    @Test
    void aBackupThatCannotBeWrittenIsReportedQuietlyAndTheFileGoesOn() throws Exception {
        Round r = roundWithBallots(1);
        Files.writeString(dir.resolve("backups"), "a file where the folder should be");
        assertEquals(Optional.empty(), backups().takeQuietly());
        StoreException e = assertThrows(StoreException.class, () -> backups().take());
        assertEquals("error.backup.failed", e.problem().key());
        store.recordBallot(r.id(), draft(3, level(1), level(1), level(1)));
        assertEquals(2, store.ballots(r.id()).size());
    }
}
