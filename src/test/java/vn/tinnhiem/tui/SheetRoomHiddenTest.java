package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.i18n.Messages;

/**
 * A round counted from tally sheets and hiding its tallies from the room: while it waits for its sheet the room is
 * told the results come at the close, not "when the sheet is entered", which the round would then not keep.
 */
class SheetRoomHiddenTest {
    @TempDir
    Path dir;

    @Test
    void aHiddenSheetRoundPromisesTheResultsAtTheCloseOnly() {
        Path db = dir.resolve("hdnd.db");
        SheetFixture.create(db);
        try (Harness h = new Harness(db, Messages.vietnamese(), 120, 36)) {
            h.enter().type("v");
            for (int i = 0; i < 6 && !((OpenRoundScreen) h.app.state()).settings().counting().fromTallySheets(); i++) {
                h.type("k");
            }
            assertThat(((OpenRoundScreen) h.app.state()).settings().counting().fromTallySheets()).isTrue();
            h.type("a").enter();
            assertThat(h.app.state()).isInstanceOf(SheetScreen.class);
            h.type("p");
            assertThat(h.text()).contains("Kết quả từng người sẽ được công bố khi kết thúc kiểm phiếu.")
                    .doesNotContain("kết quả hiện khi bảng tổng hợp được nhập");
        }
    }
}
