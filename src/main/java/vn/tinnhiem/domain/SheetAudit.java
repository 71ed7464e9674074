package vn.tinnhiem.domain;

import java.util.Map;

/**
 * The detail of a {@link AuditKind#SHEET_RECORDED} entry: the round, the pass and every number keyed, in the
 * sheet's canonical line ({@link TallySheet#encode()}), so that {@code verify} can hold the stored sheets against
 * what was keyed at the time.
 */
public final class SheetAudit {
    private SheetAudit() {
    }

    public static String recorded(Round round, SheetEntry entry) {
        return "round=" + round.number() + ";pass=" + entry.pass() + ";sheet=" + entry.sheet().encode();
    }

    /** The pass an entry names, or -1 when it names none readable. */
    public static int pass(String detail) {
        String n = Encoding.pairs(detail).get("pass");
        try {
            return n == null ? -1 : Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Every entry of a round's log by pass, later entries of the same pass kept after the first as extras. */
    static Map<Integer, String> byPass(java.util.List<AuditEvent> events, java.util.List<Problem> twice) {
        Map<Integer, String> out = new java.util.TreeMap<>();
        for (AuditEvent e : events) {
            if (e.kind() == AuditKind.SHEET_RECORDED && out.putIfAbsent(pass(e.detail()), e.detail()) != null) {
                twice.add(Problem.of("sheet.verify.passTwice", e.seq(), pass(e.detail())));
            }
        }
        return out;
    }
}
