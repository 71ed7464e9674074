package vn.tinnhiem.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/double-entry.md and the sealed types name the same states, so the paper and the code cannot drift apart. */
class DoubleEntryStatesDocTest {
    /** The first cells of the state table under a section heading: "| `Name` |". */
    static Set<String> statesInSection(String doc, String heading) {
        int start = doc.indexOf("## " + heading);
        assertThat(start).as("section %s", heading).isNotNegative();
        int end = doc.indexOf("\n## ", start + 3);
        String section = doc.substring(start, end < 0 ? doc.length() : end);
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\|").matcher(section);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static Set<String> permitted(Class<?> sealed) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(sealed.getPermittedSubclasses()).forEach(c -> out.add(c.getSimpleName()));
        return out;
    }

    @Test
    void theDocumentAndTheCodeNameTheSameStates() throws Exception {
        String doc = Files.readString(Path.of("docs", "double-entry.md"));
        assertThat(statesInSection(doc, "The round's life")).containsExactlyInAnyOrderElementsOf(permitted(DoubleEntryRound.class));
        assertThat(statesInSection(doc, "A serial's life")).containsExactlyInAnyOrderElementsOf(permitted(SerialState.class));
    }
}
