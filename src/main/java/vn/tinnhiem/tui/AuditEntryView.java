package vn.tinnhiem.tui;

import java.util.ArrayList;
import java.util.List;
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
        for (String field : fields(e.detail())) {
            int eq = field.indexOf('=');
            if (eq <= 0) {
                lines.add(field);
                continue;
            }
            String key = field.substring(0, eq);
            lines.add(v.t("ui.audit.entry.field", label(v, key), value(v, key, field.substring(eq + 1))));
        }
        lines.add("");
        lines.add(v.t("ui.audit.entry.close"));
        Box.draw(v, v.t("ui.audit.entry.title", e.seq(), v.t("ui.audit.kind." + e.kind().name())), lines);
    }

    /** The detail's "key=value" fields, split at the semicolons between them. */
    static List<String> fields(String detail) {
        List<String> out = new ArrayList<>();
        if (detail == null || detail.isEmpty()) {
            return out;
        }
        for (String f : detail.split(";")) {
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
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
        // A list ("2,1,1,3,…" the marks, "1,2,…,45" the officials) with a space after each comma, to break there.
        return k != null && v.messages().has(k) ? v.t(k) : value.replace(",", ", ");
    }
}
