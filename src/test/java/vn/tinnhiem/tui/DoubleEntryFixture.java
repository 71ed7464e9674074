package vn.tinnhiem.tui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * A meeting counting by double entry, written through the real store: round 1 open and not yet numbered; round 2
 * with 8 ballots numbered, serials 1 and 2 agreed, 3 in conflict on line 2, 4 entered once, 5 resolved, 6–8 not
 * entered. The meeting screen selects round 2.
 */
final class DoubleEntryFixture {
    static final int LINES = 5;
    static final RoundSettings DOUBLE = RoundSettings.NORMAL.withCounting(Counting.DOUBLE_ENTRY);

    private DoubleEntryFixture() {
    }

    static BallotDraft ballot(int... levels) {
        BallotDraft d = BallotDraft.empty(levels.length);
        for (int l : levels) {
            d = d.mark(l == 0 ? Mark.BLANK : Mark.level(l));
        }
        return d;
    }

    static long create(Path db) {
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Kỳ họp thứ 12 Hội đồng nhân dân tỉnh khóa XVIII",
                    "Hội đồng nhân dân tỉnh Quảng Trị", "Hội trường Trung tâm Hội nghị tỉnh", "25/11/2026", 50, 48,
                    List.of(new CommitteeMember("Phạm Thị Thu Hà", "Trưởng ban"),
                            new CommitteeMember("Trần Văn Hữu", "Thành viên")))).id();
            List<OfficialDraft> drafts = new ArrayList<>();
            for (int i = 0; i < LINES; i++) {
                drafts.add(new OfficialDraft(KeyingFixture.ROSTER[i][0], KeyingFixture.ROSTER[i][1]));
            }
            List<Official> officials = store.addOfficials(m, drafts);
            store.openRound(m, RoundKind.RATING, officials, 48, DOUBLE);
            long r = store.openRound(m, RoundKind.RATING, officials, 48, DOUBLE).id();
            var readings = store.readings();
            readings.record(r, 1, 8, ballot(1, 1, 2, 1, 3));
            readings.record(r, 1, 8, ballot(1, 1, 2, 1, 3));
            readings.record(r, 2, 8, ballot(2, 1, 1, 1, 1));
            readings.record(r, 2, 8, ballot(2, 1, 1, 1, 1));
            readings.record(r, 3, 8, ballot(1, 2, 1, 1, 1));
            readings.record(r, 3, 8, ballot(1, 3, 1, 1, 1));
            readings.record(r, 4, 8, ballot(3, 3, 3, 3, 3));
            readings.record(r, 5, 8, ballot(1, 1, 1, 1, 1));
            readings.record(r, 5, 8, BallotDraft.empty(LINES).invalidate());
            readings.record(r, 5, 8, ballot(1, 1, 1, 1, 0));
            return m;
        }
    }
}
