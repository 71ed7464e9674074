package vn.tinnhiem.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.AuditDetail;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.CommitteeMember;
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
import vn.tinnhiem.domain.Rules;
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

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static StoreException refuse(Problem problem) {
        return new StoreException(problem);
    }

    private static <T> T checked(Checked<T> checked) {
        if (!checked.isOk()) {
            throw refuse(checked.problem());
        }
        return checked.value();
    }

    private String now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    // ---- meetings ----

    /** Read without Jdbi: the first screen shows it (see {@link #handle()}). */
    @Override
    public List<MeetingSummary> meetings() {
        try {
            return MeetingRows.summaries(connection);
        } catch (SQLException e) {
            LOG.error("storage failed", e);
            throw new StoreException(Problem.of("error.db.failed", rootMessage(e)), e);
        }
    }

    @Override
    public Meeting meeting(long meetingId) {
        return tx(h -> meeting(h, meetingId));
    }

    private Meeting meeting(Handle h, long meetingId) {
        List<CommitteeMember> committee = h.createQuery(
                        "SELECT name, role FROM committee_member WHERE meeting_id = ? ORDER BY seq")
                .bind(0, meetingId)
                .map((rs, ctx) -> new CommitteeMember(rs.getString("name"), rs.getString("role")))
                .list();
        return h.createQuery("SELECT * FROM meeting WHERE id = ?")
                .bind(0, meetingId)
                .map((rs, ctx) -> new Meeting(rs.getLong("id"), new MeetingDetails(rs.getString("title"),
                        rs.getString("body"), rs.getString("place"), rs.getString("held_on"),
                        rs.getInt("summoned"), rs.getInt("present"), committee,
                        StoredRules.meeting(rs.getString("rules")))))
                .findOne()
                .orElseThrow(() -> refuse(Problem.of("error.meeting.missing", meetingId)));
    }

    @Override
    public Meeting createMeeting(MeetingDetails raw) {
        MeetingDetails details = clean(raw);
        return tx(h -> {
            long id = h.createUpdate("""
                    INSERT INTO meeting (title, body, place, held_on, summoned, present, created_at, rules)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .bind(0, details.title()).bind(1, details.body()).bind(2, details.place())
                    .bind(3, details.date()).bind(4, details.summoned()).bind(5, details.present())
                    .bind(6, now()).bind(7, details.rules().encode())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            writeCommittee(h, id, details.committee());
            Meeting created = meeting(h, id);
            log(h, AuditKind.MEETING_CREATED, id, null, AuditDetail.meeting(created.details()));
            return created;
        });
    }

    @Override
    public Meeting updateMeeting(long meetingId, MeetingDetails raw) {
        MeetingDetails details = clean(raw);
        return tx(h -> {
            int n = h.createUpdate("""
                    UPDATE meeting SET title = ?, body = ?, place = ?, held_on = ?, summoned = ?, present = ?,
                      rules = ?
                    WHERE id = ?""")
                    .bind(0, details.title()).bind(1, details.body()).bind(2, details.place())
                    .bind(3, details.date()).bind(4, details.summoned()).bind(5, details.present())
                    .bind(6, details.rules().encode()).bind(7, meetingId).execute();
            if (n == 0) {
                throw refuse(Problem.of("error.meeting.missing", meetingId));
            }
            h.execute("DELETE FROM committee_member WHERE meeting_id = ?", meetingId);
            writeCommittee(h, meetingId, details.committee());
            Meeting edited = meeting(h, meetingId);
            log(h, AuditKind.MEETING_EDITED, meetingId, null, AuditDetail.meeting(edited.details()));
            return edited;
        });
    }

    /** Whatever the caller checked, what is stored is clean: NFC, trimmed, printable, within the rules. */
    private static MeetingDetails clean(MeetingDetails d) {
        List<CommitteeMember> committee = d.committee().stream()
                .map(c -> new CommitteeMember(checked(TextRules.required(c.name())), checked(TextRules.optional(c.role()))))
                .toList();
        MeetingDetails cleaned = new MeetingDetails(checked(TextRules.required(d.title())),
                checked(TextRules.optional(d.body())), checked(TextRules.optional(d.place())),
                checked(TextRules.optional(d.date())), d.summoned(), d.present(), committee, d.rules());
        return checked(RoundRules.meeting(cleaned));
    }

    private static void writeCommittee(Handle h, long meetingId, List<CommitteeMember> committee) {
        int seq = 1;
        for (CommitteeMember member : committee) {
            h.execute("INSERT INTO committee_member (meeting_id, seq, name, role) VALUES (?, ?, ?, ?)",
                    meetingId, seq++, member.name(), member.role());
        }
    }

    // ---- roster ----

    @Override
    public List<Official> roster(long meetingId) {
        return tx(h -> roster(h, meetingId));
    }

    private static List<Official> roster(Handle h, long meetingId) {
        return h.createQuery("SELECT id, seq, full_name, position FROM official WHERE meeting_id = ? ORDER BY seq")
                .bind(0, meetingId)
                .map((rs, ctx) -> new Official(rs.getLong("id"), rs.getInt("seq"), rs.getString("full_name"),
                        rs.getString("position")))
                .list();
    }

    @Override
    public Official addOfficial(long meetingId, OfficialDraft official) {
        return addOfficials(meetingId, List.of(official)).get(0);
    }

    @Override
    public List<Official> addOfficials(long meetingId, List<OfficialDraft> officials) {
        List<OfficialDraft> clean = officials.stream().map(JdbiStore::clean).toList();
        return tx(h -> {
            meeting(h, meetingId);
            int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM official WHERE meeting_id = ?")
                    .bind(0, meetingId).mapTo(Integer.class).one();
            List<Official> added = new ArrayList<>();
            for (OfficialDraft d : clean) {
                seq++;
                long id = h.createUpdate(
                                "INSERT INTO official (meeting_id, seq, full_name, position) VALUES (?, ?, ?, ?)")
                        .bind(0, meetingId).bind(1, seq).bind(2, d.fullName()).bind(3, d.position())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                added.add(new Official(id, seq, d.fullName(), d.position()));
            }
            if (!added.isEmpty()) {
                log(h, AuditKind.ROSTER_CHANGED, meetingId, null, added.size() == 1
                        ? AuditDetail.officialAdded(added.get(0)) : AuditDetail.officialsImported(added));
            }
            return added;
        });
    }

    private static OfficialDraft clean(OfficialDraft d) {
        return new OfficialDraft(checked(TextRules.personName(d.fullName())), checked(TextRules.required(d.position())));
    }

    @Override
    public List<Official> replaceRoster(long meetingId, List<OfficialDraft> officials) {
        return tx(h -> {
            for (Official o : roster(h, meetingId)) {
                if (inUse(h, o.id())) {
                    throw refuse(Problem.of("error.roster.inUse"));
                }
            }
            for (Official o : roster(h, meetingId)) {
                h.execute("DELETE FROM official WHERE id = ?", o.id());
                log(h, AuditKind.ROSTER_CHANGED, meetingId, null, AuditDetail.officialRemoved(o));
            }
            return addOfficials(meetingId, officials);
        });
    }

    @Override
    public void updateOfficial(long officialId, OfficialDraft official) {
        OfficialDraft d = clean(official);
        tx(h -> {
            int n = h.execute("UPDATE official SET full_name = ?, position = ? WHERE id = ?",
                    d.fullName(), d.position(), officialId);
            if (n == 0) {
                throw refuse(Problem.of("error.official.missing"));
            }
            long meetingId = h.createQuery("SELECT meeting_id FROM official WHERE id = ?").bind(0, officialId)
                    .mapTo(Long.class).one();
            log(h, AuditKind.ROSTER_CHANGED, meetingId, null, AuditDetail.officialEdited(officialId, d));
            return null;
        });
    }

    @Override
    public void moveOfficial(long officialId, int delta) {
        tx(h -> {
            var row = h.createQuery("SELECT meeting_id, seq FROM official WHERE id = ?").bind(0, officialId)
                    .mapToMap().findOne().orElseThrow(() -> refuse(Problem.of("error.official.missing")));
            long meetingId = ((Number) row.get("meeting_id")).longValue();
            int seq = ((Number) row.get("seq")).intValue();
            String neighbour = delta < 0
                    ? "SELECT id, seq FROM official WHERE meeting_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1"
                    : "SELECT id, seq FROM official WHERE meeting_id = ? AND seq > ? ORDER BY seq ASC LIMIT 1";
            var other = h.createQuery(neighbour).bind(0, meetingId).bind(1, seq).mapToMap().findOne();
            if (other.isEmpty()) {
                return null;
            }
            long otherId = ((Number) other.get().get("id")).longValue();
            int otherSeq = ((Number) other.get().get("seq")).intValue();
            h.execute("UPDATE official SET seq = -1 WHERE id = ?", officialId);
            h.execute("UPDATE official SET seq = ? WHERE id = ?", seq, otherId);
            h.execute("UPDATE official SET seq = ? WHERE id = ?", otherSeq, officialId);
            log(h, AuditKind.ROSTER_CHANGED, meetingId, null, AuditDetail.officialMoved(officialId, seq, otherSeq));
            return null;
        });
    }

    @Override
    public void removeOfficial(long officialId) {
        tx(h -> {
            if (inUse(h, officialId)) {
                throw refuse(Problem.of("error.official.inUse"));
            }
            var row = h.createQuery("SELECT meeting_id, seq, full_name, position FROM official WHERE id = ?")
                    .bind(0, officialId).mapToMap().findOne();
            h.execute("DELETE FROM official WHERE id = ?", officialId);
            if (row.isPresent()) {
                var r = row.get();
                log(h, AuditKind.ROSTER_CHANGED, ((Number) r.get("meeting_id")).longValue(), null,
                        AuditDetail.officialRemoved(new Official(officialId, ((Number) r.get("seq")).intValue(),
                                (String) r.get("full_name"), (String) r.get("position"))));
            }
            return null;
        });
    }

    @Override
    public boolean officialInUse(long officialId) {
        return tx(h -> inUse(h, officialId));
    }

    private static boolean inUse(Handle h, long officialId) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM round_official WHERE official_id = ?)")
                .bind(0, officialId).mapTo(Boolean.class).one();
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
                .map(o -> clean(new OfficialDraft(o.fullName(), o.position()))).toList();
        return tx(h -> {
            Meeting meeting = meeting(h, meetingId);
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
            MeetingDetails meeting = meeting(h, round.meetingId()).details();
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
                .map(id -> new LogCheck.MeetingRow(id, meeting(h, id).details(), RecordReads.createdAt(h, id)))
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
            meeting(h, meetingId);
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
