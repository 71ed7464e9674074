package vn.tinnhiem.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message exists in Vietnamese and in English, and every key the code names is in the bundles. */
class BundlesTest {
    private static final String[] BUNDLES = {"errors", "ui", "rules", "cli", "report", "window", "bench", "record", "law", "files", "keys", "room", "close", "counting", "doubleentry", "sheet"};

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"errors", "ui", "rules", "cli", "report", "window", "bench", "record", "law", "files", "keys", "doubleentry"})
    void vietnameseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> vi = new TreeSet<>(load(bundle + "_vi").stringPropertyNames());
        Set<String> en = new TreeSet<>(load(bundle + "_en").stringPropertyNames());
        assertThat(en).as("keys of %s_en", bundle).containsExactlyElementsOf(vi);
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String b : BUNDLES) {
            known.addAll(load(b + "_vi").stringPropertyNames());
        }
        Pattern literal = Pattern.compile("\"((?:ui|error|rules|report|cli|record)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
