package vn.tinnhiem.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.LogCheck;
import vn.tinnhiem.domain.LogHead;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingAtClose;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.i18n.Meanwhile;

/**
 * A file opened only to be read ({@link Database#openReadOnly}), on one plain JDBC connection holding one read
 * transaction, so everything it returns is one snapshot. Plain JDBC rather than Jdbi: Jdbi's first use costs about
 * half a second of class loading, several times what {@code report} takes to read 2,000 ballots. The rows are
 * read as {@link JdbiStore} reads them, with the same refusals (a missing meeting or round, unknown rules).
 */
final class JdbcReader implements StoreReads {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcReader.class);

    private final Path path;
    private final Connection connection;
    /** SQLite's check of every page, running on a connection of its own meanwhile; {@code null} when none runs. */
    private final Meanwhile<List<Problem>> pageCheck;
    private final Runnable afterClose;
    /** For each round whose ballots were read, those whose lines were not numbered 1 to n. */
    private final Map<Long, List<Integer>> outOfPlace = new HashMap<>();
    /**
     * Each meeting and round read so far: the snapshot never changes, and a check asks for the same ones several
     * times ({@code verify} reads each meeting for the log's check and again for its rounds).
     */
    private final Map<Long, Meeting> meetings = new HashMap<>();
    private final Map<Long, Round> rounds = new HashMap<>();

    JdbcReader(Path path, Connection connection, Meanwhile<List<Problem>> pageCheck, Runnable afterClose) {
        this.path = path;
        this.connection = connection;
        this.pageCheck = pageCheck;
        this.afterClose = afterClose;
    }

    @Override
    public void requirePagesIntact() {
        if (pageCheck != null) {
            pageCheck.get();
        }
    }

    @Override
    public List<Problem> valuesNotAsWritten() {
        return pageCheck == null ? List.of() : pageCheck.get();
    }

    /** Maps one row; may throw what the row's content calls for. */
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> list(String sql, Row<T> row, Object... args) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private <T> T first(String sql, Row<T> row, Object... args) {
        List<T> all = list(sql, row, args);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * The refusal for a failed read: a damaged file as such, anything else as a file that could not be read
     * (never "could not write": these commands only read). SQLite's own words go to the log.
     */
    private StoreException failed(SQLException e) {
        LOG.error("reading {} failed", path, e);
        return new StoreException(OpenFailures.explain(path, e, "files.db.cannotRead"), e);
    }

    @Override
    public List<MeetingSummary> meetings() {
        try {
            return MeetingRows.summaries(connection);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Meeting meeting(long meetingId) {
        Meeting known = meetings.get(meetingId);
        if (known != null) {
            return known;
        }
        List<CommitteeMember> committee = list(
                "SELECT name, role FROM committee_member WHERE meeting_id = ? ORDER BY seq",
                rs -> new CommitteeMember(rs.getString("name"), rs.getString("role")), meetingId);
        Meeting m = first("SELECT * FROM meeting WHERE id = ?",
                rs -> new Meeting(rs.getLong("id"), new MeetingDetails(rs.getString("title"), rs.getString("body"),
                        rs.getString("place"), rs.getString("held_on"), StoredInts.of(rs, "summoned"), StoredInts.of(rs, "present"),
                        committee, StoredRules.meeting(rs.getString("rules")))), meetingId);
        if (m == null) {
            throw new StoreException(Problem.of("error.meeting.missing", meetingId));
        }
        meetings.put(meetingId, m);
        return m;
    }

    @Override
    public List<Round> rounds(long meetingId) {
        return list("SELECT id FROM round WHERE meeting_id = ? ORDER BY seq", rs -> rs.getLong(1), meetingId)
                .stream().map(this::round).toList();
    }

    @Override
    public Round round(long roundId) {
        Round known = rounds.get(roundId);
        if (known != null) {
            return known;
        }
        List<Official> officials = list(RoundRows.OFFICIALS, RoundRows::official, roundId);
        Round r = first(RoundRows.ROUND, rs -> RoundRows.round(rs, officials), roundId);
        if (r == null) {
            throw new StoreException(Problem.of("error.round.missing", roundId));
        }
        rounds.put(roundId, r);
        return r;
    }

    @Override
    public List<Ballot> ballots(long roundId) {
        Round round = round(roundId);
        try {
            List<Integer> odd = new ArrayList<>();
            List<Ballot> ballots = BallotRows.read(connection, round, odd);
            outOfPlace.put(roundId, odd);
            return ballots;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public List<Integer> linesOutOfPlace(long roundId) {
        if (!outOfPlace.containsKey(roundId)) {
            ballots(roundId); // one snapshot: the same answer as when the ballots were read
        }
        return List.copyOf(outOfPlace.get(roundId));
    }

    @Override
    public String fingerprint(long roundId) {
        round(roundId);
        return first("SELECT fingerprint FROM round WHERE id = ?", rs -> rs.getString(1), roundId);
    }

    @Override
    public RoundTimes roundTimes(long roundId) {
        round(roundId);
        return first(RoundRows.TIMES, RoundRows::times, roundId);
    }

    @Override
    public MeetingAtClose meetingAtClose(long roundId) {
        round(roundId);
        return MeetingAtClose.decode(meetingAtCloseText(roundId));
    }

    @Override
    public String meetingAtCloseText(long roundId) {
        return first("SELECT meeting_at_close FROM round WHERE id = ?", rs -> rs.getString(1), roundId);
    }

    @Override
    public String roundOpenedDetail(long roundId) {
        return first(RecordReads.ROUND_OPENED_DETAIL, rs -> rs.getString(1), roundId);
    }

    @Override
    public LogHead closeHead(long roundId) {
        return first("SELECT seq, hash FROM audit_event WHERE round_id = ? AND kind = 'ROUND_CLOSED' "
                + "ORDER BY seq LIMIT 1", rs -> new LogHead(rs.getLong(1), rs.getString(2)), roundId);
    }

    @Override
    public LogHead logHead() {
        return first("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1",
                rs -> new LogHead(rs.getLong(1), rs.getString(2)));
    }

    @Override
    public List<AuditEvent> auditLog() {
        return list("SELECT " + AuditLog.COMPACT + " FROM audit_event ORDER BY seq", AuditLog::compact);
    }

    @Override
    public List<AuditEvent> auditLog(long meetingId) {
        return list("SELECT " + AuditLog.COMPACT + " FROM audit_event WHERE meeting_id = ? ORDER BY seq",
                AuditLog::compact, meetingId);
    }

    @Override
    public List<LogCheck.MeetingRow> meetingRows() {
        List<LogCheck.MeetingRow> rows = new ArrayList<>();
        for (Object[] r : list("SELECT id, created_at FROM meeting ORDER BY id", rs -> new Object[] {rs.getLong(1),
                rs.getString(2)})) {
            rows.add(new LogCheck.MeetingRow((Long) r[0], meeting((Long) r[0]).details(), (String) r[1]));
        }
        return rows;
    }

    @Override
    public List<LogCheck.RoundRow> roundRows() {
        return list("""
                SELECT id, meeting_id, seq, opened_at, closed_at, fingerprint, meeting_at_close
                FROM round ORDER BY id""",
                rs -> new LogCheck.RoundRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6) != null, rs.getString(7)));
    }

    @Override
    public List<vn.tinnhiem.domain.RosterCheck.OfficialRow> officialRows() {
        return list(RecordReads.OFFICIAL_ROWS, RecordReads::officialRow);
    }

    @Override
    public List<vn.tinnhiem.domain.Reading> readingsOf(long roundId) {
        return storedReadings(roundId).stream().map(vn.tinnhiem.domain.ReadingCheck.Stored::reading).toList();
    }

    @Override
    public List<vn.tinnhiem.domain.ReadingCheck.Stored> storedReadings(long roundId) {
        Round round = round(roundId);
        return read(() -> CountingRows.stored(connection, round));
    }

    @Override
    public java.util.Map<Integer, Integer> ballotSerials(long roundId) {
        return read(() -> CountingRows.ballotSerials(connection, roundId));
    }

    @Override
    public Integer numbered(long roundId) {
        return read(() -> CountingRows.numbered(connection, roundId));
    }

    @Override
    public List<vn.tinnhiem.domain.SheetEntry> sheetEntries(long roundId) {
        Round round = round(roundId);
        return read(() -> CountingRows.sheets(connection, round));
    }

    /** Reads with the store's refusal for a failed read. */
    private <T> T read(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    @Override
    public void close() {
        try {
            try {
                connection.rollback(); // the snapshot's read transaction: nothing was written
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("closing the file read failed", e);
        }
        if (pageCheck != null) {
            try {
                pageCheck.get(); // its connection closed before anything beside the file is cleared
            } catch (RuntimeException e) {
                LOG.debug("the check of every page found the file damaged", e);
            }
        }
        afterClose.run();
    }
}
