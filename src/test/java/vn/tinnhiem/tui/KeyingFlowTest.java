package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.AuditEvent;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.report.MinutesSource;
import vn.tinnhiem.report.MinutesText;

/** Keying on the real file: the keypad alone, fill the rest, void with its preview, the replacement ballot. */
class KeyingFlowTest {
    @TempDir
    Path dir;

    private Harness openRound2() {
        Path db = dir.resolve("hdnd.db");
        KeyingFixture.create(db);
        Harness h = new Harness(db, Messages.vietnamese(), 80, 24);
        ScreensGoldenTest.press(h, "⏎↓⏎");
        assertThat(h.app.state()).isInstanceOf(EntryScreen.class);
        return h;
    }

    private static List<Ballot> ballots(Harness h) {
        return ((EntryScreen) h.app.state()).ballots();
    }

    @Test
    void theKeypadAloneRecordsAUniformBallotInThreeKeysAndAnInvalidOneInTwo() {
        try (Harness h = openRound2()) {
            h.type("+1").enter();
            assertThat(h.text()).contains("Vừa ghi phiếu số 4: 1111").contains("Đã ghi phiếu số 4.");
            h.type("2-1/2+2").enter(); // slips taken back with the keypad's - and /
            assertThat(h.text()).contains("Vừa ghi phiếu số 5: 2222");
            h.type("*").enter();
            assertThat(h.text()).contains("Vừa ghi phiếu số 6: cả phiếu không hợp lệ");
            assertThat(ballots(h)).extracting(Ballot::status).containsSubsequence(BallotStatus.VALID,
                    BallotStatus.VALID, BallotStatus.INVALID);
            assertThat(ballots(h).get(4).marks()).containsExactly(Mark.level(2), Mark.level(2), Mark.level(2),
                    Mark.level(2));
        }
    }

    @Test
    void leavingWithAHalfTypedBallotSaysToTypeTheLinesLeftBeforeEnter() {
        try (Harness h = openRound2()) {
            h.type("1").type("q");
            assertThat(h.text().replaceAll("[│\\s]+", " "))
                    .contains("(Muốn giữ: Esc, gõ nốt 3 dòng còn lại rồi Enter để ghi nó trước.)");
            h.esc().type("222").type("q");
            assertThat(h.text().replaceAll("[│\\s]+", " ")).as("complete: Enter alone records it")
                    .contains("(Muốn giữ: Esc, rồi Enter để ghi nó trước.)");
        }
    }

    @Test
    void fillTheRestIsShownBeforeEnterAndCanBeTakenBack() {
        try (Harness h = openRound2()) {
            h.type("1+");
            assertThat(h.text()).contains("Phiếu số 4: 1+++ (1/4)").contains("cho 3 dòng còn lại");
            h.type("2");
            assertThat(h.text()).contains("Phiếu số 4: 1222 (4/4)");
            assertThat(ballots(h)).hasSize(3); // nothing recorded before Enter
            h.key(KeyType.Backspace).type("1").enter();
            assertThat(h.text()).contains("Vừa ghi phiếu số 4: 1221");
        }
    }

    @Test
    void qWithAHalfTypedBallotAsksAndEscKeepsTheBallot() {
        try (Harness h = openRound2()) {
            h.type("12q");
            assertThat(h.text()).contains("Phiếu số 4 đang gõ dở, chưa ghi").contains("Đã gõ: 12");
            h.esc();
            assertThat(h.text()).contains("Phiếu số 4: 12__ (2/4)");
            h.type("c");
            assertThat(h.text()).contains("Bỏ phiếu đang gõ rồi kết thúc vòng?");
            h.esc().type("q").enter();
            assertThat(h.app.state()).isInstanceOf(MeetingScreen.class);
        }
    }

    @Test
    void voidShowsTheBallotAsksAndTheNextBallotIsStoredAsItsReplacement() {
        try (Harness h = openRound2()) {
            h.type("h");
            assertThat(h.text()).contains("Huỷ một phiếu đã ghi");
            h.key(KeyType.Tab).type("đọc nhầm").enter();
            assertThat(h.text()).contains("Huỷ phiếu số 3?").contains("Các dòng theo thứ tự trên phiếu: 1212");
            h.esc();
            assertThat(ballots(h)).noneMatch(Ballot::voided); // Esc: nothing happened
            h.type("h").key(KeyType.Tab).type("đọc nhầm").enter().enter();
            assertThat(h.text()).contains("Đã huỷ phiếu số 3 (đọc nhầm)").contains("(thay phiếu số 3)");
            h.type("+2").enter();
            Ballot replacement = ballots(h).get(3);
            assertThat(replacement.number()).isEqualTo(4);
            assertThat(replacement.replaces()).isEqualTo(3);
            // The committed ballot keeps its pair in view; the next one is no replacement.
            assertThat(h.text()).contains("Vừa ghi phiếu số 4: 2222 (thay phiếu số 3)");
            assertThat(h.text().lines().filter(l -> l.contains("Phiếu số 5:"))).singleElement()
                    .asString().doesNotContain("thay");

            h.type("t4").enter();
            assertThat(h.text()).contains("Phiếu này thay phiếu số 3.");
            h.esc().type("t3").enter();
            assertThat(h.text().replaceAll("[│\\s]+", " "))
                    .contains("Tình trạng: ĐÃ HUỶ, không tính vào kết quả; lý do: đọc nhầm (giờ huỷ ghi trong nhật ký)."
                            + " Lúc ghi: hợp lệ.")
                    .contains("Phiếu số 4 được ghi thay phiếu này.");

            var stored = h.store.ballots(((EntryScreen) h.app.state()).round().id());
            assertThat(stored.get(3).replaces()).isEqualTo(3);
            List<AuditEvent> log = h.store.auditLog();
            assertThat(log).filteredOn(e -> e.kind() == AuditKind.BALLOT_RECORDED)
                    .anyMatch(e -> e.detail().equals("ballot=4;status=VALID;marks=2,2,2,2;replaces=3"));

            h.esc().type("c").type("3").enter().enter();
            long roundId = ((ResultsScreen) h.app.state()).result().round().id();
            String minutes = MinutesText.render(MinutesSource.load(h.store, roundId, Harness.CLOCK),
                    Messages.vietnamese());
            assertThat(minutes).contains("Phiếu nhập số 3: đọc nhầm (thay bằng phiếu số 4)");
        }
    }

    @Test
    void rDropsTheReplacementLinkAndBringsItBack() {
        try (Harness h = openRound2()) {
            h.type("h").key(KeyType.Tab).type("trùng").enter().enter();
            assertThat(h.text()).contains("(thay phiếu số 3)");
            h.type("r");
            assertThat(h.text()).doesNotContain("(thay phiếu số 3)");
            h.type("r");
            assertThat(h.text()).contains("(thay phiếu số 3)");
        }
    }

    @Test
    void aTooSmallWindowSaysToMakeItLargerAndTheScreenComesBack() throws Exception {
        try (Harness h = openRound2()) {
            h.type("12");
            h.terminal.setTerminalSize(new com.googlecode.lanterna.TerminalSize(30, 8));
            h.app.draw();
            assertThat(h.text().replace("\n", " ")).contains("hãy kéo cửa sổ to ra").contains("ít nhất 40×12");
            h.terminal.setTerminalSize(new com.googlecode.lanterna.TerminalSize(80, 24));
            h.app.draw();
            assertThat(h.text()).contains("Phiếu số 4: 12__ (2/4)").contains("F1 Trợ giúp");
        }
    }
}
