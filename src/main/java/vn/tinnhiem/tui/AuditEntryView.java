package vn.tinnhiem.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tinnhiem.domain.AuditDetail;
import vn.tinnhiem.domain.AuditEvent;

/**
 * One audit log entry shown whole, over the list: its time, round and full hash, then its detail field by field,
 * each named in words where tinnhiem knows the field (the names {@code verify} uses, else the audit screen's own),
 * its value as stored. The list cuts the detail ("status=V…"); here nothing is cut, lines break between words.
 */
final class AuditEntryView {
    private AuditEntryView() {
    }

    static void draw(View v, AuditEvent e, Integer round) {
        List<String> lines = new ArrayList<>();
        lines.add(v.t("ui.audit.entry.time", AuditScreen.time(e.time())));
        if (round != null) {
            lines.add(v.t("ui.audit.entry.round", round));
        }
        lines.add(v.t("ui.audit.entry.hash", e.hash() == null ? "—" : e.hash()));
        lines.add("");
        // Decoded as the log wrote them (a ';' in a title is stored "\s", a list's items joined by '|').
        for (Map.Entry<String, String> field : AuditDetail.readable(e.detail()).entrySet()) {
            String key = field.getKey();
            lines.add(field.getValue() == null ? key
                    : v.t("ui.audit.entry.field", label(v, key), value(v, key, field.getValue())));
        }
        lines.add("");
        lines.add(v.t("ui.audit.entry.close"));
        Box.draw(v, v.t("ui.audit.entry.title", e.seq(), v.t("ui.audit.kind." + e.kind().name())), lines);
    }

    private static String label(View v, String key) {
        for (String k : List.of("ui.audit.field." + key, "verify.field." + key)) {
            if (v.messages().has(k)) {
                return v.t(k);
            }
        }
        return key;
    }

    private static String value(View v, String key, String value) {
        String k = switch (key) {
            case "status" -> "ui.audit.value." + value;
            case "kind" -> "ui.kind." + value;
            default -> null;
        };
        if (k != null && v.messages().has(k)) {
            return v.t(k);
        }
        // A list of numbers (the marks "2,1,1,3,…", the officials' ids) with a space after each comma, to break there.
        return key.equals("marks") || key.equals("officials") ? value.replace(",", ", ") : value;
    }
}
