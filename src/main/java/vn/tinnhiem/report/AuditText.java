package vn.tinnhiem.report;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.i18n.Messages;

/**
 * A meeting's audit log as plain text, to keep beside the minutes: a heading, whether the file's hash chain was
 * intact when written, then one line per entry (number, time, event in words, round id, full hash, detail).
 */
public final class AuditText {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

    private AuditText() {
    }

    /** {@code intact}: whether the whole file's chain checked intact ({@code AuditChain.intact} of the whole log). */
    public static String render(String meetingTitle, List<AuditEvent> events, boolean intact, Messages m) {
        StringBuilder out = new StringBuilder();
        out.append(m.get("ui.audit.title")).append(" — ").append(meetingTitle).append('\n');
        out.append(m.get("ui.audit.exportSummary", events.size(),
                m.get(intact ? "ui.audit.intact" : "ui.audit.broken"))).append('\n');
        out.append(m.get("ui.audit.note")).append('\n');
        out.append(m.get("ui.audit.exportChain")).append("\n\n");
        TextTable table = new TextTable(List.of(true, false, false, true, false, false));
        table.row(List.of(m.get("ui.audit.col.seq"), m.get("ui.audit.col.time"), m.get("ui.audit.col.kind"),
                m.get("ui.audit.col.roundId"), m.get("ui.audit.col.hash"), m.get("ui.audit.col.detail")));
        for (AuditEvent e : events) {
            table.row(List.of(String.valueOf(e.seq()), time(e.time()), m.get("ui.audit.kind." + e.kind().name()),
                    e.roundId() == null ? "" : String.valueOf(e.roundId()), e.hash(), e.detail()));
        }
        return out.append(table.render()).toString();
    }

    static String time(String stored) {
        try {
            return SHOWN.format(OffsetDateTime.parse(stored));
        } catch (DateTimeParseException e) {
            return stored;
        }
    }
}
