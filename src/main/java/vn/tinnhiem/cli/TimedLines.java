package vn.tinnhiem.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * The log's stream: each line slf4j-simple writes begins with the time it was written, as its own
 * {@code dateTimeFormat} "yyyy-MM-dd HH:mm:ss.SSS Z" gave it ("2026-11-26 07:05:09.123 +0700"), worked out by hand.
 * slf4j-simple built a {@code SimpleDateFormat} for it on every start, which loads the JDK's locale data: about
 * 35 ms of processor time before a command could open its file, the largest part of setting logging up.
 *
 * <p>slf4j-simple writes a line with {@link #println(String)} and a stack trace after it through
 * {@code println(Object)}: only the former is stamped, so a trace reads as before. Anything else printed on
 * {@code System.err} as a whole line is stamped too.
 */
final class TimedLines extends PrintStream {
    private final TimeZone zone = TimeZone.getDefault();

    TimedLines(OutputStream out) {
        super(out, true, StandardCharsets.UTF_8);
    }

    @Override
    public void println(String line) {
        String stamped = stamp(System.currentTimeMillis(), zone) + " " + line;
        synchronized (this) {
            print(stamped);
            println();
        }
    }

    /** "yyyy-MM-dd HH:mm:ss.SSS Z" for {@code millis} in {@code zone}, in ASCII digits. */
    static String stamp(long millis, TimeZone zone) {
        int offset = zone.getOffset(millis) / 1000;
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L),
                (int) Math.floorMod(millis, 1000L) * 1_000_000, ZoneOffset.ofTotalSeconds(offset));
        StringBuilder s = new StringBuilder(29);
        pad(s, t.getYear(), 4).append('-');
        pad(s, t.getMonthValue(), 2).append('-');
        pad(s, t.getDayOfMonth(), 2).append(' ');
        pad(s, t.getHour(), 2).append(':');
        pad(s, t.getMinute(), 2).append(':');
        pad(s, t.getSecond(), 2).append('.');
        pad(s, t.getNano() / 1_000_000, 3).append(' ');
        int minutes = Math.abs(offset) / 60;
        s.append(offset < 0 ? '-' : '+');
        pad(s, minutes / 60, 2);
        return pad(s, minutes % 60, 2).toString();
    }

    private static StringBuilder pad(StringBuilder s, int n, int width) {
        String digits = Integer.toString(n);
        for (int i = digits.length(); i < width; i++) {
            s.append('0');
        }
        return s.append(digits);
    }
}
