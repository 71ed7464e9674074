package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.i18n.Messages;

/** The shipped font shows every character the program can put in the window: never a box instead of ễ. */
class WindowFontTest {

    private static String sampleRosters() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                sb.append(Files.readString(csv, StandardCharsets.UTF_8));
            }
        }
        assertThat(sb).as("the sample rosters").contains("Nguyễn");
        return sb.toString();
    }

    /** Every string literal of the screens' code (frames, arrows, marks). */
    private static String screenSymbols() throws IOException {
        StringBuilder sb = new StringBuilder();
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'(.)'");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/vn/tinnhiem/tui"))) {
            for (Path f : files.toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    sb.append(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return sb.toString();
    }

    @Test
    void theShippedFontShowsBothBundlesTheSampleRostersAndEveryVietnameseLetter() throws IOException {
        Font font = WindowFont.bundled();
        assertThat(font.getFamily()).isEqualTo(WindowFont.BUNDLED_NAME);
        assertThat(WindowFont.firstMissing(font, Messages.vietnamese().everyText())).isEmpty();
        assertThat(WindowFont.firstMissing(font, Messages.english().everyText())).isEmpty();
        assertThat(WindowFont.firstMissing(font, sampleRosters())).isEmpty();
        assertThat(WindowFont.firstMissing(font, WindowFont.VIETNAMESE_LETTERS)).isEmpty();
        assertThat(WindowFont.firstMissing(font, screenSymbols())).isEmpty();
        assertThat(WindowFont.VIETNAMESE_LETTERS).contains("ễ", "ồ", "ố", "ữ", "ặ", "Đ", "Ỹ", "ỵ").hasSize(146);
    }

    @Test
    void theTwoSymbolsTheShippedFontLacksAreDrawnAsOnesItHas() {
        Font font = WindowFont.bundled();
        assertThat(font.canDisplay('⌫')).isFalse();
        assertThat(font.canDisplay('✗')).isFalse();
        assertThat(WindowFont.substituted("⌫ lùi · ✗ hỏng")).isEqualTo("← lùi · × hỏng");
        assertThat(WindowFont.firstMissing(font, "⌫✗")).isEmpty();
    }

    @Test
    void aFontLackingALetterIsNamedWithTheFirstLetterItCannotShow() {
        Font lacking = new Font("Dialog", Font.PLAIN, 12) {
            private static final long serialVersionUID = 1L;

            @Override
            public int canDisplayUpTo(String text) {
                return text.indexOf('ễ');
            }
        };
        Problem p = WindowFont.check(lacking, "Nguyễn Văn An");
        assertThat(p).isEqualTo(Problem.of("ui.window.fontCannotShow", lacking.getFamily(), "ễ", "1EC5"));
        assertThat(Messages.vietnamese().get(p)).contains("không hiển thị được chữ “ễ” (U+1EC5)");
        assertThat(WindowFont.check(WindowFont.bundled(), "Nguyễn Văn An")).isNull();
        // a byte order mark and line ends are never drawn, so never counted against a font
        assertThat(WindowFont.firstMissing(WindowFont.bundled(), "\uFEFFSTT,Họ và tên\r\n\t")).isEmpty();
        assertThat(List.of(WindowFont.SUBSTITUTES.values().toArray())).allMatch(c -> WindowFont.bundled()
                .canDisplay((Character) c));
    }
}
