package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.i18n.Messages;

/**
 * The room's view as a screen: paging by time and by hand, going back to the chair's screen with the ballot being
 * typed kept and never shown to the room; and the small parts it is made of.
 */
class RoomScreenTest {
    @TempDir
    Path dir;

    private static Msg key(char c) {
        return new Msg.Key(new KeyStroke(c, false, false));
    }

    private static Msg key(KeyType t) {
        return new Msg.Key(new KeyStroke(t));
    }

    private static RoomScreen room() {
        ScreenState chair = new StartScreen("t.db", List.of(), 0, null);
        return RoomScreen.over(chair, new RoomModel("Họp", null, null, 0, false));
    }

    @Test
    void pagesTurnByThemselvesEveryFewSecondsAndSpacePausesThem() {
        RoomScreen s = room();
        s = (RoomScreen) s.update(new Msg.Tick(1_000)).state();
        s = (RoomScreen) s.update(new Msg.Tick(1_000 + RoomScreen.TURN_MILLIS - 1)).state();
        assertThat(s.room().page()).isZero();
        s = (RoomScreen) s.update(new Msg.Tick(1_000 + RoomScreen.TURN_MILLIS)).state();
        assertThat(s.room().page()).isEqualTo(1);
        s = (RoomScreen) s.update(key(' ')).state();
        assertThat(s.room().paused()).isTrue();
        for (long t = 20_000; t < 100_000; t += 1_000) {
            s = (RoomScreen) s.update(new Msg.Tick(t)).state();
        }
        assertThat(s.room().page()).isEqualTo(1);
        s = (RoomScreen) s.update(key(KeyType.ArrowRight)).state();
        s = (RoomScreen) s.update(key(KeyType.ArrowRight)).state();
        s = (RoomScreen) s.update(key(KeyType.ArrowLeft)).state();
        assertThat(s.room().page()).isEqualTo(2);
        assertThat(s.room().paused()).isTrue();
    }

    @Test
    void turningByHandRestartsTheWaitBeforeTheNextTurn() {
        RoomScreen s = (RoomScreen) room().update(new Msg.Tick(0)).state();
        s = (RoomScreen) s.update(key(KeyType.ArrowRight)).state();
        s = (RoomScreen) s.update(new Msg.Tick(RoomScreen.TURN_MILLIS)).state();
        assertThat(s.room().page()).isEqualTo(1);
        s = (RoomScreen) s.update(new Msg.Tick(RoomScreen.TURN_MILLIS * 2 - 1)).state();
        assertThat(s.room().page()).isEqualTo(1);
    }

    @Test
    void pGivesBackTheChairsScreenExactlyAsItWas() {
        RoomScreen s = room();
        assertThat(s.update(key('p')).state()).isSameAs(s.chair());
        assertThat(s.update(key(KeyType.Escape)).state()).isSameAs(s.chair());
    }

    private static void openRound(Harness h, int number) {
        for (int i = 0; i < 6; i++) {
            h.key(KeyType.ArrowUp);
        }
        for (int i = 1; i < number; i++) {
            h.key(KeyType.ArrowDown);
        }
        h.enter();
    }

    @Test
    void theRoomNeverSeesTheBallotBeingTypedAndTheChairGetsItBack() {
        Path db = dir.resolve("t.db");
        try (RoomFixture f = new RoomFixture(db)) {
            f.close();
        }
        try (Harness h = new Harness(db, Messages.vietnamese(), 120, 36)) {
            openRound(h.enter(), 3); // open, 12 officials
            assertThat(h.text()).contains("Vòng 3");
            h.type("1231");
            String chair = h.text();
            assertThat(chair).contains("Phiếu số 24").contains("1231_ _____ __");
            h.type("p");
            String room = h.text();
            assertThat(room).contains("ĐANG KIỂM PHIẾU").contains("1. Nguyễn Văn An")
                    .doesNotContain("1231").doesNotContain("Phiếu số").doesNotContain("Enter");
            assertThat(room).contains("Phiếu đã nhập / phiếu phát ra");
            h.type("p");
            assertThat(h.text()).isEqualTo(chair);
            h.type("13123123").enter();
            assertThat(h.text()).contains("24");
        }
    }

