package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.TestFolders;
import vn.tinnhiem.store.Database;

/** Esc on a meeting's form asks before throwing away what was typed; with nothing typed it just goes back. */
class DiscardFormTest {
    private static Path empty() throws Exception {
        Path db = TestFolders.create("discard").resolve("a.db");
        Database.open(db, Harness.CLOCK).close();
        return db;
    }

    @Test
    void escOnATypedFormAsksAndEscAgainKeepsEverything() throws Exception {
        try (Harness h = Harness.vietnamese(empty())) {
            h.type("m").type("Kỳ họp thứ 12").esc();
            assertThat(h.text()).contains("Bỏ hội nghị đang tạo?").contains("F2 để lưu");
            h.esc();
            assertThat(h.text()).doesNotContain("Bỏ hội nghị đang tạo?").contains("Kỳ họp thứ 12");
            h.type("n"); // typed on, not an answer
            assertThat(h.text()).contains("Kỳ họp thứ 12n");
        }
    }

    @Test
    void enterOnTheQuestionGoesBackWithNothingSaved() throws Exception {
        Path db = empty();
        try (Harness h = Harness.vietnamese(db)) {
            h.type("m").type("Kỳ họp thứ 12").esc().enter();
            assertThat(h.text()).contains("chưa có hội nghị nào").doesNotContain("Kỳ họp thứ 12");
        }
    }

    @Test
    void escOnAFormAsOpenedGoesBackAtOnce() throws Exception {
        try (Harness h = Harness.vietnamese(empty())) {
            h.type("m").esc();
            assertThat(h.text()).contains("chưa có hội nghị nào");
        }
    }
}
