package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.i18n.Messages;

class SheetScreenTest {
    @TempDir
    Path dir;

    @Test
    void look() {
        Path db = dir.resolve("t.db");
        SheetFixture.create(db);
        try (Harness h = new Harness(db, Messages.vietnamese(), 80, 24)) {
            ScreensGoldenTest.press(h, "⏎");
            System.out.println(h.text());
            ScreensGoldenTest.press(h, "⏎");
            System.out.println(h.text());
            ScreensGoldenTest.press(h, "q↑⏎");
            System.out.println(h.text());
            ScreensGoldenTest.press(h, "48⏎47⏎45⏎2⏎20⏎");
            System.out.println(h.text());
        }
    }
}
