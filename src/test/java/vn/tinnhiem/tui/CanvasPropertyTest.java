package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The chair's screen sends only what changed: whatever is drawn, frame after frame, the terminal ends up showing
 * exactly what Lanterna's own screen would show for the same drawing (every cell's character, colour and
 * modifiers), double-width characters, tabs and text beyond the edges included; a control character never
 * reaches the terminal.
 */
class CanvasPropertyTest {
    /** One piece of text put on the screen: where, what, in which style. */
    record Put(int col, int row, String text, boolean bold, boolean reverse, int color) {
    }

    private static final TextColor.ANSI[] COLORS = {TextColor.ANSI.DEFAULT, TextColor.ANSI.RED_BRIGHT,
            TextColor.ANSI.YELLOW_BRIGHT};

    @Property(tries = 300)
    void theTerminalShowsWhatLanternasScreenWouldShow(@ForAll @IntRange(min = 4, max = 30) int columns,
                                                      @ForAll @IntRange(min = 1, max = 8) int rows,
                                                      @ForAll("frames") List<List<Put>> frames)
            throws IOException {
        // Lanterna's screen sends a double-width character that starts in the last column, which the terminal
        // then wraps onto the next row (and scrolls at the bottom); the canvas draws a space there instead.
        Assume.that(frames.stream().flatMap(List::stream).noneMatch(p -> wideAtTheEdge(p, columns)));
        TerminalSize size = new TerminalSize(columns, rows);
        DefaultVirtualTerminal ours = new DefaultVirtualTerminal(size);
        DefaultVirtualTerminal theirs = new DefaultVirtualTerminal(size);
        TerminalScreen reference = new TerminalScreen(theirs);
        reference.startScreen();
        Canvas canvas = new Canvas(ours);
        for (List<Put> frame : frames) {
            canvas.begin(size, false);
            View view = new View(canvas, null);
            reference.newTextGraphics().fill(' ');
            TextGraphics g = reference.newTextGraphics();
            View referenceView = new View(g, null);
            for (Put p : frame) {
                draw(view, p);
                draw(referenceView, p);
            }
            canvas.show();
            reference.refresh();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    TerminalPosition at = new TerminalPosition(c, r);
                    TextCharacter want = theirs.getBufferCharacter(at);
                    TextCharacter got = ours.getBufferCharacter(at);
                    assertThat(got.getCharacterString()).as("character at %s", at)
                            .isEqualTo(want.getCharacterString());
                    assertThat(got.getForegroundColor()).as("colour at %s", at).isEqualTo(want.getForegroundColor());
                    assertThat(got.getModifiers()).as("modifiers at %s", at).isEqualTo(want.getModifiers());
                }
            }
        }
    }

    /**
     * The canvas writing its own escape sequences into the terminal's stream sends, frame after frame, the very
     * bytes Lanterna's ANSI terminal writes for the same frames (a repaint among them).
     */
    @Property(tries = 300)
    void theBytesWrittenByTheCanvasAreThoseOfLanternasTerminal(@ForAll @IntRange(min = 4, max = 30) int columns,
                                                              @ForAll @IntRange(min = 1, max = 8) int rows,
                                                              @ForAll("frames") List<List<Put>> frames,
                                                              @ForAll @IntRange(min = 0, max = 4) int repaintAt)
            throws IOException {
        TerminalSize size = new TerminalSize(columns, rows);
        ByteArrayOutputStream lanterna = new ByteArrayOutputStream();
        ByteArrayOutputStream own = new ByteArrayOutputStream();
        Canvas through = new Canvas(ansi(lanterna, columns, rows));
        Canvas direct = new Canvas(ansi(new ByteArrayOutputStream(), columns, rows));
        direct.sendTo(own);
        int n = 0;
        for (List<Put> frame : frames) {
            for (Canvas canvas : List.of(through, direct)) {
                if (n == repaintAt) {
                    canvas.repaintAll();
                }
                canvas.begin(size, false);
                View view = new View(canvas, null);
                for (Put p : frame) {
                    draw(view, p);
                }
                canvas.put(0, rows - 1, "\u0007\ud835x\u001b");
                canvas.show();
            }
            // Lanterna writes each character's encoder buffer whole, so a NUL byte follows some two-byte letters
            // ("Đ" is C4 90 00); terminals drop it, and the canvas never sends one.
            assertThat(own.toByteArray()).as("frame %d", n).doesNotContain((byte) 0)
                    .isEqualTo(withoutNul(lanterna.toByteArray()));
            n++;
        }
    }

    private static byte[] withoutNul(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : bytes) {
            if (b != 0) {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static boolean wideAtTheEdge(Put p, int columns) {
        StringBuilder expanded = new StringBuilder(); // tabs as Lanterna expands them: counted in characters
        for (char c : p.text().toCharArray()) {
            if (c == '\t') {
                expanded.append(" ".repeat(4 - (p.col() + expanded.length()) % 4));
            } else {
                expanded.append(c);
            }
        }
        int col = p.col();
        for (char c : expanded.toString().toCharArray()) {
            boolean wide = c == '中' || c == '한';
            if (wide && col == columns - 1) {
                return true;
            }
            col += wide ? 2 : 1;
        }
        return false;
    }

    private static void draw(View v, Put p) {
        TextColor color = COLORS[p.color()];
        if (p.bold()) {
            v.bold(p.col(), p.row(), p.text());
        } else if (p.reverse()) {
            v.reverse(p.col(), p.row(), p.text());
        } else if (color != TextColor.ANSI.DEFAULT) {
            v.colored(p.col(), p.row(), p.text(), color);
        } else {
            v.text(p.col(), p.row(), p.text());
        }
    }

    @Provide
    Arbitrary<List<List<Put>>> frames() {
        return put().list().ofMaxSize(12).list().ofMinSize(1).ofMaxSize(4);
    }

    private static Arbitrary<Put> put() {
        Arbitrary<String> text = Arbitraries.of('a', 'Z', ' ', 'ế', 'ỗ', 'ữ', 'Đ', '中', '한', '\t', '…', '█')
                .list().ofMaxSize(14).map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                });
        return Combinators.combine(Arbitraries.integers().between(0, 32), Arbitraries.integers().between(-1, 8),
                text, Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, COLORS.length - 1)).as(Put::new);
    }

    @Test
    void whatTheCanvasTakesForOneCellWithoutAskingLanternaIsOneCellForLanterna() {
        int known = 0;
        for (char c = 0x1100; c < 0xffff; c++) {
            if (Canvas.narrow(c)) {
                known++;
                assertThat(com.googlecode.lanterna.TerminalTextUtils.isCharDoubleWidth(c)).as("U+%04X", (int) c)
                        .isFalse();
            }
        }
        assertThat(known).isGreaterThan(1000);
        assertThat(Canvas.narrow('ễ')).isTrue();
        assertThat(Canvas.narrow('…')).isTrue();
    }

    @Test
    void aCombiningMarkTakesNoCell() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Canvas canvas = new Canvas(ansi(bytes, 40, 2));
        canvas.begin(new TerminalSize(40, 2), false);
        canvas.put(0, 0, "Ho\u0302\u0323i ngh]"); // decomposed "Hội": the marks over their letter
        canvas.put(0, 1, "Hội ngh]");
        canvas.show();
        String[] rows = canvas.shown().split("\n");
        assertThat(rows[0].indexOf(']')).isEqualTo(rows[1].indexOf(']'));
    }

    @Test
    void aControlCharacterIsDrawnAsASpaceAndNeverSent() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Canvas canvas = new Canvas(ansi(bytes, 40, 3));
        canvas.begin(new TerminalSize(40, 3), false);
        canvas.put(0, 0, "An\u001b[2Jx\u0007y\u009bz\u0000");
        canvas.show();
        String sent = bytes.toString(StandardCharsets.UTF_8);
        assertThat(sent).doesNotContain("\u0007").doesNotContain("\u009b").doesNotContain("\u0000")
                .doesNotContain("\u001b[2Jx");
        assertThat(canvas.shown()).startsWith("An [2Jx y z\n");
    }

    @Test
    void aChangedCellSendsThatCellNotTheScreen() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Canvas canvas = new Canvas(ansi(bytes, 120, 36));
        TerminalSize size = new TerminalSize(120, 36);
        for (int frame = 0; frame < 2; frame++) {
            canvas.begin(size, false);
            for (int r = 0; r < 36; r++) {
                canvas.put(0, r, ("Nguyễn Văn Thử " + r + " · ").repeat(6));
            }
            canvas.put(50, 10, frame == 0 ? "1" : "2");
            if (frame == 0) {
                canvas.show();
                assertThat(bytes.size()).isGreaterThan(36 * 100);
                bytes.reset();
            }
        }
        canvas.show();
        String sent = bytes.toString(StandardCharsets.UTF_8);
        assertThat(sent).contains("2").hasSizeLessThan(40); // the cursor to row 11, column 51, and one character
    }

    private static FixedSizeTerminal ansi(ByteArrayOutputStream out, int columns, int rows) {
        return new FixedSizeTerminal(out, columns, rows);
    }
}
