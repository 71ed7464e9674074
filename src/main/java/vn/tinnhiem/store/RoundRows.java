package vn.tinnhiem.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.RoundState;
import vn.tinnhiem.domain.StoredTime;
import vn.tinnhiem.domain.Unreadable;

/** A round and the officials on its ballot as their rows read back: by the store and the read-only file alike. */
final class RoundRows {
    private static final Logger LOG = LoggerFactory.getLogger(RoundRows.class);

    /** The officials on a round's ballot, in the order printed, with the names and positions printed. */
    static final String OFFICIALS =
            "SELECT official_id, line, full_name, position FROM round_official WHERE round_id = ? ORDER BY line";
    static final String ROUND = "SELECT * FROM round WHERE id = ?";
    static final String TIMES = "SELECT opened_at, closed_at FROM round WHERE id = ?";

    private RoundRows() {
    }

    static Official official(ResultSet rs) throws SQLException {
        return new Official(rs.getLong("official_id"), StoredInts.of(rs, "line"), rs.getString("full_name"),
                rs.getString("position"));
    }

    /**
     * A row of {@link #ROUND}. Where no base is stored (a round still open, or one closed before files kept its
     * base), the base is the ballots collected.
     */
    static Round round(ResultSet rs, List<Official> officials) throws SQLException {
        int seq = StoredInts.of(rs, "seq");
        try {
            return round(rs, officials, seq);
        } catch (Unreadable e) {
            throw new Unreadable(Problem.of("error.stored.ofRound", seq, e.problem())); // which round
        }
    }

    private static Round round(ResultSet rs, List<Official> officials, int seq) throws SQLException {
        int collected = StoredInts.of(rs, "collected");
        Integer collectedOrNull = rs.wasNull() ? null : collected;
        int base = StoredInts.of(rs, "base");
        Integer baseOrNull = rs.wasNull() ? collectedOrNull : Integer.valueOf(base);
        RoundKind kind = RoundKind.valueOf(rs.getString("kind"));
        return new Round(rs.getLong("id"), rs.getLong("meeting_id"), seq, kind, officials,
                StoredInts.of(rs, "issued"), collectedOrNull, RoundState.valueOf(rs.getString("state")),
                StoredRules.round(rs.getString("form"), kind), baseOrNull,
                new RoundSettings(rs.getInt("rehearsal") == 1, rs.getInt("hide_tallies") == 1,
                        Counting.valueOf(rs.getString("counting"))));
    }

    /**
     * A row of {@link #ROUND} that did not read ({@link #round} refused a number in it, or its officials): what the
     * meeting screen needs to list it as unreadable, its place and kind, without its officials or counts (none
     * of them to be trusted); its number is 0 when that is what did not read.
     */
    static Round listed(ResultSet rs) throws SQLException {
        long seq = rs.getLong("seq");
        RoundKind kind = RoundKind.valueOf(rs.getString("kind"));
        return new Round(rs.getLong("id"), rs.getLong("meeting_id"), seq == (int) seq ? (int) seq : 0, kind,
                List.of(), 0, null, RoundState.valueOf(rs.getString("state")),
                StoredRules.round(rs.getString("form"), kind), null,
                new RoundSettings(rs.getInt("rehearsal") == 1, rs.getInt("hide_tallies") == 1,
                        Counting.valueOf(rs.getString("counting"))));
    }

    /** A row of {@link #TIMES}. */
    static RoundTimes times(ResultSet rs) throws SQLException {
        return new RoundTimes(time(rs.getString(1)), time(rs.getString(2)));
    }

    /** A time as the store wrote it; {@code null} when none or unreadable (the minutes then leave it out). */
    private static OffsetDateTime time(String stored) {
        try {
            return stored == null || stored.isEmpty() ? null : StoredTime.parse(stored);
        } catch (java.time.format.DateTimeParseException e) {
            LOG.warn("unreadable time in the file: {}", stored);
            return null;
        }
    }
}
