package vn.tinnhiem.cli.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import vn.tinnhiem.domain.AuditChain;
import vn.tinnhiem.domain.AuditDetail;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Round;

/**
 * The anchor for a durable ballot commit: plain JDBC on the same schema and pragmas (WAL, synchronous=FULL),
 * statements prepared once, the next number and the audit chain's head kept in memory. It writes the same rows
 * as tinnhiem (the ballot, its lines, its audit entry with the same hash) and nothing else: the floor.
 */
final class CommitAnchor implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement ballot;
    private final PreparedStatement line;
    private final PreparedStatement audit;
    private final Round round;
    private int number;
    private AuditEvent head;

    CommitAnchor(Path file, Round round) throws SQLException {
        this.round = round;
        connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA foreign_keys=ON");
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(number), 0) FROM ballot WHERE round_id = "
                    + round.id())) {
                number = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT seq, at, kind, meeting_id, round_id, detail, prev_hash, hash"
                    + " FROM audit_event ORDER BY seq DESC LIMIT 1")) {
                head = rs.next() ? new AuditEvent(rs.getLong(1), rs.getString(2), AuditKind.valueOf(rs.getString(3)),
                        rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8)) : null;
            }
        }
        connection.setAutoCommit(false);
        ballot = connection.prepareStatement("INSERT INTO ballot (round_id, number, status) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        line = connection.prepareStatement("INSERT INTO ballot_line (ballot_id, line, mark) VALUES (?, ?, ?)");
        audit = connection.prepareStatement("INSERT INTO audit_event (seq, at, kind, meeting_id, round_id, detail,"
                + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    void commit(BallotDraft draft) throws SQLException {
        int n = number + 1;
        ballot.setLong(1, round.id());
        ballot.setInt(2, n);
        ballot.setString(3, draft.status().name());
        ballot.executeUpdate();
        long id;
        try (ResultSet keys = ballot.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        if (!draft.wholeInvalid()) {
            int i = 1;
            for (Mark m : draft.marks()) {
                line.setLong(1, id);
                line.setInt(2, i++);
                line.setInt(3, m.code());
                line.addBatch();
            }
            line.executeBatch();
        }
        Ballot b = new Ballot(id, n, draft.status(), draft.wholeInvalid() ? java.util.List.of() : draft.marks(),
                false, null);
        String at = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        AuditEvent e = AuditChain.next(head, at, AuditKind.BALLOT_RECORDED, round.meetingId(), round.id(),
                AuditDetail.ballotRecorded(b));
        audit.setLong(1, e.seq());
        audit.setString(2, e.time());
        audit.setString(3, e.kind().name());
        audit.setLong(4, e.meetingId());
        audit.setLong(5, e.roundId());
        audit.setString(6, e.detail());
        audit.setString(7, e.prevHash());
        audit.setString(8, e.hash());
        audit.executeUpdate();
        connection.commit();
        number = n;
        head = e;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
