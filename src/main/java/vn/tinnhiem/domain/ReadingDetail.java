package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit entry of one reading in double entry ({@link AuditKind#READING_RECORDED}): the serial, the pass, the
 * count of ballots numbered, valid or invalid and the marks (one code a line, 0 none, 9 several). As with a
 * ballot, nothing that identifies a voter.
 */
public final class ReadingDetail {
    private ReadingDetail() {
    }

    public static String of(Reading r, int numbered) {
        String s = "serial=" + r.serial() + ";pass=" + r.pass() + ";numbered=" + numbered + ";status=" + r.status();
        return r.status() == BallotStatus.VALID ? s + ";marks=" + r.codes() : s;
    }

    /** The serial an entry names, or -1. */
    public static int serial(String detail) {
        return number(detail, "serial");
    }

    public static int pass(String detail) {
        return number(detail, "pass");
    }

    public static int numbered(String detail) {
        return number(detail, "numbered");
    }

    private static int number(String detail, String key) {
        String v = Encoding.pairs(detail).get(key);
        try {
            return v == null ? -1 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The reading as stored: marks "1,2,0" back to marks; {@code null} when the text is not a reading's. */
    public static Reading parse(int serial, int pass, String status, String codes, int levels) {
        try {
            BallotStatus st = BallotStatus.valueOf(status);
            List<Mark> marks = new ArrayList<>();
            if (codes != null && !codes.isEmpty()) {
                for (String c : codes.split(",")) {
                    marks.add(Mark.fromCode(Integer.parseInt(c.strip()), levels));
                }
            }
            return new Reading(serial, pass, st, marks);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** A logged entry read back as a reading, or {@code null}. */
    public static Reading parse(String detail, int levels) {
        Map<String, String> p = Encoding.pairs(detail);
        return parse(serial(detail), pass(detail), p.get("status"), p.getOrDefault("marks", ""), levels);
    }
}
