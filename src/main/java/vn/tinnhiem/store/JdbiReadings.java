package vn.tinnhiem.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.DoubleEntry;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Reading;
import vn.tinnhiem.domain.ReadingCheck;
import vn.tinnhiem.domain.ReadingDetail;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.SerialState;
import vn.tinnhiem.domain.Tally;

/**
 * {@link Readings} on the store's own connection. A reading that settles its serial records the ballot through
 * the same ballot path as the ballot-by-ballot screen ({@link BallotWriter}), in the reading's transaction, so the
 * tally, the recount at close, the fingerprint, the projector and the minutes see an ordinary ballot.
 */
final class JdbiReadings implements Readings {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiReadings.class);

    private final Handle handle;
    private final BallotWriter ballots;
    private final Clock clock;
    private final JdbiStore store;
    private final OutsideEdits outside;

    JdbiReadings(Handle handle, BallotWriter ballots, Clock clock, JdbiStore store, OutsideEdits outside) {
        this.outside = outside;
        this.handle = handle;
        this.ballots = ballots;
        this.clock = clock;
        this.store = store;
    }

    @Override
    public List<Reading> readings(long roundId) {
        return run(h -> read(h, JdbiStore.round(h, roundId)));
    }

    @Override
    public List<ReadingCheck.Stored> stored(long roundId) {
        return run(h -> CountingRows.stored(h.getConnection(), JdbiStore.round(h, roundId)));
    }

    @Override
    public Map<Integer, Integer> ballotSerials(long roundId) {
        return run(h -> CountingRows.ballotSerials(h.getConnection(), roundId));
    }

    @Override
    public Reading last(long roundId) {
        return run(h -> CountingRows.last(h.getConnection(), JdbiStore.round(h, roundId)));
    }

    @Override
    public Integer numbered(long roundId) {
        return run(h -> numbered(h, roundId));
    }

    @Override
    public RecordedReading record(long roundId, int serial, int numbered, BallotDraft draft) {
        return run(h -> {
            Round round = JdbiStore.round(h, roundId);
            List<Reading> before = read(h, round);
            Integer fixed = numbered(h, roundId);
            if (fixed != null && fixed != numbered) {
                throw new StoreException(Problem.of("de.error.numberedFixed", fixed));
            }
            Reading reading = checked(DoubleEntry.accept(round, before, numbered, serial, draft));
            String now = now();
            h.execute("INSERT INTO reading (round_id, serial, pass, numbered, status, marks, at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", roundId, serial, reading.pass(), numbered,
                    reading.status().name(), reading.codes(), now);
            AuditLog.append(h, now, AuditKind.READING_RECORDED, round.meetingId(), roundId,
                    ReadingDetail.of(reading, numbered));
            List<Reading> after = new ArrayList<>(before);
            after.add(reading);
            SerialState state = DoubleEntry.state(serial, after);
            Ballot ballot = null;
            if (state.settled().isPresent()) {
                ballots.forget(); // the log's head moved: the ballot path reads it again
                ballot = ballots.record(h, roundId, state.settled().get().draft(round.officials().size()), null,
                        now, hh -> round);
                h.execute("UPDATE ballot SET serial = ? WHERE id = ?", serial, ballot.id());
            }
            return new RecordedReading(reading, state, ballot, DoubleEntry.gapsBefore(before, reading));
        });
    }

    @Override
    public Round close(long roundId, Tally running) {
        return run(h -> {
            Round round = JdbiStore.round(h, roundId);
            if (!round.isOpen()) {
                throw new StoreException(Problem.of("error.round.closed"));
            }
            Integer numbered = numbered(h, roundId);
            if (numbered == null) {
                throw new StoreException(Problem.of("de.close.unnumbered"));
            }
            checked(DoubleEntry.closing(DoubleEntry.progress(read(h, round), numbered)));
            return store.closeRound(roundId, numbered, running); // joins this transaction
        });
    }

    private interface Work<T> {
        T in(Handle h) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try {
            return handle.inTransaction(h -> outside.guard(h, work::in));
        } catch (StoreException e) {
            throw e;
        } catch (SQLException | JdbiException e) {
            ballots.failed();
            LOG.error("storage failed", e);
            throw new StoreException(Problem.of("error.db.failed", Refusals.rootMessage(e)), e);
        } finally {
            ballots.forget();
        }
    }

    private static <T> T checked(Checked<T> c) {
        if (!c.isOk()) {
            throw new StoreException(c.problem());
        }
        return c.value();
    }

    private String now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * A round whose ballots are keyed one by one: a double-entry round takes its ballots only from agreeing
     * readings. Checked where the ballot path loads its round, so it costs nothing per ballot.
     */
    static Round keyedBallotByBallot(Round round) {
        if (round.settings().counting() == vn.tinnhiem.domain.Counting.DOUBLE_ENTRY) {
            throw new StoreException(Problem.of("de.error.byReadingOnly", round.number()));
        }
        return round;
    }

    /** The readings of a round, by serial then pass, read as the file opened only to be read reads them. */
    static List<Reading> read(Handle h, Round round) throws SQLException {
        return CountingRows.stored(h.getConnection(), round).stream().map(ReadingCheck.Stored::reading).toList();
    }

    static Integer numbered(Handle h, long roundId) throws SQLException {
        return CountingRows.numbered(h.getConnection(), roundId);
    }
}
