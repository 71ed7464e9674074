package vn.tinnhiem.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.Reading;
import vn.tinnhiem.domain.ReadingCheck;
import vn.tinnhiem.domain.ReadingDetail;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.TallySheet;

/**
 * The readings of double entry and the tally-sheet entries, read on a plain JDBC connection: the file opened only
 * to be read ({@link JdbcReader}) and the store ({@link JdbiReadings}, {@link JdbiSheetStore}, on their handle's
 * connection, inside their transaction) read them through these same lines, as both read ballots through
 * {@link BallotRows}.
 */
final class CountingRows {
    private CountingRows() {
    }

    static List<ReadingCheck.Stored> stored(Connection c, Round round) throws SQLException {
        List<ReadingCheck.Stored> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT serial, pass, status, marks, numbered FROM reading "
                + "WHERE round_id = ? ORDER BY serial, pass")) {
            s.setLong(1, round.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Reading r = ReadingDetail.parse(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            round.levels());
                    if (r == null) {
                        throw new IllegalArgumentException("unreadable reading of serial " + rs.getInt(1));
                    }
                    out.add(new ReadingCheck.Stored(r, rs.getInt(5)));
                }
            }
        }
        return out;
    }

    static Map<Integer, Integer> ballotSerials(Connection c, long roundId) throws SQLException {
        Map<Integer, Integer> out = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT number, serial FROM ballot WHERE round_id = ? AND serial IS NOT NULL")) {
            s.setLong(1, roundId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    static Integer numbered(Connection c, long roundId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT max(numbered) FROM reading WHERE round_id = ?")) {
            s.setLong(1, roundId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                int n = rs.getInt(1);
                return rs.wasNull() ? null : n;
            }
        }
    }

    /** The reading kept last in a round (readings are only ever added, so the highest row id), or {@code null}. */
    static Reading last(Connection c, Round round) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT serial, pass, status, marks FROM reading "
                + "WHERE round_id = ? ORDER BY id DESC LIMIT 1")) {
            s.setLong(1, round.id());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? ReadingDetail.parse(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        round.levels()) : null;
            }
        }
    }

    /** Every entry of a round's sheet, by pass, each with the round's lines and levels. */
    static List<SheetEntry> sheets(Connection c, Round round) throws SQLException {
        int officials = round.officials().size();
        int levels = round.levels();
        Map<Long, int[]> heads = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, pass, issued, collected, valid, invalid "
                + "FROM sheet_entry WHERE round_id = ? ORDER BY pass")) {
            s.setLong(1, round.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6)});
                }
            }
        }
        List<SheetEntry> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT line, level, count FROM sheet_line WHERE entry_id = ?")) {
            for (Map.Entry<Long, int[]> head : heads.entrySet()) {
                long[][] counts = new long[officials][levels + 1];
                s.setLong(1, head.getKey());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long line = rs.getLong(1);
                        long level = rs.getLong(2);
                        if (line < 1 || line > officials || level > levels) {
                            throw new IllegalArgumentException("sheet line " + line + " level " + level
                                    + " is not on the form");
                        }
                        counts[(int) line - 1][level == 0 ? levels : (int) level - 1] = rs.getLong(3);
                    }
                }
                List<LineCount> lines = new ArrayList<>();
                for (long[] row : counts) {
                    long[] lv = new long[levels];
                    System.arraycopy(row, 0, lv, 0, levels);
                    lines.add(new LineCount(lv, row[levels]));
                }
                int[] t = head.getValue();
                out.add(new SheetEntry(t[0], new TallySheet(t[1], t[2], t[3], t[4], lines)));
            }
        }
        return out;
    }
}
