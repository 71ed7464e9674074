package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tinnhiem.cli.Golden;
import vn.tinnhiem.i18n.Messages;

/**
 * The room's view as whole screens, at 80×24, 120×36 and 200×50, in both languages: a round counted live, one
 * with tallies hidden, a closed rating of 45 on its first and second page, a closed rehearsal, and a closed round
 * whose data no longer match its fingerprint (no figure shown).
 */
class RoomViewGoldenTest {
    @TempDir
    static Path dir;

    private static RoomFixture fixture;

    @BeforeAll
    static void data() {
        fixture = new RoomFixture(dir.resolve("room.db"));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    static Stream<Arguments> shots() {
        Stream.Builder<Arguments> out = Stream.builder();
        int[][] sizes = {{80, 24}, {120, 36}, {200, 50}};
        for (String lang : new String[] {"vi", "en"}) {
            for (int[] s : sizes) {
                out.add(Arguments.of("live", 3, 0, lang, s[0], s[1]));
                out.add(Arguments.of("hidden", 4, 0, lang, s[0], s[1]));
                out.add(Arguments.of("closed", 1, 0, lang, s[0], s[1]));
                out.add(Arguments.of("closed-page2", 1, 1, lang, s[0], s[1]));
                out.add(Arguments.of("rehearsal", 5, 0, lang, s[0], s[1]));
                out.add(Arguments.of("vote-live", 2, 0, lang, s[0], s[1]));
                out.add(Arguments.of("edited", 1, 0, lang, s[0], s[1]));
                // an open round whose file another program changed while it was keyed
                out.add(Arguments.of("edited-open", 3, 0, lang, s[0], s[1]));
            }
        }
        return out.build();
    }

    @ParameterizedTest(name = "{0} {3} {4}x{5}")
    @MethodSource("shots")
    void matchesGolden(String name, int round, int page, String lang, int cols, int rows) throws Exception {
        RoomModel m = fixture.model(round, page);
        if (name.startsWith("edited")) {
            m = new RoomModel(m.meetingTitle(), m.result(), m.fingerprint(), m.page(), m.paused(), m.numbered(), true);
        }
        String text = RoomShot.of(m, Messages.of(lang), cols, rows);
        Golden.assertMatches("room/" + name + "-" + lang + "-" + cols + "x" + rows + ".txt", text);
        for (String line : text.split("\n")) {
            assertThat(line.length()).isLessThanOrEqualTo(cols);
        }
    }

    /**
     * The page that goes from 9 to 10 of the 45: every name starts in one column and every position under its
     * name, whatever the number's digits (a two-digit number once pushed its name one column right of the position
     * below it).
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80, 24", "120, 36", "200, 50"})
    void namesAndPositionsKeepOneColumnPastNine(int cols, int rows) {
        List<Integer> names = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        Pattern numbered = Pattern.compile("^( +)(\\d+)\\. (\\S)");
        for (int page = 0; page < 4 && !numbers.contains("10"); page++) {
            String text = RoomShot.of(fixture.model(1, page), Messages.vietnamese(), cols, rows);
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                Matcher m = numbered.matcher(lines[i]);
                if (m.find()) {
                    int nameAt = m.start(3);
                    names.add(nameAt);
                    numbers.add(m.group(2));
                    String next = i + 1 < lines.length ? lines[i + 1] : "";
                    assertThat(next.length()).as(text).isGreaterThan(nameAt);
                    assertThat(next.substring(0, nameAt)).as("the line under %s. starts at its name", m.group(2))
                            .isBlank();
                    assertThat(next.charAt(nameAt)).as(text).isNotEqualTo(' ');
                }
            }
        }
        assertThat(numbers).contains("9", "10");
        assertThat(names).as("the column of every name, numbers %s", numbers).containsOnly(names.get(0));
    }
}
