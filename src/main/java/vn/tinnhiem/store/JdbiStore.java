package vn.tinnhiem.store;

import static vn.tinnhiem.store.Refusals.checked;
import static vn.tinnhiem.store.Refusals.refuse;
import static vn.tinnhiem.store.Refusals.rootMessage;

import java.sql.Connection;
import java.sql.SQLException;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.AuditDetail;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.LogCheck;
import vn.tinnhiem.domain.LogHead;
import vn.tinnhiem.domain.MeetingAtClose;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Recount;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundCount;
import vn.tinnhiem.domain.RoundRules;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.RoundState;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.domain.TextRules;

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
    /** The meetings and their rosters, in this store's transactions; made at first use, as Jdbi's handle is. */
    private JdbiMeetings meetings;

    /** {@code handle}: Jdbi's handle on {@code connection} when one was made (a migration), or {@code null}. */
    JdbiStore(Connection connection, Handle handle, Database.Lease lock, Clock clock) {
        this(connection, handle, lock, clock, () -> { });
    }

    private JdbiStore(Connection connection, Handle handle, Database.Lease lock, Clock clock, Runnable afterClose) {
        this.connection = connection;
        this.handle = handle;
        this.lock = lock;
        this.clock = clock;
        this.afterClose = afterClose;
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

    private <T> T tx(HandleCallback<T, RuntimeException> work) {
        try {
            return handle().inTransaction(work);
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

    // ---- rounds ----

    @Override
    public List<Round> rounds(long meetingId) {
        return tx(h -> h.createQuery("SELECT id FROM round WHERE meeting_id = ? ORDER BY seq")
                .bind(0, meetingId).mapTo(Long.class).list()
                .stream().map(id -> round(h, id)).toList());
    }

    @Override
    public Round round(long roundId) {
        return tx(h -> round(h, roundId));
    }

    static Round round(Handle h, long roundId) {
        List<Official> officials = h.createQuery(
                        "SELECT official_id, line, full_name, position FROM round_official WHERE round_id = ? ORDER BY line")
                .bind(0, roundId)
                .map((rs, ctx) -> new Official(rs.getLong("official_id"), rs.getInt("line"),
                        rs.getString("full_name"), rs.getString("position")))
                .list();
        return h.createQuery("SELECT * FROM round WHERE id = ?").bind(0, roundId)
                .map((rs, ctx) -> {
                    int collected = rs.getInt("collected");
                    Integer collectedOrNull = rs.wasNull() ? null : collected;
                    int base = rs.getInt("base");
                    Integer baseOrNull = rs.wasNull() ? collectedOrNull : Integer.valueOf(base);
                    RoundKind kind = RoundKind.valueOf(rs.getString("kind"));
                    return new Round(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("seq"), kind, officials,
                            rs.getInt("issued"), collectedOrNull, RoundState.valueOf(rs.getString("state")),
                            StoredRules.round(rs.getString("form"), kind), baseOrNull,
                            new RoundSettings(rs.getInt("rehearsal") == 1, rs.getInt("hide_tallies") == 1,
                                    Counting.valueOf(rs.getString("counting"))));
                })
                .findOne()
                .orElseThrow(() -> refuse(Problem.of("error.round.missing", roundId)));
    }

    @Override
    public Round openRound(long meetingId, RoundKind kind, List<Official> onBallot, int issued) {
        return openRound(meetingId, kind, onBallot, issued, RoundSettings.NORMAL);
    }

    @Override
    public Round openRound(long meetingId, RoundKind kind, List<Official> onBallot, int issued,
                           RoundSettings settings) {
        checked(RoundRules.opening(onBallot, issued));
        List<OfficialDraft> printed = onBallot.stream()
                .map(o -> JdbiMeetings.clean(new OfficialDraft(o.fullName(), o.position()))).toList();
        return tx(h -> {
            Meeting meeting = JdbiMeetings.meeting(h, meetingId);
            BallotForm form = meeting.details().rules().formFor(kind);
            int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM round WHERE meeting_id = ?")
                    .bind(0, meetingId).mapTo(Integer.class).one();
            long id = h.createUpdate("""
                    INSERT INTO round (meeting_id, seq, kind, issued, state, opened_at, form, rehearsal,
                                       hide_tallies, counting)
                    VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)""")
                    .bind(0, meetingId).bind(1, seq).bind(2, kind.name()).bind(3, issued).bind(4, now())
                    .bind(5, form.encode()).bind(6, settings.rehearsal() ? 1 : 0)
                    .bind(7, settings.hideTallies() ? 1 : 0).bind(8, settings.counting().name())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            // Names and positions as given: the roster's, or those printed on an earlier ballot carried over.
            for (int line = 1; line <= onBallot.size(); line++) {
                OfficialDraft p = printed.get(line - 1);
                h.execute("""
                        INSERT INTO round_official (round_id, line, official_id, full_name, position)
                        SELECT ?, ?, id, ?, ? FROM official WHERE id = ? AND meeting_id = ?""",
                        id, line, p.fullName(), p.position(), onBallot.get(line - 1).id(), meetingId);
            }
            Round round = round(h, id);
            if (round.officials().size() != onBallot.size()) {
                throw refuse(Problem.of("error.official.missing"));
            }
            log(h, AuditKind.ROUND_OPENED, meetingId, id, AuditDetail.roundOpened(round));
            return round;
        });
    }

    // ---- ballots ----

    @Override
    public List<Ballot> ballots(long roundId) {
        return tx(h -> ballots(h, round(h, roundId)));
    }

    private static List<Ballot> ballots(Handle h, Round round) {
        try {
            return BallotRows.read(h.getConnection(), round);
        } catch (SQLException e) {
            LOG.error("storage failed", e);
            throw new StoreException(Problem.of("error.db.failed", rootMessage(e)), e);
        }
    }

    @Override
    public Ballot recordBallot(long roundId, BallotDraft draft, Integer replaces) {
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
        String why = checked(TextRules.required(reason));
        return tx(h -> {
            Round round = round(h, roundId);
            if (!round.isOpen()) {
                throw refuse(Problem.of("error.round.closed"));
            }
            if (round.settings().counting() == Counting.DOUBLE_ENTRY) {
                throw refuse(Problem.of("de.entry.noVoid")); // a third reading corrects, see docs/double-entry.md
            }
            Ballot ballot = ballots(h, round).stream().filter(b -> b.number() == number).findFirst()
                    .orElseThrow(() -> refuse(Problem.of("error.void.noSuchBallot", number)));
            if (ballot.voided()) {
                throw refuse(Problem.of("error.void.already", number));
            }
            h.execute("UPDATE ballot SET voided = 1, void_reason = ? WHERE id = ?", why, ballot.id());
            Ballot voided = new Ballot(ballot.id(), number, ballot.status(), ballot.marks(), true, why);
            log(h, AuditKind.BALLOT_VOIDED, round.meetingId(), roundId, AuditDetail.ballotVoided(voided));
            return voided;
        });
    }

    @Override
    public Round closeRound(long roundId, int collected, Tally running) {
        return tx(h -> {
            Round round = round(h, roundId);
            List<Ballot> ballots = ballots(h, round);
            List<SheetEntry> sheets = JdbiSheetStore.entries(h, round); // none unless counted from tally sheets
            Tally tally = RoundCount.tally(round, ballots, sheets);
            if (running != null && round.isOpen()) {
                checked(Recount.matches(running, tally));
            }
            checked(RoundCount.closing(round, ballots, sheets, collected));
            MeetingDetails meeting = JdbiMeetings.meeting(h, round.meetingId()).details();
            int base = switch (round.form().base()) {
                case BALLOTS_COLLECTED -> collected;
                case VALID_BALLOTS -> tally.validBallots();
                case MEMBERS_SUMMONED -> meeting.summoned();
                case MEMBERS_PRESENT -> meeting.present();
            };
            // The fingerprint is taken over the round exactly as it reads back, then set with the state: a
            // closed round cannot be updated any more. Both statements are in this one transaction.
            String closedAt = now();
            h.execute("UPDATE round SET collected = ?, base = ?, closed_at = ? WHERE id = ?",
                    collected, base, closedAt, roundId);
            String frozen = RecordReads.freeze(h, roundId, meeting, closedAt);
            String fingerprint = Fingerprint.of(round(h, roundId), ballots, sheets, frozen);
            h.execute("UPDATE round SET state = 'CLOSED', fingerprint = ? WHERE id = ?", fingerprint, roundId);
            Round closed = round(h, roundId);
            log(h, AuditKind.ROUND_CLOSED, closed.meetingId(), roundId, AuditDetail.roundClosed(closed, fingerprint));
            return closed;
        });
    }

    @Override
    public SheetStore sheets() {
        return new JdbiSheetStore(handle(), clock);
    }

    @Override
    public void deleteRehearsal(long roundId) {
        tx(h -> {
            Round round = round(h, roundId);
            if (!round.rehearsal()) {
                throw refuse(Problem.of("room.delete.notRehearsal", round.number()));
            }
            int ballots = h.createQuery("SELECT count(*) FROM ballot WHERE round_id = ?").bind(0, roundId)
                    .mapTo(Integer.class).one();
            h.execute("DELETE FROM reading WHERE round_id = ?", roundId);
            h.execute("DELETE FROM ballot_line WHERE ballot_id IN (SELECT id FROM ballot WHERE round_id = ?)", roundId);
            h.execute("DELETE FROM ballot WHERE round_id = ?", roundId);
            h.execute("DELETE FROM round_official WHERE round_id = ?", roundId);
            h.execute("DELETE FROM round WHERE id = ?", roundId);
            log(h, AuditKind.ROUND_DELETED, round.meetingId(), roundId, AuditDetail.rehearsalDeleted(round, ballots));
            return null;
        });
    }

    @Override
    public String fingerprint(long roundId) {
        return tx(h -> {
            round(h, roundId);
            return h.createQuery("SELECT fingerprint FROM round WHERE id = ?").bind(0, roundId)
                    .mapTo(String.class).findOne().orElse(null);
        });
    }

    @Override
    public RoundTimes roundTimes(long roundId) {
        return tx(h -> {
            round(h, roundId);
            return h.createQuery("SELECT opened_at, closed_at FROM round WHERE id = ?").bind(0, roundId)
                    .map((rs, ctx) -> new RoundTimes(time(rs.getString(1)), time(rs.getString(2)))).one();
        });
    }

    /** A time as {@link #now()} wrote it; {@code null} when none or unreadable (the minutes then leave it out). */
    private static OffsetDateTime time(String stored) {
        try {
            return stored == null || stored.isEmpty() ? null : OffsetDateTime.parse(stored);
        } catch (java.time.format.DateTimeParseException e) {
            LOG.warn("unreadable time in the file: {}", stored);
            return null;
        }
    }

    @Override
    public MeetingAtClose meetingAtClose(long roundId) {
        return tx(h -> {
            round(h, roundId);
            return MeetingAtClose.decode(RecordReads.frozenText(h, roundId));
        });
    }

    /** The frozen meeting details of a round as stored, undecoded: what its fingerprint covers. */
    public String meetingAtCloseText(long roundId) {
        return tx(h -> RecordReads.frozenText(h, roundId));
    }

    @Override
    public LogHead closeHead(long roundId) {
        return tx(h -> RecordReads.closeHead(h, roundId));
    }

    @Override
    public LogHead logHead() {
        return tx(RecordReads::logHead);
    }

    /** Meetings and rounds as rows, for checking the log against the tables ({@code tinnhiem verify}). */
    public List<LogCheck.MeetingRow> meetingRows() {
        return tx(h -> RecordReads.meetingIds(h).stream()
                .map(id -> new LogCheck.MeetingRow(id, JdbiMeetings.meeting(h, id).details(),
                        RecordReads.createdAt(h, id)))
                .toList());
    }

    public List<LogCheck.RoundRow> roundRows() {
        return tx(RecordReads::roundRows);
    }

    /** The readings of double-entry rounds, on this connection and through this store's ballot path. */
    public Readings readings() {
        return new JdbiReadings(handle(), ballots, clock, this);
    }

    // ---- audit log ----

    @Override
    public List<AuditEvent> auditLog() {
        return tx(AuditLog::all);
    }

    @Override
    public List<AuditEvent> auditLog(long meetingId) {
        return tx(h -> AuditLog.ofMeeting(h, meetingId));
    }

    @Override
    public void recordExport(long meetingId, Long roundId, String file) {
        tx(h -> {
            JdbiMeetings.meeting(h, meetingId);
            if (roundId != null && round(h, roundId).meetingId() != meetingId) {
                throw refuse(Problem.of("error.round.missing", roundId));
            }
            log(h, AuditKind.EXPORT_WRITTEN, meetingId, roundId, AuditDetail.exportWritten(file));
            return null;
        });
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
