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
import org.junit.jupiter.params.provider.MethodSource;

/** Every message exists in Vietnamese and in English, and every key the code names is in the bundles. */
class BundlesTest {
    private static final String[] BUNDLES = {"errors", "ui", "rules", "cli", "report", "window", "bench", "record",
        "law", "files", "keys", "room", "close", "counting", "doubleentry", "dekeying", "sheet", "verify", "counted", "followup", "fit"};

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Literals that look like message keys and are not: the bench's row ids. */
    private static final Set<String> NOT_KEYS = Set.of("close.recount");

    static Stream<String> bundles() {
        return Stream.of(BUNDLES);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void vietnameseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> vi = new TreeSet<>(load(bundle + "_vi").stringPropertyNames());
        Set<String> en = new TreeSet<>(load(bundle + "_en").stringPropertyNames());
        assertThat(en).as("keys of %s_en", bundle).containsExactlyElementsOf(vi);
    }

    @Test
    void everyBundleFileIsListedHereAndLoadedByTheProgram() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> all = Files.list(Path.of("src/main/resources/i18n"))) {
            all.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_vi.properties"))
                    .forEach(n -> files.add(n.substring(0, n.length() - "_vi.properties".length())));
        }
        assertThat(files).containsExactlyInAnyOrder(BUNDLES);
        String messages = Files.readString(Path.of("src/main/java/vn/tinnhiem/i18n/Messages.java"));
        for (String b : BUNDLES) {
            assertThat(messages).as("Messages.BUNDLES lists %s", b).contains("\"i18n/" + b + "\"");
        }
    }

    /** Messages looks for a key bundle by bundle, reading each only when the search reaches it: one place each. */
    @Test
    void noKeyIsInTwoBundles() throws IOException {
        for (String language : new String[] {"vi", "en"}) {
            java.util.Map<String, String> where = new java.util.TreeMap<>();
            Set<String> twice = new TreeSet<>();
            for (String b : BUNDLES) {
                for (String key : load(b + "_" + language).stringPropertyNames()) {
                    String before = where.put(key, b);
                    if (before != null) {
                        twice.add(key + " (" + before + ", " + b + ")");
                    }
                }
            }
            assertThat(twice).as("keys in two %s bundles", language).isEmpty();
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String b : BUNDLES) {
            known.addAll(load(b + "_vi").stringPropertyNames());
        }
        Pattern literal = Pattern.compile("\"((?:ui|error|rules|report|cli|record|room|close|counting|sheet|de|law|files|keys|bench)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    // A literal may be the stem of keys completed at run time ("de.close.refused" + n), or a
                    // bench row's id that merely looks like a key.
                    boolean stem = known.stream().anyMatch(k -> k.startsWith(key) && k.length() > key.length()
                            && Character.isDigit(k.charAt(key.length())));
                    if (!known.contains(key) && !stem && !NOT_KEYS.contains(key)) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
