package vn.tinnhiem.store;

import org.jdbi.v3.core.Handle;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.TallySheet;

/** The rows of the tally sheets (schema 8), read and written inside the caller's transaction. */
final class SheetRows {
    private SheetRows() {
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
