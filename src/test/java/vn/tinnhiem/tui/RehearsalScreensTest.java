package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.i18n.Messages;

/** A rehearsal round on the chair's screens: chosen when it opens, marked everywhere, deleted after Enter confirms. */
class RehearsalScreensTest {
    @TempDir
    Path dir;

    private Path data() {
        Path db = dir.resolve("t.db");
        try (RoomFixture f = new RoomFixture(db)) {
            return db;
        }
    }

    @Test
    void aRoundOpenedAsARehearsalWithHiddenTalliesIsMarkedOnEveryScreen() {
        try (Harness h = new Harness(data(), Messages.vietnamese(), 80, 24)) {
            h.enter().type("v");
            assertThat(h.text()).contains("[ ] Vòng diễn tập (phím d)"); // at 80 columns the key line keeps the main keys; the box names its key
            h.type("d").type("a");
            assertThat(h.text()).contains("[x] Vòng diễn tập").contains("[x] Ẩn kết quả với phòng họp");
            h.enter();
            String entry = h.text();
            assertThat(entry).contains("DIỄN TẬP").contains("Phòng họp chỉ thấy tiến độ");
            // The title bar says it once, at its right end with the round, leaving the meeting's name its room.
            String titleBar = entry.lines().findFirst().orElseThrow();
            assertThat(titleBar.split("DIỄN TẬP", -1)).as(titleBar).hasSize(2);
            assertThat(titleBar).startsWith(" tinnhiem — Kỳ họp");
            h.type("p");
            assertThat(h.text()).contains("DIỄN TẬP — KHÔNG PHẢI KẾT QUẢ THẬT")
                    .contains("Kết quả từng người sẽ được công bố");
            h.type("p").type("q");
            assertThat(h.text()).contains("Vòng 6").contains("DIỄN TẬP · Lấy phiếu");
        }
    }

    @Test
    void aRehearsalIsDeletedAfterEnterConfirmsAndARealRoundNever() {
        Path db = data();
        try (Harness h = new Harness(db, Messages.english(), 120, 36)) {
            h.enter();
            for (int i = 0; i < 6; i++) {
                h.key(KeyType.ArrowUp);
            }
            h.type("x");
            assertThat(h.text()).contains("Only a rehearsal round can be deleted; round 1 is a real one.");
            for (int i = 0; i < 4; i++) {
                h.key(KeyType.ArrowDown);
            }
            h.type("x");
            assertThat(h.text()).contains("Delete rehearsal round 5 and all its ballots?");
            String footer = h.text().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElseThrow();
            assertThat(footer).as("the keys of the question, not of the list").contains("Enter Confirm")
                    .doesNotContain("Open round");
            h.esc();
            assertThat(h.text()).contains("Not deleted.").contains("Round 5");
            h.type("x").enter();
            assertThat(h.text()).contains("Rehearsal round 5 deleted; the audit log records it.")
                    .doesNotContain("Round 5 ");
            var log = h.store.auditLog();
            assertThat(log.get(log.size() - 1).kind()).isEqualTo(AuditKind.ROUND_DELETED);
            h.type("n").key(KeyType.End);
            assertThat(h.text()).contains("Round deleted");
        }
    }
}
