package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A stored time reads as OffsetDateTime.parse reads it, the same time or the same refusal, whatever the text. */
class StoredTimeTest {

    @Test
    void theShapesTinnhiemWrites() {
        for (String s : new String[] {"2026-11-26T17:48:09+07:00", "2026-11-26T10:48:09Z", "2026-11-26T10:48Z",
                "2026-11-26T17:48+07:00", "1999-12-31T23:59:59-05:30", "2024-02-29T00:00:00+14:00"}) {
            assertEquals(OffsetDateTime.parse(s), StoredTime.parse(s), s);
        }
    }

    @Test
    void anythingElseAsTheParserSaysIt() {
        for (String s : new String[] {"2026-11-26T10:48:09.5Z", "2026-02-30T10:00Z", "2026-13-01T10:00Z",
                "2026-11-26T24:00Z", "2026-11-26T10:60Z", "2026-11-26T10:48:60Z", "2026-11-26T10:48-00:00",
                "2026-11-26T10:48+19:00", "2026-11-26 10:48Z", "+12026-11-26T10:48Z", "2026-11-26T10:48:09",
                "2026-11-26T1x:48Z", "", "hôm nay", "2026-11-26T10:48:09+0700", "2026-11-26T10:48:09+07:00:00", "2026-11-26T10:48+05:60",
                "2026-11-26T10:48-03:75", "2026-11-26T10:48+00:60", "2026-11-26T10:48+18:00", "2026-11-26T10:48+18:01",
                "2026-11-26T10:48-18:00", "2026-11-26T10:48+17:59"}) {
            assertEquals(read(OffsetDateTime::parse, s), read(StoredTime::parse, s), s);
        }
        assertThrows(NullPointerException.class, () -> StoredTime.parse(null));
    }

    @Property(tries = 500)
    void anyTimeWrittenAsTheStoreWritesItReadsBack(@ForAll("times") OffsetDateTime t) {
        String stored = t.truncatedTo(ChronoUnit.SECONDS).toString();
        assertEquals(OffsetDateTime.parse(stored), StoredTime.parse(stored), stored);
    }

    @Property(tries = 500)
    void anyTextReadsAsTheParserReadsIt(@ForAll("texts") String s) {
        assertEquals(read(OffsetDateTime::parse, s), read(StoredTime::parse, s), s);
    }

    /** The time read, or the kind of refusal. */
    private static Object read(Function<String, OffsetDateTime> parse, String s) {
        try {
            return parse.apply(s);
        } catch (DateTimeException e) {
            return e.getClass();
        }
    }

    @Property(tries = 500)
    void anyOffsetWrittenByHandReadsAsTheParserReadsIt(@ForAll("offsets") String offset) {
        String s = "2026-11-26T10:48:09" + offset;
        assertEquals(read(OffsetDateTime::parse, s), read(StoredTime::parse, s), s);
    }

    @Provide
    Arbitrary<String> offsets() {
        return Combinators.combine(Arbitraries.of("+", "-"), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99)).as((sign, h, m) -> String.format("%s%02d:%02d", sign, h, m));
    }

    @Provide
    Arbitrary<OffsetDateTime> times() {
        return Arbitraries.longs().between(Instant.parse("1970-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2999-12-31T23:59:59Z").getEpochSecond())
                .flatMap(sec -> Arbitraries.integers().between(-18 * 4, 18 * 4).map(q -> OffsetDateTime.ofInstant(
                        Instant.ofEpochSecond(sec), ZoneOffset.ofTotalSeconds(q * 15 * 60))));
    }

    @Provide
    Arbitrary<String> texts() {
        // Texts near the stored shapes: a digit, a separator or the offset changed.
        return Arbitraries.strings().withChars("0123456789-:TZ+. ").ofMinLength(16).ofMaxLength(26)
                .injectDuplicates(0.0)
                .edgeCases(c -> c.add("2026-11-26T10:48:09Z"));
    }
}
