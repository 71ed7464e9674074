package vn.tinnhiem.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.TallySheet;

/** The rows of the tally sheets (schema 8), read and written inside the caller's transaction. */
final class SheetRows {
    private SheetRows() {
    }

    /** Every entry of a round, by pass, each with {@code officials} lines of {@code levels} levels. */
    static List<SheetEntry> entries(Handle h, long roundId, int officials, int levels) {
        Map<Long, int[]> heads = new LinkedHashMap<>();
        h.createQuery("SELECT id, pass, issued, collected, valid, invalid FROM sheet_entry WHERE round_id = ? "
                        + "ORDER BY pass")
                .bind(0, roundId)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)}})
                .forEach(row -> heads.put((Long) row[0], (int[]) row[1]));
        List<SheetEntry> out = new ArrayList<>();
        for (Map.Entry<Long, int[]> head : heads.entrySet()) {
            long[][] counts = new long[officials][levels + 1];
            h.createQuery("SELECT line, level, count FROM sheet_line WHERE entry_id = ?").bind(0, head.getKey())
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                    .forEach(r -> {
                        if (r[0] < 1 || r[0] > officials || r[1] > levels) {
                            throw new IllegalArgumentException("sheet line " + r[0] + " level " + r[1]
                                    + " is not on the form");
                        }
                        counts[(int) r[0] - 1][r[1] == 0 ? levels : (int) r[1] - 1] = r[2];
                    });
            List<LineCount> lines = new ArrayList<>();
            for (long[] c : counts) {
                long[] lv = new long[levels];
                System.arraycopy(c, 0, lv, 0, levels);
                lines.add(new LineCount(lv, c[levels]));
            }
            int[] t = head.getValue();
            out.add(new SheetEntry(t[0], new TallySheet(t[1], t[2], t[3], t[4], lines)));
        }
        return out;
    }

    /** Inserts one entry and its lines. */
    static void insert(Handle h, long roundId, SheetEntry entry, String at) {
        TallySheet s = entry.sheet();
        long id = h.createUpdate("""
                        INSERT INTO sheet_entry (round_id, pass, issued, collected, valid, invalid, entered_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, roundId).bind(1, entry.pass()).bind(2, s.issued()).bind(3, s.collected())
                .bind(4, s.valid()).bind(5, s.invalid()).bind(6, at)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        var batch = h.prepareBatch("INSERT INTO sheet_line (entry_id, line, level, count) VALUES (?, ?, ?, ?)");
        for (int i = 0; i < s.officials(); i++) {
            LineCount line = s.lines().get(i);
            long[] levels = line.levels();
            for (int level = 1; level <= levels.length; level++) {
                batch.bind(0, id).bind(1, i + 1).bind(2, level).bind(3, levels[level - 1]).add();
            }
            batch.bind(0, id).bind(1, i + 1).bind(2, 0).bind(3, line.invalid()).add();
        }
        batch.execute();
    }
}
