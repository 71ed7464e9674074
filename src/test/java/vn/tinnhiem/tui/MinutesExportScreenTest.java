package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/** From a closed round's results, {@code x} writes the minutes into the exports folder and the notice says where. */
class MinutesExportScreenTest {
    @TempDir
    Path dir;

    private long closedRound(Path db) {
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Kỳ họp thứ 12 HĐND tỉnh", "HĐND tỉnh Quảng Trị",
                    "Hội trường tỉnh", "25/11/2026", 5, 5, List.of(new CommitteeMember("Phạm Thị Thu Hồng",
                    "Trưởng ban"), new CommitteeMember("Trần Văn Hữu", "Thành viên")))).id();
            var officials = store.addOfficials(m, List.of(new OfficialDraft("Nguyễn Văn Thống", "Chủ tịch"),
                    new OfficialDraft("Lê Thị Ngữ", "Phó Chủ tịch")));
            long round = store.openRound(m, RoundKind.RATING, officials, 5).id();
            for (int i = 0; i < 5; i++) {
                store.recordBallot(round, BallotDraft.empty(2).mark(Mark.level(i < 3 ? 3 : 1)).mark(Mark.level(2)));
            }
            store.closeRound(round, 5);
            return round;
        }
    }

    @Test
    void exportFromTheResultsWritesThreeFilesAndTheNoticeNamesTheirPath() throws Exception {
        Path db = dir.resolve("t.db");
        closedRound(db);
        Path exports = dir.resolve("exports").toAbsolutePath().normalize();
        String stem = "bien-ban-hn1-ky-hop-thu-12-hdnd-tinh-vong1-20261125-1500";
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter();
            assertThat(h.text()).contains("ĐÃ KẾT THÚC").contains("x Xuất biên bản");
            h.type("x");
            assertThat(files(exports)).containsExactly(stem + ".csv", stem + ".html", stem + ".txt");
            String screen = h.text();
            // The notice and the path below it, on up to three rows over the footer: the path whole, as it fits.
            List<String> rows = screen.lines().toList();
            int at = 0;
            while (!rows.get(at).contains("Đã xuất biên bản")) {
                at++;
            }
            String notice = String.join("", rows.subList(at, rows.size() - 1)).replaceAll("\\s+", "");
            assertThat(notice).as("the folder and the name whole, not shortened in the middle")
                    .contains(exports.resolve(stem).toString().replaceAll("\\s+", "") + ".html,.csv,.txt");
            assertThat(screen).as("still on the results").contains("Nguyễn Văn Thống").contains("60,00%");
            String html = Files.readString(exports.resolve(stem + ".html"), StandardCharsets.UTF_8);
            assertThat(html).contains("BIÊN BẢN KIỂM PHIẾU", "Nguyễn Văn Thống", "Trên một nửa tín nhiệm thấp",
                    "15 giờ 00, ngày 25/11/2026", "Phạm Thị Thu Hồng");
            assertThat(h.store.auditLog().stream().filter(e -> e.kind() == AuditKind.EXPORT_WRITTEN))
                    .hasSize(3).allMatch(e -> e.detail().contains(stem));

            h.type("x");
            assertThat(files(exports)).hasSize(6).contains(stem + "-2.html");
            assertThat(h.text()).contains("-20261125-1500-2.html, .csv, .txt");
        }
    }

    @Test
    void withoutAnExportFolderTheChairIsToldAndNothingIsWritten() {
        Path db = dir.resolve("t.db");
        long round = closedRound(db);
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            EffectRunner runner = new EffectRunner(store, Messages.vietnamese(), Harness.CLOCK, "t.db", "x.csv");
            Msg msg = runner.run(new Effect.ExportMinutes(round));
            assertEquals(new Msg.Refused(Problem.of("report.minutes.noExportFolder")), msg);
        }
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
