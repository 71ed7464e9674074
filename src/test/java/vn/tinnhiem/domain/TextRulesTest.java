package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tinnhiem.domain.Fixtures.assertRefused;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {
    /** "Nguyễn" typed as e + combining circumflex + combining tilde, as some keyboards and Mac files do. */
    private static final String DECOMPOSED = "Nguye\u0302\u0303n";
    private static final String NFC = "Nguy\u1EC5n";

    @Test
    void decomposedVietnameseIsStoredInNfc() {
        assertNotEquals(NFC, DECOMPOSED);
        String clean = TextRules.required(DECOMPOSED + " Văn A").value();
        assertEquals(NFC + " Văn A", clean);
        assertTrue(Normalizer.isNormalized(clean, Normalizer.Form.NFC));
    }

    @Test
    void spacesAreTrimmedAndCollapsed() {
        assertEquals("Nguyễn Văn A", TextRules.required("  Nguyễn \t  Văn\u00A0\u00A0A  ").value());
    }

    @Test
    void ordinaryNamesAndPositionsAreAccepted() {
        for (String s : new String[] {"Đặng Thị Ngọc Thịnh", "Phó Chủ tịch UBND tỉnh (kiêm Giám đốc Sở), số 2",
                "Ủy viên Bộ Chính trị - Trưởng ban Tổ chức Trung ương", "Ông/Bà Lê Quý Đôn, 50%", "H'Hen Niê"}) {
            assertEquals(s, TextRules.required(s).value());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t", "\u00A0 \u00A0"})
    void onlySpacesIsEmptyForARequiredField(String raw) {
        assertRefused(TextRules.required(raw), "error.text.empty");
        assertEquals("", TextRules.optional(raw).value());
    }

    @Test
    void nullIsEmpty() {
        assertRefused(TextRules.required(null), "error.text.empty");
        assertEquals("", TextRules.optional(null).value());
    }

    @Test
    void emojiAreRefusedWithTheirCodePoint() {
        assertRefused(TextRules.required("Nguyễn Văn A 😀"), "error.text.badChar", "U+1F600");
        assertRefused(TextRules.required("Trần ☺ B"), "error.text.badChar", "U+263A");
        assertRefused(TextRules.optional("Lê \u2764 C"), "error.text.badChar", "U+2764");
    }

    @Test
    void controlCharactersAreRefused() {
        assertRefused(TextRules.required("Nguyễn\nVăn A"), "error.text.badChar", "U+000A");
        assertRefused(TextRules.required("Nguyễn\u0007Văn A"), "error.text.badChar", "U+0007");
        assertRefused(TextRules.required("Nguyễn\u200BVăn A"), "error.text.badChar", "U+200B");
        assertRefused(TextRules.required("Nguyễn\u202EVăn A"), "error.text.badChar", "U+202E");
    }

    @Test
    void twoHundredCharactersAreAcceptedAndOneMoreIsRefused() {
        assertEquals(200, TextRules.required("ễ".repeat(200)).value().length());
        assertRefused(TextRules.required("ễ".repeat(201)), "error.text.tooLong", 200);
    }

    @Test
    void lengthIsCountedAfterNormalisingSoDecomposedLettersCountOnce() {
        String decomposed = "e\u0302\u0303".repeat(200);
        assertEquals(600, decomposed.length());
        assertEquals("ễ".repeat(200), TextRules.required(decomposed).value());
    }

    @Test
    void lengthIsCountedAfterTrimming() {
        assertTrue(TextRules.required("   " + "a".repeat(200) + "   ").isOk());
    }
}
