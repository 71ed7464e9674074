package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * A roster file refused line by line: its bad lines in a framed box over the list, each whole (broken between
 * words), those that do not fit counted, nothing of the list showing through beside the box.
 */
class RosterImportProblemsTest {
    @TempDir
    Path dir;

    private Path meeting() {
        Path db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            store.createMeeting(new MeetingDetails("Kỳ họp", "", "", "25/11/2026", 50, 48, List.of()));
        }
        return db;
    }

    private static String screenAfterImport(Harness h, Path csv) {
        h.enter().type("d").type("n");
        h.type(csv.toString()).enter();
        return h.text();
    }

    @Test
    void aFileThatIsNoRosterIsSaidWholeInAFramedBoxAtEitherSize() throws Exception {
        Path db = meeting();
        Path csv = dir.resolve("ghi-chu.txt");
        Files.writeString(csv, "Ghi chú của thư ký\n");
        for (int[] size : new int[][] {{80, 24}, {120, 36}}) {
            try (Harness h = new Harness(db, Messages.vietnamese(), size[0], size[1])) {
                String text = screenAfterImport(h, csv);
                String flat = text.replaceAll("[│\\s]+", " ");
                assertThat(flat).contains("Dòng 1: Dòng đầu phải là tiêu đề có cột “Họ và tên” và “Chức vụ” (cột"
                        + " “STT” tuỳ chọn).").contains("Bấm phím bất kỳ để đóng.");
                assertThat(text).contains("└").contains("┘");
                h.key(KeyType.Escape);
                assertThat(h.text()).doesNotContain("Bấm phím bất kỳ để đóng.");
            }
        }
    }

    @Test
    void moreBadLinesThanTheScreenHoldsAreCounted() throws Exception {
        Path db = meeting();
        StringBuilder rows = new StringBuilder("Họ và tên,Chức vụ\n");
        for (int i = 0; i < 40; i++) {
            rows.append(",Ủy viên\n"); // no name: each line refused
        }
        Path csv = dir.resolve("thieu-ten.csv");
        Files.writeString(csv, rows);
        try (Harness h = new Harness(db, Messages.vietnamese(), 80, 24)) {
            String text = screenAfterImport(h, csv);
            assertThat(text).contains("Dòng 2:").containsPattern("… và \\d+ dòng lỗi nữa")
                    .contains("Bấm phím bất kỳ để đóng.");
            // Every row of the box is framed on both sides: nothing of the list shows through at its left.
            for (String line : text.split("\n")) {
                if (line.contains("Dòng ") && line.contains(":")) {
                    assertThat(line).startsWith("  │ ");
                }
            }
        }
    }
}
