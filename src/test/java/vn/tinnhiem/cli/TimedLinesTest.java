package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The log's time stamps, written by hand, read exactly as slf4j-simple's "yyyy-MM-dd HH:mm:ss.SSS Z" did. */
class TimedLinesTest {
    @Test
    void theStampIsWhatSimpleDateFormatWrote() {
        Random random = new Random(13);
        for (String id : List.of("Asia/Ho_Chi_Minh", "UTC", "America/St_Johns", "Europe/Berlin", "Asia/Kathmandu",
                "Pacific/Chatham", "America/Los_Angeles")) {
            TimeZone zone = TimeZone.getTimeZone(id);
            SimpleDateFormat old = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss.SSS Z", Locale.ROOT);
            old.setTimeZone(zone);
            for (int i = 0; i < 2000; i++) {
                // 1990 to 2100, daylight saving changes and the turn of a year among them
                long millis = 631_152_000_000L + (long) (random.nextDouble() * 3_471_292_800_000L);
                assertThat(TimedLines.stamp(millis, zone)).as(id + " " + millis).isEqualTo(old.format(new Date(millis)));
            }
        }
        assertThat(TimedLines.stamp(1_795_651_509_007L, TimeZone.getTimeZone("Asia/Ho_Chi_Minh")))
                .isEqualTo("2026-11-26 07:05:09.007 +0700");
    }

    @Test
    void aLineIsStampedAndTheStackTraceAfterItIsNot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TimedLines log = new TimedLines(bytes);
        log.println("[main] ERROR vn.tinnhiem.store.JdbiStore - storage failed: ổ đĩa đầy");
        new IllegalStateException("disk full").printStackTrace(log);
        log.flush();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} [+-]\\d{4} "
                + "\\[main\\] ERROR vn\\.tinnhiem\\.store\\.JdbiStore - storage failed: ổ đĩa đầy");
        assertThat(lines.get(1)).isEqualTo("java.lang.IllegalStateException: disk full");
        assertThat(lines.get(2)).startsWith("\tat vn.tinnhiem.cli.TimedLinesTest.");
    }
}
