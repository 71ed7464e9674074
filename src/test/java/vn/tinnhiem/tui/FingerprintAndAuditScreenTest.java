package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/** The fingerprint on the results screen and the audit log screen, on the virtual terminal. */
class FingerprintAndAuditScreenTest {
    @TempDir
    Path dir;

    Path db;
    String fingerprint;

    @BeforeEach
    void oneClosedRound() {
        db = dir.resolve("t.db");
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp thứ 12 HĐND tỉnh", "HĐND tỉnh", "",
                    "25/11/2026", 10, 10, List.of(new CommitteeMember("Phạm Thị Hồng", "Trưởng ban")))).id();
            var roster = store.addOfficials(meeting, List.of(new OfficialDraft("Nguyễn Văn Hưởng", "Chủ tịch"),
                    new OfficialDraft("Lê Thị Mỹ Dung", "Phó Chủ tịch")));
            Round round = store.openRound(meeting, RoundKind.RATING, roster, 10);
            for (int i = 0; i < 3; i++) {
                store.recordBallot(round.id(), BallotDraft.empty(2).mark(Mark.level(1 + i)).mark(Mark.level(3 - i)));
            }
            store.voidBallot(round.id(), 2, "đọc nhầm");
            store.closeRound(round.id(), 2);
            fingerprint = store.fingerprint(round.id());
        }
    }

    @Test
    void theResultsScreenShowsTheFingerprintInGroupsOfFour() {
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter();
            String screen = h.text();
            assertThat(screen).contains("Mã kiểm chứng (SHA-256): " + Fingerprint.grouped(fingerprint))
                    .containsPattern("Nguyễn Văn Hưởng .* 1 +50,00%");
        }
    }

    @Test
    void onANarrowScreenTheFingerprintTakesTwoLines() {
        try (Harness h = new Harness(db, Messages.english(), 80, 24)) {
            h.enter().enter();
            List<String> lines = Fingerprint.groupedLines(fingerprint, 8);
            assertThat(h.text()).contains("Fingerprint (SHA-256): " + lines.get(0) + "\n")
                    .containsPattern("\n +" + lines.get(1) + "\n");
        }
    }

    @Test
    void theMeetingScreenOpensTheAuditLogWhichScrollsAndGoesBack() {
        try (Harness h = new Harness(db, Messages.vietnamese(), 120, 14)) {
            h.enter();
            assertThat(h.text()).contains("n Nhật ký");
            h.type("n");
            String screen = h.text();
            assertThat(screen).contains("Nhật ký thay đổi")
                    .contains("8 mục của hội nghị này (cả tệp 8 mục) · chuỗi băm: nguyên vẹn")
                    .containsPattern("1 +25/11/2026 15:00:00 +Tạo hội nghị +[0-9a-f]{8} +title=Kỳ họp thứ 12 HĐND tỉnh;")
                    .containsPattern("4 +25/11/2026 15:00:00 +Ghi phiếu +1 +[0-9a-f]{8} +ballot=1;status=VALID;marks=1,3")
                    .doesNotContain("Kết thúc vòng");
            h.key(KeyType.End);
            assertThat(h.text()).contains("Huỷ phiếu").contains("ballot=2;reason=đọc nhầm")
                    .containsPattern("Kết thúc vòng +1 +[0-9a-f]{8} +round=1;collected=2;base=2;fingerprint="
                            + fingerprint.substring(0, 8));
            h.key(KeyType.Home).key(KeyType.ArrowDown);
            assertThat(h.text()).doesNotContain("Tạo hội nghị").contains("Sửa danh sách");
            h.type("q");
            assertThat(h.app.state()).isInstanceOf(MeetingScreen.class);
        }
    }

    @Test
    void anAlteredLogIsShownAsSuch() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_event_no_update");
            s.execute("UPDATE audit_event SET detail = 'ballot=1;status=VALID;marks=1,1' WHERE seq = 4");
        }
        try (Harness h = new Harness(db, Messages.english(), 120, 20)) {
            h.enter().type("n");
            assertThat(h.text()).contains("hash chain: ALTERED: run \"tinnhiem verify\" to see where");
        }
    }

    @Test
    void aRoundFromBeforeFingerprintsSaysItHasNone() {
        ResultsScreen s = new ResultsScreen("Hội nghị", vn.tinnhiem.domain.RoundResult.of(
                new Round(1, 1, 1, RoundKind.VOTE, List.of(), 5, 0, vn.tinnhiem.domain.RoundState.CLOSED),
                vn.tinnhiem.domain.Tally.count(RoundKind.VOTE, 0, List.of())), 0, null);
        assertEquals(null, s.fingerprint());
        var terminal = new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(
                new com.googlecode.lanterna.TerminalSize(100, 20));
        try {
            var screen = new com.googlecode.lanterna.screen.TerminalScreen(terminal);
            screen.startScreen();
            s.draw(new View(screen.newTextGraphics(), Messages.english()));
            screen.refresh();
            // under the rules, which take as many rows as they need
            StringBuilder rows = new StringBuilder();
            for (int r = 4; r < 7; r++) {
                for (int c = 0; c < 100; c++) {
                    rows.append(terminal.getBufferCharacter(new com.googlecode.lanterna.TerminalPosition(c, r))
                            .getCharacterString());
                }
                rows.append('\n');
            }
            assertThat(rows.toString()).contains("Fingerprint: none");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
