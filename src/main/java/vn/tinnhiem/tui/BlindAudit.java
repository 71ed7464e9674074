package vn.tinnhiem.tui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.BlindReadings;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.store.Store;

/**
 * A meeting's audit log as the audit screen shows it: the numbers of a reading a later reader has yet to key
 * blind are withheld ({@link BlindReadings}), so opening the log cannot show the second or third reader what to key.
 */
final class BlindAudit {
    private BlindAudit() {
    }

    static List<AuditEvent> of(Store store, long meetingId, List<Round> rounds, String withheld) {
        Set<Long> sheets = new HashSet<>();
        Map<Long, Set<Integer>> serials = new HashMap<>();
        for (Round r : rounds) {
            if (!r.isOpen()) {
                continue;
            }
            Counting counting = r.settings().counting();
            if (counting == Counting.TALLY_SHEET_TWICE
                    && BlindReadings.sheetBlind(counting, store.sheets().entries(r.id()))) {
                sheets.add(r.id());
            } else if (counting == Counting.DOUBLE_ENTRY) {
                Integer numbered = store.readings().numbered(r.id());
                if (numbered != null) {
                    serials.put(r.id(), BlindReadings.unsettledSerials(store.readings().readings(r.id()), numbered));
                }
            }
        }
        return BlindReadings.shown(store.auditLog(meetingId), sheets, serials, withheld);
    }
}
