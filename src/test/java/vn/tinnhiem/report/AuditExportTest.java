package vn.tinnhiem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.AuditChain;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.i18n.Messages;

class AuditExportTest {
    private static List<AuditEvent> log() {
        List<AuditEvent> out = new ArrayList<>();
        AuditEvent e = AuditChain.next(null, "2026-11-25T15:00:00+07:00", AuditKind.MEETING_CREATED, 1L, null,
                "title=Kỳ họp, thứ 12;date=25/11/2026");
        out.add(e);
        e = AuditChain.next(e, "2026-11-25T15:01:02+07:00", AuditKind.BALLOT_RECORDED, 1L, 3L,
                "ballot=1;status=VALID;marks=1,3");
        out.add(e);
        return out;
    }

    @Test
    void textListsEveryEntryWithItsFullHash() {
        List<AuditEvent> log = log();
        String text = AuditText.render("Kỳ họp thứ 12", log, true, Messages.vietnamese());
        assertThat(text).startsWith("Nhật ký thay đổi — Kỳ họp thứ 12\n2 mục · chuỗi băm của cả tệp lúc xuất: nguyên vẹn\n")
                .containsPattern("Số  Thời gian +Việc +Mã vòng  Mã băm +Chi tiết\n")
                .containsPattern(" 1  25/11/2026 15:00:00  Tạo hội nghị +" + log.get(0).hash()
                        + "  title=Kỳ họp, thứ 12;date=25/11/2026\n")
                .containsPattern(" 2  25/11/2026 15:01:02  Ghi phiếu +3  " + log.get(1).hash()
                        + "  ballot=1;status=VALID;marks=1,3\n");
        assertThat(AuditText.render("M", log, false, Messages.english()))
                .contains("2 entries · the whole file's hash chain when exported: ALTERED");
    }

    @Test
    void csvHoldsEverythingNeededToRecomputeTheChain() throws Exception {
        List<AuditEvent> log = log();
        String csv = AuditCsv.render(log);
        String[] lines = csv.split("\n");
        assertEquals("seq,time,kind,meeting_id,round_id,detail,prev_hash,hash", lines[0]);
        assertEquals("1,2026-11-25T15:00:00+07:00,MEETING_CREATED,1,,\"title=Kỳ họp, thứ 12;date=25/11/2026\","
                + AuditChain.GENESIS + "," + log.get(0).hash(), lines[1]);
        List<String> f = fields(lines[2]);
        assertEquals(8, f.size());
        String text = f.get(6) + "\n" + f.get(0) + "\n" + f.get(1) + "\n" + f.get(2) + "\n" + f.get(3) + "\n"
                + f.get(4) + "\n" + f.get(5);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(f.get(7), sha);
    }

    /** One CSV line split as RFC 4180 reads it. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cur.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
