package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** tinnhiem's SHA-256 against the published test vectors and against the JDK's own, on any text. */
class Sha256Test {

    @Test
    void theStandardsVectors() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
        assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
                Sha256.hex("a".repeat(1_000_000)));
    }

    @Test
    void everyLengthAroundTheBlockEdges() throws Exception {
        for (int n = 0; n <= 200; n++) {
            String text = "ễ".repeat(n % 3) + "x".repeat(n);
            assertEquals(jdk(text), Sha256.hex(text), "length " + n);
        }
    }

    /** Long texts are encoded whole and hashed where they lie: every length around the blocks, any letters. */
    @Test
    void longTextsAroundTheBlockEdges() throws Exception {
        Sha256 sha = new Sha256();
        for (int n = 4090; n <= 4300; n++) {
            String text = "ballot=1;VALID;0;;1,2,3\n".repeat(n / 24) + "Nguyễn Văn Ồ 🗳".substring(0, n % 14)
                    + "x".repeat(n % 64);
            assertEquals(jdk(text), Sha256.hex(text), "length " + n);
            assertTrue(sha.matches(text, jdk(text)), "length " + n);
        }
        String lone = "a".repeat(5000) + '\ud800' + "b".repeat(70);
        assertEquals(jdk(lone), Sha256.hex(lone));
    }

    @Test
    void oneHasherForManyTexts() throws Exception {
        Sha256 sha = new Sha256();
        for (String text : new String[] {"Nguyễn Văn Ồ", "", "a".repeat(130), "Trần Thị Ữ\n🗳"}) {
            assertTrue(sha.matches(text, jdk(text)), text);
            assertFalse(sha.matches(text + " ", jdk(text)), text);
        }
        assertFalse(sha.matches("abc", null));
        assertFalse(sha.matches("abc", "ba78"));
        assertFalse(sha.matches("abc", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"));
    }

    @Property(tries = 300)
    void theSameAsTheJdksOnAnyText(@ForAll("texts") String text) throws Exception {
        assertEquals(jdk(text), Sha256.hex(text));
        assertTrue(new Sha256().matches(new StringBuilder(text), jdk(text)));
    }

    /** Texts hashed one after the other as the one text they make, whatever their lengths around a block's. */
    @Property(tries = 200)
    void partsHashAsTheTextTheyMake(@ForAll("partLists") List<String> parts) throws Exception {
        assertEquals(jdk(String.join("", parts)), Sha256.hex(parts));
    }

    @Provide
    Arbitrary<List<String>> partLists() {
        Arbitrary<String> part = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab;=\n,019").ofMaxLength(200),
                Arbitraries.strings().withChars("aăâđễồốữ\n").ofMaxLength(70),
                Arbitraries.integers().between(0, 3).map(k -> "x".repeat(64 * k)));
        return part.list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> texts() {
        // Vietnamese letters, ASCII, other scripts, letters outside the basic plane and lone surrogates.
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("aăâbdđeêioôơuưyễồốữỳ ;=\n,0123456789").ofMaxLength(300),
                Arbitraries.strings().all().ofMaxLength(150),
                Arbitraries.strings().withCharRange('\ud800', '\udfff').ofMaxLength(5).map(s -> "x" + s + "y"),
                Arbitraries.strings().ascii().ofMinLength(50).ofMaxLength(70));
    }

    private static String jdk(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
