package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/** The audit log's chosen entry shown whole at 80 columns: every field in words, every mark, the full hash. */
class AuditEntryScreenTest {
    @TempDir
    Path dir;

    @Test
    void textAndListsReadAsTyped() {
        Path db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp; thứ 9 | HĐND", "", "", "25/11/2026", 50,
                    48, List.of())).id();
            store.addOfficials(meeting, List.of(new OfficialDraft("Nguyễn Văn Ấn", "Giám đốc Sở Văn hóa, Thể thao"),
                    new OfficialDraft("Lê Thị Ửng", "Phó Bí thư")));
        }
        try (Harness h = new Harness(db, Messages.vietnamese(), 120, 36)) {
            h.enter().type("n").key(KeyType.Home).enter();
            String meeting = h.text().replaceAll("[│\\s]+", " ");
            // (the list behind the box shows the entry as stored: "title=Kỳ họp\s thứ 9 \p HĐND;…")
            assertThat(meeting).contains("tên hội nghị: Kỳ họp; thứ 9 | HĐND ngày họp");
            h.esc().key(KeyType.End).enter();
            String roster = h.text().replaceAll("[│\\s]+", " ");
            assertThat(roster).contains("Nguyễn Văn Ấn, Lê Thị Ửng")
                    .contains("Giám đốc Sở Văn hóa, Thể thao, Phó Bí thư");
        }
    }

    @Test
    void enterShowsTheChosenEntryWholeAndAnyOfEscEnterQClosesIt() {
        Path db = dir.resolve("hop.db");
        List<OfficialDraft> people = new java.util.ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            people.add(new OfficialDraft("Nguyễn Văn Thử " + i, "Ủy viên"));
        }
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp", "", "", "25/11/2026", 50, 48,
                    List.of())).id();
            var officials = store.addOfficials(meeting, people);
            long round = store.openRound(meeting, RoundKind.VOTE, officials, 48).id();
            BallotDraft d = BallotDraft.empty(45);
            for (int i = 0; i < 45; i++) {
                d = d.mark(Mark.level(1 + i % 2));
            }
            store.recordBallot(round, d);
        }
        for (Messages m : List.of(Messages.vietnamese(), Messages.english())) {
            try (Harness h = new Harness(db, m, 80, 24)) {
                h.enter().type("n").key(KeyType.End);
                AuditScreen list = (AuditScreen) h.app.state();
                String hash = list.events().get(list.first()).hash();
                h.enter();
                String flat = h.text().replaceAll("[│\\s]+", " ");
                boolean vi = m == Messages.vietnamese() || m.locale().getLanguage().equals("vi");
                assertThat(flat).contains(vi ? "số phiếu: 1" : "ballot number: 1")
                        .contains(vi ? "tình trạng: hợp lệ" : "state: valid")
                        .contains("1, 2, 1, 2, 1, 2").contains("2, 1 ")
                        .contains(hash);
                assertThat(h.text()).doesNotContain("…");
                for (KeyType close : List.of(KeyType.Escape, KeyType.Enter)) {
                    h.key(close);
                    assertThat(((AuditScreen) h.app.state()).open()).isFalse();
                    assertThat(h.app.state()).isInstanceOf(AuditScreen.class);
                    h.enter();
                }
                h.type("q");
                assertThat(h.app.state()).as("q closes the entry, not the log").isInstanceOf(AuditScreen.class);
                h.type("q");
                assertThat(h.app.state()).isInstanceOf(MeetingScreen.class);
            }
        }
    }
}
