package vn.tinnhiem.store;

import static vn.tinnhiem.store.Refusals.rootMessage;

import java.sql.Connection;
import java.sql.SQLException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.LogCheck;
import vn.tinnhiem.domain.LogHead;
import vn.tinnhiem.domain.MeetingAtClose;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.Tally;

/** The store on one SQLite connection through Jdbi; each public method is one transaction. */
public final class JdbiStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiStore.class);

    /** The file's one connection; Jdbi's handle on it is made at its first use (see {@link #handle()}). */
    private final Connection connection;
    private Handle handle;
    private final Database.Lease lock;
    private final Clock clock;
    /** Run after the connection closes and before the lock is released; see {@link Database#openReadOnly}. */
    private final Runnable afterClose;
    /** The ballot path, with its statements prepared once and what it needs kept between ballots. */
    private final BallotWriter ballots = new BallotWriter();
    /** Commits to the file by anyone but this store while it has it open: once one is seen, no more writes. */
    private final OutsideEdits outside;
    /** The meetings and their rosters, in this store's transactions; made at first use, as Jdbi's handle is. */
    private JdbiMeetings meetings;
    /** The rounds and their ballots, likewise. */
    private JdbiRounds rounds;
    /** The audit log's reads and the export's entry, likewise. */
    private JdbiAuditLog auditLog;

    /** {@code handle}: Jdbi's handle on {@code connection} when one was made (a migration), or {@code null}. */
    JdbiStore(Connection connection, Handle handle, Database.Lease lock, Clock clock, Path file) {
        this(connection, handle, lock, clock, () -> { }, file);
    }

    private JdbiStore(Connection connection, Handle handle, Database.Lease lock, Clock clock, Runnable afterClose,
                      Path file) {
        this.connection = connection;
        this.handle = handle;
        this.lock = lock;
        this.clock = clock;
        this.afterClose = afterClose;
        this.outside = new OutsideEdits(connection, file);
        outside.start();
    }

    /**
     * Jdbi's handle on the file's connection, made at its first use: Jdbi's first use costs a few hundred
     * milliseconds of class loading, and the first screen (the list of meetings) is read without it.
     */
    private synchronized Handle handle() {
        if (handle == null) {
            handle = Jdbi.open(connection);
        }
        return handle;
    }

    /**
     * The meetings and their rosters, made at their first use: what they are given names Jdbi's types, and the
     * first screen's list of meetings is read without loading any of them (see {@link #handle()}).
     */
    private synchronized JdbiMeetings meetingsAndRosters() {
        if (meetings == null) {
            meetings = new JdbiMeetings(this::tx, this::log, this::now);
        }
        return meetings;
    }

    private synchronized JdbiRounds roundsAndBallots() {
        if (rounds == null) {
            rounds = new JdbiRounds(this::tx, this::log, this::now);
        }
        return rounds;
    }

    private synchronized JdbiAuditLog auditLogAndRecord() {
        if (auditLog == null) {
            auditLog = new JdbiAuditLog(this::tx, this::log);
        }
        return auditLog;
    }

    private <T> T tx(HandleCallback<T, RuntimeException> work) {
        try {
            return handle().inTransaction(h -> outside.guard(h, work));
        } catch (StoreException e) {
            throw e;
        } catch (JdbiException e) {
            LOG.error("storage failed", e);
            throw new StoreException(Problem.of("error.db.failed", rootMessage(e)), e);
        } finally {
            ballots.forget(); // anything but a ballot may have changed what the ballot path keeps in memory
        }
    }

    private String now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    // ---- meetings and rosters (JdbiMeetings) ----

    @Override
    public List<MeetingSummary> meetings() {
        return JdbiMeetings.meetings(connection);
    }

    @Override
    public Meeting meeting(long meetingId) {
        return meetingsAndRosters().meeting(meetingId);
    }

    @Override
    public Meeting createMeeting(MeetingDetails raw) {
        return meetingsAndRosters().createMeeting(raw);
    }

    @Override
    public Meeting updateMeeting(long meetingId, MeetingDetails raw) {
        return meetingsAndRosters().updateMeeting(meetingId, raw);
    }

    @Override
    public List<Official> roster(long meetingId) {
        return meetingsAndRosters().roster(meetingId);
    }

    @Override
    public Official addOfficial(long meetingId, OfficialDraft official) {
        return meetingsAndRosters().addOfficial(meetingId, official);
    }

    @Override
    public List<Official> addOfficials(long meetingId, List<OfficialDraft> officials) {
        return meetingsAndRosters().addOfficials(meetingId, officials);
    }

    @Override
    public List<Official> replaceRoster(long meetingId, List<OfficialDraft> officials) {
        return meetingsAndRosters().replaceRoster(meetingId, officials);
    }

    @Override
    public void updateOfficial(long officialId, OfficialDraft official) {
        meetingsAndRosters().updateOfficial(officialId, official);
    }

    @Override
    public void moveOfficial(long officialId, int delta) {
        meetingsAndRosters().moveOfficial(officialId, delta);
    }

    @Override
    public void removeOfficial(long officialId) {
        meetingsAndRosters().removeOfficial(officialId);
    }

    @Override
    public boolean officialInUse(long officialId) {
        return meetingsAndRosters().officialInUse(officialId);
    }

    // ---- rounds and ballots (JdbiRounds) ----

    @Override
    public List<Round> rounds(long meetingId) {
        return roundsAndBallots().rounds(meetingId);
    }

    @Override
    public Round round(long roundId) {
        return roundsAndBallots().round(roundId);
    }

    @Override
    public Optional<Problem> changedOutside() {
        return outside.problem();
    }

    @Override
    public List<Long> roundIds(long meetingId) {
        return roundsAndBallots().roundIds(meetingId);
    }

    @Override
    public Round listedRound(long roundId) {
        return roundsAndBallots().listedRound(roundId);
    }

    /** A round read inside the caller's transaction (the sheets and the readings read theirs through it). */
    static Round round(Handle h, long roundId) {
        return JdbiRounds.round(h, roundId);
    }

    @Override
    public Round openRound(long meetingId, RoundKind kind, List<Official> onBallot, int issued) {
        return roundsAndBallots().openRound(meetingId, kind, onBallot, issued);
    }

    @Override
    public Round openRound(long meetingId, RoundKind kind, List<Official> onBallot, int issued,
                           RoundSettings settings) {
        return roundsAndBallots().openRound(meetingId, kind, onBallot, issued, settings);
    }

    @Override
    public List<Ballot> ballots(long roundId) {
        return roundsAndBallots().ballots(roundId);
    }

    @Override
    public List<Integer> linesOutOfPlace(long roundId) {
        return roundsAndBallots().linesOutOfPlace(roundId);
    }

    @Override
    public Ballot recordBallot(long roundId, BallotDraft draft, Integer replaces) {
        outside.refuseWrites();
        try {
            Ballot recorded = handle().inTransaction(h -> ballots.record(h, roundId, draft, replaces, now(),
                    hh -> JdbiReadings.keyedBallotByBallot(round(hh, roundId))));
            ballots.committed();
            return recorded;
        } catch (SQLException | JdbiException e) {
            ballots.failed();
            LOG.error("storage failed", e);
            throw new StoreException(Problem.of("error.db.failed", rootMessage(e)), e);
        } catch (RuntimeException e) {
            ballots.failed();
            throw e;
        }
    }

    @Override
    public Ballot voidBallot(long roundId, int number, String reason) {
        return roundsAndBallots().voidBallot(roundId, number, reason);
    }

    @Override
    public Round closeRound(long roundId, int collected, Tally running) {
        return roundsAndBallots().closeRound(roundId, collected, running);
    }

    @Override
    public SheetStore sheets() {
        return new JdbiSheetStore(handle(), clock, outside);
    }

    @Override
    public void deleteRehearsal(long roundId) {
        roundsAndBallots().deleteRehearsal(roundId);
    }

    @Override
    public String fingerprint(long roundId) {
        return roundsAndBallots().fingerprint(roundId);
    }

    @Override
    public RoundTimes roundTimes(long roundId) {
        return roundsAndBallots().roundTimes(roundId);
    }

    @Override
    public MeetingAtClose meetingAtClose(long roundId) {
        return roundsAndBallots().meetingAtClose(roundId);
    }

    /** The frozen meeting details of a round as stored, undecoded: what its fingerprint covers. */
    public String meetingAtCloseText(long roundId) {
        return roundsAndBallots().meetingAtCloseText(roundId);
    }


    /** The readings of double-entry rounds, on this connection and through this store's ballot path. */
    public Readings readings() {
        return new JdbiReadings(handle(), ballots, clock, this, outside);
    }

    // ---- the audit log (JdbiAuditLog) ----

    @Override
    public List<AuditEvent> auditLog() {
        return auditLogAndRecord().auditLog();
    }

    @Override
    public List<AuditEvent> auditLog(long meetingId) {
        return auditLogAndRecord().auditLog(meetingId);
    }

    @Override
    public void recordExport(long meetingId, Long roundId, String file) {
        auditLogAndRecord().recordExport(meetingId, roundId, file);
    }

    @Override
    public String roundOpenedDetail(long roundId) {
        return auditLogAndRecord().roundOpenedDetail(roundId);
    }

    @Override
    public LogHead closeHead(long roundId) {
        return auditLogAndRecord().closeHead(roundId);
    }

    @Override
    public LogHead logHead() {
        return auditLogAndRecord().logHead();
    }

    /** Meetings and rounds as rows, for checking the log against the tables ({@code tinnhiem verify}). */
    public List<LogCheck.MeetingRow> meetingRows() {
        return auditLogAndRecord().meetingRows();
    }

    public List<LogCheck.RoundRow> roundRows() {
        return auditLogAndRecord().roundRows();
    }

    @Override
    public List<vn.tinnhiem.domain.RosterCheck.OfficialRow> officialRows() {
        return auditLogAndRecord().officialRows();
    }

    /** Appends the entry recording a change, inside the change's own transaction. */
    private void log(Handle h, AuditKind kind, Long meetingId, Long roundId, String detail) {
        AuditLog.append(h, now(), kind, meetingId, roundId, detail);
    }

    /**
     * Runs {@code work} without waiting for the disk after each commit, then waits once: for writing sample data
     * such as the demo meeting, never for a count, where each ballot is on disk before it is acknowledged.
     */
    public void writingSampleData(Runnable work) {
        handle().execute("PRAGMA synchronous = OFF");
        try {
            work.run();
        } finally {
            handle().execute("PRAGMA synchronous = FULL");
            handle().createQuery("PRAGMA wal_checkpoint(FULL)").mapToMap().list();
        }
    }

    /** A pragma as this store's own connection reports it (journal_mode, synchronous…); for tests and diagnostics. */
    String pragma(String name) {
        return handle().createQuery("PRAGMA " + name).mapTo(String.class).one();
    }

    /**
     * A statement run on this store's own connection, outside any use case: for tests that make a write fail from
     * within (a temporary trigger), since a change by any other connection is an edit from outside.
     */
    void executeOwn(String sql) {
        handle().execute(sql);
    }

    private void closeConnection() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing the file failed", e);
        }
    }

    @Override
    public void close() {
        try {
            ballots.close();
            outside.close();
            if (handle != null) {
                if (!handle.isClosed() && handle.isInTransaction()) {
                    handle.rollback(); // a transaction cut short: nothing of it is kept
                }
                handle.close(); // a handle made on a connection leaves the connection open
            }
            closeConnection();
            afterClose.run();
        } finally {
            try {
                if (lock != null) {
                    lock.close();
                }
            } catch (IOException e) {
                LOG.warn("releasing the lock failed", e);
            }
        }
    }

    @Override
    public List<vn.tinnhiem.domain.Reading> readingsOf(long roundId) {
        return readings().readings(roundId);
    }

    @Override
    public List<vn.tinnhiem.domain.ReadingCheck.Stored> storedReadings(long roundId) {
        return readings().stored(roundId);
    }

    @Override
    public java.util.Map<Integer, Integer> ballotSerials(long roundId) {
        return readings().ballotSerials(roundId);
    }

    @Override
    public Integer numbered(long roundId) {
        return readings().numbered(roundId);
    }

    @Override
    public List<SheetEntry> sheetEntries(long roundId) {
        return sheets().entries(roundId);
    }
}
