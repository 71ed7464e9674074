package vn.tinnhiem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainLaunchTest {
    private static Optional<PlainLaunch> parse(String... args) {
        return PlainLaunch.parse(args);
    }

    @Test
    void aPlainLaunchIsReadByHand() {
        assertEquals(Optional.of(new PlainLaunch(null, false)), parse());
        assertEquals(Optional.of(new PlainLaunch("hop.db", false)), parse("--db", "hop.db"));
        assertEquals(Optional.of(new PlainLaunch("hop.db", true)), parse("--lang", "en", "--db=hop.db", "--window"));
        assertEquals(Optional.of(new PlainLaunch("a b.db", false)), parse("--lang=vi", "--db", "a b.db"));
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        assertEquals(Optional.empty(), parse("report"));
        assertEquals(Optional.empty(), parse("--help"));
        assertEquals(Optional.empty(), parse("--version"));
        assertEquals(Optional.empty(), parse("--db", "hop.db", "verify"));
        assertEquals(Optional.empty(), parse("--font", "Mono"));
        assertEquals(Optional.empty(), parse("--font-size=20"));
        assertEquals(Optional.empty(), parse("--db")); // its value is missing: picocli says so
        assertEquals(Optional.empty(), parse("--db", "--window"));
        assertEquals(Optional.empty(), parse("--db", "a.db", "--db", "b.db"));
        assertEquals(Optional.empty(), parse("--window", "--window"));
        assertEquals(Optional.empty(), parse("--window=true"));
        assertEquals(Optional.empty(), parse("-h"));
        assertEquals(Optional.empty(), parse("hop.db"));
    }
}
