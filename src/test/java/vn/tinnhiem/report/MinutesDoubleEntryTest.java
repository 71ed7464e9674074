package vn.tinnhiem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.cli.Golden;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.i18n.Messages;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * The minutes of a round counted by double entry, from a real file: they say double entry was used, how many
 * ballots disagreed on the first two readings, and for each its serial, the official lines, the three readings
 * and that the reading of the paper read again counts.
 */
class MinutesDoubleEntryTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    static BallotDraft marks(int... levels) {
        BallotDraft d = BallotDraft.empty(levels.length);
        for (int l : levels) {
            d = d.mark(l == 0 ? Mark.BLANK : Mark.level(l));
        }
        return d;
    }

    Minutes closedRound() {
        try (JdbiStore store = Database.open(dir.resolve("hop.db"), CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp thứ 12 HĐND tỉnh", "HĐND tỉnh Quảng Trị",
                    "Hội trường", "25/11/2026", 10, 9, List.of(new CommitteeMember("Phạm Thị Hồng", "Trưởng ban"),
                    new CommitteeMember("Lê Văn Tâm", "Thành viên")))).id();
            var roster = store.addOfficials(meeting, List.of(new OfficialDraft("Nguyễn Văn An", "Chủ tịch"),
                    new OfficialDraft("Trần Thị Bình", "Phó Chủ tịch"), new OfficialDraft("Lê Hữu Cường", "Ủy viên")));
            long round = store.openRound(meeting, RoundKind.RATING, roster, 9,
                    RoundSettings.NORMAL.withCounting(Counting.DOUBLE_ENTRY)).id();
            var r = store.readings();
            r.record(round, 1, 4, marks(1, 2, 3));
            r.record(round, 2, 4, marks(1, 1, 1));
            r.record(round, 3, 4, marks(2, 2, 0));
            r.record(round, 4, 4, BallotDraft.empty(3).invalidate());
            r.record(round, 1, 4, marks(1, 2, 3));
            r.record(round, 2, 4, marks(1, 2, 1)); // a slip on line 2
            r.record(round, 3, 4, BallotDraft.empty(3).invalidate()); // read as invalid the second time
            r.record(round, 4, 4, BallotDraft.empty(3).invalidate());
            r.record(round, 2, 4, marks(1, 1, 1));
            r.record(round, 3, 4, marks(2, 2, 0));
            r.close(round, null);
            return MinutesSource.load(store, round, CLOCK);
        }
    }

    @Test
    void theMinutesSayHowEachDisagreementWasResolved() throws Exception {
        Minutes minutes = closedRound();
        String vi = MinutesText.render(minutes, Messages.vietnamese());
        assertThat(vi).contains("2 phiếu lệch ở hai lần nhập đầu")
                .contains("Phiếu số 2, lệch ở dòng 2 (Trần Thị Bình): lần 1 111; lần 2 121; đọc lại 111")
                .contains("Phiếu số 3, lệch ở tính hợp lệ của cả phiếu: lần 1 220; lần 2 cả phiếu không hợp lệ");
        Golden.assertMatches("minutes-de-vi.txt", vi);
        Golden.assertMatches("minutes-de-en.html", MinutesHtml.render(minutes, Messages.english()));
    }

    @Test
    void theCsvCarriesTheCountNumberedAndEachDisagreementOnTheLinesItConcerns() throws Exception {
        Minutes minutes = closedRound();
        String vi = MinutesCsv.render(minutes, Messages.vietnamese());
        List<String> rows = List.of(vi.split("\r\n"));
        assertThat(rows.get(0)).endsWith(",Số phiếu đã đánh số,Phiếu lệch ở hai lần nhập đầu (đã đọc lại),"
                + "Lệch ở dòng này (phiếu số: lần 1 / lần 2 / đọc lại)");
        assertThat(rows.get(1)).endsWith(",4,2,3: 2 / cả phiếu không hợp lệ / 2");
        assertThat(rows.get(2)).endsWith(",4,2,2: 1 / 2 / 1; 3: 2 / cả phiếu không hợp lệ / 2");
        assertThat(rows.get(3)).endsWith(",4,2,3: 0 / cả phiếu không hợp lệ / 0");
        Golden.assertMatches("minutes-de-vi.csv", vi);
        Golden.assertMatches("minutes-de-en.csv", MinutesCsv.render(minutes, Messages.english()));
    }
}
