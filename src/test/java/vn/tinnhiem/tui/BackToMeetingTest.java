package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;

/**
 * Back from a round, the meeting screen keeps that round chosen, so Enter goes back into it and not into another
 * open round (a rehearsal, say); and the number suggested when voiding is typed over, never typed after.
 */
class BackToMeetingTest {
    @TempDir
    Path dir;

    @Test
    void leavingARoundKeepsItChosen() {
        Path db = dir.resolve("h.db");
        try (var store = Database.open(db, Harness.CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Kỳ họp thử", "", "", "25/11/2026", 10, 9, List.of())).id();
            var roster = store.addOfficials(m, List.of(new OfficialDraft("Nguyễn Văn Một", "Ủy viên")));
            store.openRound(m, RoundKind.RATING, roster, 9);
            store.openRound(m, RoundKind.VOTE, roster, 9);
        }
        try (Harness h = Harness.vietnamese(db)) {
            h.enter(); // the meeting; round 2, the last open one, is chosen
            h.key(com.googlecode.lanterna.input.KeyType.ArrowUp);
            h.enter(); // round 1
            assertThat(h.text()).contains("Vòng 1");
            h.type("q");
            h.enter(); // back into the round just left
            assertThat(h.text()).contains("Vòng 1").doesNotContain("Vòng 2");
        }
    }

    @Test
    void theBallotSuggestedForVoidingIsTypedOver() {
        Path db = dir.resolve("v.db");
        long round;
        try (var store = Database.open(db, Harness.CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Kỳ họp thử", "", "", "25/11/2026", 10, 9, List.of())).id();
            var roster = store.addOfficials(m, List.of(new OfficialDraft("Nguyễn Văn Một", "Ủy viên")));
            round = store.openRound(m, RoundKind.VOTE, roster, 9).id();
            for (int i = 0; i < 5; i++) {
                store.recordBallot(round, vn.tinnhiem.domain.BallotDraft.empty(1).mark(vn.tinnhiem.domain.Mark.level(1)));
            }
        }
        try (Harness h = Harness.vietnamese(db)) {
            h.enter();
            h.enter();
            h.type("h");
            assertThat(h.text()).containsPattern("Phiếu số +5 ");
            h.type("2");
            assertThat(h.text()).containsPattern("Phiếu số +2 ").doesNotContain("52");
        }
    }
}
