package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.cli.Golden;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.LogHead;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/** The results screen shows the log's head at the close under the fingerprint, for the room to note. */
class ResultsHeadScreenTest {
    @TempDir
    Path dir;

    Path db;
    LogHead head;

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
            store.closeRound(round.id(), 3);
            head = store.closeHead(round.id());
        }
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"vi,80,24", "vi,120,36", "en,80,24", "en,120,36"})
    void theHeadAtTheCloseStandsUnderTheFingerprint(String lang, int width, int height) throws Exception {
        Messages m = "vi".equals(lang) ? Messages.vietnamese() : Messages.english();
        try (Harness h = new Harness(db, m, width, height)) {
            h.enter().enter();
            String screen = h.text();
            assertThat(screen).contains(m.get("record.head.label") + " " + head.shown());
            Golden.assertMatches("results-head-" + lang + "-" + width + "x" + height + ".txt", screen);
        }
    }
}