    @Test
    void hiddenTalliesShowTheChairTheSettingAndTheRoomOnlyTheProgress() {
        Path db = dir.resolve("t.db");
        try (RoomFixture f = new RoomFixture(db)) {
            f.close();
        }
        try (Harness h = new Harness(db, Messages.english(), 120, 36)) {
            openRound(h.enter(), 4);
            assertThat(h.text()).contains("Round 4").contains("TALLIES HIDDEN FROM ROOM")
                    .contains("The room sees only the progress until the round closes");
            h.type("p");
            assertThat(h.text()).contains("Each official's result will be announced").doesNotContain("1. Nguyễn");
        }
    }

    @Property(tries = 300)
    void aBarIsAlwaysItsWidthAndEachLevelTakesItsShareWithinOneCell(
            @ForAll @IntRange(min = 0, max = 60) int a, @ForAll @IntRange(min = 0, max = 60) int b,
            @ForAll @IntRange(min = 0, max = 60) int c, @ForAll @IntRange(min = 0, max = 20) int extra,
            @ForAll @IntRange(min = 1, max = 150) int width) {
        long base = a + b + c + extra;
        String bar = Bar.of(new LineCount(new long[] {a, b, c}, 0), 3, base, width);
        assertThat(bar).hasSize(width);
        if (base > 0) {
            long full = bar.chars().filter(ch -> ch == '█').count();
            assertThat(Math.abs(full - (double) a * width / base)).isLessThanOrEqualTo(1.0);
        }
    }

    @Property(tries = 300)
    void layoutPartsNeverOverflowTheArea(@ForAll @IntRange(min = 0, max = 300) int total,
                                         @ForAll @IntRange(min = 0, max = 40) int fixed,
                                         @ForAll @IntRange(min = 0, max = 40) int min) {
        int[] sizes = Layout.split(total, Layout.length(fixed), Layout.min(min), Layout.fill(1), Layout.length(1));
        int sum = 0;
        for (int s : sizes) {
            assertThat(s).isNotNegative();
            sum += s;
        }
        assertThat(sum).isLessThanOrEqualTo(total);
        if (total >= fixed + min + 1) {
            assertThat(sum).isEqualTo(total);
            assertThat(sizes[0]).isEqualTo(fixed);
        }
    }

    @Property(tries = 300)
    void wrappingNeverLosesOrCutsAWord(@ForAll @IntRange(min = 8, max = 60) int width) {
        String name = "Nguyễn Thị Thanh Hương Trưởng Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh";
        List<String> lines = Wrap.lines(name, width);
        assertThat(String.join(" ", lines)).isEqualTo(name);
        lines.forEach(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
    }

    @Test
    void pagesHoldWholeItemsAndCoverThemAll() {
        List<Integer> heights = new ArrayList<>(List.of(3, 2, 4, 3, 3, 5, 2));
        Paging p = Paging.of(heights, 7);
        int covered = 0;
        for (int page = 0; page < p.pages(); page++) {
            assertThat(p.first(page)).isEqualTo(covered);
            covered = p.end(page);
        }
        assertThat(covered).isEqualTo(heights.size());
        assertThat(p.first(p.pages())).isZero(); // past the last page comes the first
        assertThat(p.first(-1)).isEqualTo(p.first(p.pages() - 1));
    }

    @Test
    void blockDigitsPickTheLargestSizeThatFits() {
        assertThat(BlockDigits.fitting("45/48", 200, 5)).isEqualTo(BlockDigits.Size.LARGE);
        assertThat(BlockDigits.fitting("45/48", 30, 5)).isEqualTo(BlockDigits.Size.MEDIUM);
        assertThat(BlockDigits.fitting("45/48", 30, 3)).isEqualTo(BlockDigits.Size.SMALL);
        assertThat(BlockDigits.render("8", BlockDigits.Size.MEDIUM)).containsExactly("███", "█ █", "███", "█ █",
                "███");
        assertThat(BlockDigits.render("10", BlockDigits.Size.LARGE).get(0)).hasSize(BlockDigits.width("10",
                BlockDigits.Size.LARGE));
    }
}
