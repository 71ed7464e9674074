package vn.tinnhiem.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import vn.tinnhiem.domain.AuditChain;
import vn.tinnhiem.domain.AuditDetail;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundRules;
import vn.tinnhiem.domain.Tally;

/**
 * The ballot path, the one write the chair waits for after every ballot: its three statements are prepared once
 * on the connection, and what a commit needs to know (the round with its officials and rules, the ballots entered,
 * the last number, the audit chain's head) is kept in memory between commits. That is safe because this process
 * is the file's only writer (the lock {@link Database} takes), and every other transaction of the store, and any
 * failed one, makes it forget all of it, to be read again on the next ballot.
 *
 * <p>Caveat until the lock also holds across hard links to the same file: a second copy of tinnhiem opened
 * through a hard link could write between two ballots; the database's own checks (a unique number per round,
 * the audit chain's trigger) would then refuse the stale write rather than let it through, and the cache is
 * forgotten and read again.
 */
final class BallotWriter implements AutoCloseable {
    private PreparedStatement insertBallot;
    private PreparedStatement insertLine;
    private PreparedStatement insertAudit;

    private Round round;
    private int entered;
    private int lastNumber;
    private AuditEvent head;
    private boolean headKnown;
    private AuditEvent pendingHead;
    private int pendingNumber;

    /**
     * Records one ballot inside the caller's transaction on {@code h}. {@code loadRound} reads the round when it is
     * not in memory; {@code now} is the audit entry's time.
     */
    Ballot record(Handle h, long roundId, BallotDraft draft, Integer replaces, String now,
                  Function<Handle, Round> loadRound) throws SQLException {
        Connection c = h.getConnection();
        prepare(c);
        if (round == null || round.id() != roundId) {
            round = loadRound.apply(h);
            entered = queryInt(c, "SELECT count(*) FROM ballot WHERE round_id = ? AND voided = 0", roundId);
            lastNumber = queryInt(c, "SELECT COALESCE(MAX(number), 0) FROM ballot WHERE round_id = ?", roundId);
        }
        if (draft.lines() != round.officials().size()) {
            throw new StoreException(Problem.of("error.ballot.incomplete", round.officials().size() - draft.cursor()));
        }
        Tally counted = new Tally(round.kind(), entered, 0, 0, List.of());
        var ok = RoundRules.recording(round, counted, draft);
        if (!ok.isOk()) {
            throw new StoreException(ok.problem());
        }
        for (Mark m : draft.marks()) {
            if (m instanceof Mark.Level level && level.level() > round.levels()) {
                throw new StoreException(Problem.of("error.ballot.level", level.level(), round.levels()));
            }
        }
        if (replaces != null && queryInt(c, "SELECT count(*) FROM ballot WHERE round_id = ? AND number = "
                + replaces.intValue() + " AND voided = 1", roundId) == 0) {
            throw new StoreException(Problem.of("error.ballot.replacesNotVoided", replaces));
        }
        if (!headKnown) {
            head = AuditLog.last(h);
            headKnown = true;
        }
        int number = lastNumber + 1;
        insertBallot.setLong(1, roundId);
        insertBallot.setInt(2, number);
        insertBallot.setString(3, draft.status().name());
        if (replaces == null) {
            insertBallot.setNull(4, java.sql.Types.INTEGER);
        } else {
            insertBallot.setInt(4, replaces);
        }
        insertBallot.executeUpdate();
        long id;
        try (ResultSet keys = insertBallot.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        if (!draft.wholeInvalid()) {
            int line = 1;
            for (Mark m : draft.marks()) {
                insertLine.setLong(1, id);
                insertLine.setInt(2, line++);
                insertLine.setInt(3, m.code());
                insertLine.addBatch();
            }
            insertLine.executeBatch();
        }
        Ballot recorded = new Ballot(id, number, draft.status(), draft.wholeInvalid() ? List.of() : draft.marks(),
                false, null, replaces);
        AuditEvent e = AuditChain.next(head, now, AuditKind.BALLOT_RECORDED, round.meetingId(), roundId,
                AuditDetail.ballotRecorded(recorded));
        AuditLog.bind(insertAudit, e);
        insertAudit.executeUpdate();
        pendingHead = e;
        pendingNumber = number;
        return recorded;
    }

    /** The transaction that {@link #record} ran in has committed: what it wrote is now what is on disk. */
    void committed() {
        entered++;
        lastNumber = pendingNumber;
        head = pendingHead;
    }

    /** After any other transaction, or a failed one: read everything again on the next ballot. */
    void forget() {
        round = null;
        head = null;
        headKnown = false;
    }

    /** After a failed ballot: read everything again, and prepare the statements again (SQLite may leave one unusable). */
    void failed() {
        forget();
        close();
        insertBallot = null;
        insertLine = null;
        insertAudit = null;
    }

    private void prepare(Connection c) throws SQLException {
        if (insertBallot == null) {
            insertBallot = c.prepareStatement("INSERT INTO ballot (round_id, number, status, replaces) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            insertLine = c.prepareStatement("INSERT INTO ballot_line (ballot_id, line, mark) VALUES (?, ?, ?)");
            insertAudit = c.prepareStatement(AuditLog.INSERT);
        }
    }

    private static int queryInt(Connection c, String sql, long arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    @Override
    public void close() {
        for (PreparedStatement s : new PreparedStatement[] {insertBallot, insertLine, insertAudit}) {
            if (s != null) {
                try {
                    s.close();
                } catch (SQLException e) {
                    // the connection closes next
                }
            }
        }
    }
}
