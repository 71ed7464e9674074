package vn.tinnhiem.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The bundles read as java.util.Properties reads them, on every bundle shipped and on any text. */
class PropertiesTextTest {

    @Test
    void everyBundleReadsAsPropertiesReadsIt() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/i18n"))) {
            files = s.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
        assertTrue(files.size() >= 40, files::toString);
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            assertEquals(jdk(new String(bytes, StandardCharsets.UTF_8)), PropertiesText.parse(bytes), f.toString());
        }
    }

    @Test
    void theSyntaxPropertiesKnows() throws Exception {
        String text = "# comment \\\n  ! also\n\n  a = b\\\n    c\nb:x\\\\\nc\\ d e\nu=\\u1ec5\\t\\z\\\r\n  next\r\n"
                + "e\\=f=g\nlast=ends here\\";
        assertEquals(jdk(text), PropertiesText.parse(text.getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class,
                () -> PropertiesText.parse("a=\\u12".getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 2000)
    void anyTextReadsAsPropertiesReadsIt(@ForAll("texts") String text) {
        Map<String, String> expected;
        try {
            expected = jdk(text);
        } catch (IllegalArgumentException e) {
            assertThrows(IllegalArgumentException.class,
                    () -> PropertiesText.parse(text.getBytes(StandardCharsets.UTF_8)));
            return;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertEquals(expected, PropertiesText.parse(text.getBytes(StandardCharsets.UTF_8)), text);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(" \t\f=:#!\\\n\rau0fẽễx").ofMaxLength(60);
    }

    private static Map<String, String> jdk(String text) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(text));
        Map<String, String> out = new HashMap<>();
        for (String k : p.stringPropertyNames()) {
            out.put(k, p.getProperty(k));
        }
        return out;
    }
}
