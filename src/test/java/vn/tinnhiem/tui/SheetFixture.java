package vn.tinnhiem.tui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.SheetCell;
import vn.tinnhiem.domain.TallySheet;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * Two meetings counted from tally sheets, written through the real store. The first (twelve officials, 48 ballots
 * issued): round 1 keyed twice, the second reader differing from the first in two cells; round 2 keyed once, not
 * keyed yet. The second (fifty officials): round 1 keyed once, nothing keyed, to scroll through.
 */
final class SheetFixture {
    private SheetFixture() {
    }

    /** 48 issued, 47 collected, 45 valid + 2 invalid; official i: 30 − i high, 10 + i confidence, 4 low, 1 bad line. */
    static TallySheet sound(int officials) {
        List<LineCount> lines = new ArrayList<>();
        for (int i = 0; i < officials; i++) {
            lines.add(new LineCount(new long[] {30 - i % 20, 10 + i % 20, 4}, 1));
        }
        return new TallySheet(48, 47, 45, 2, lines);
    }

    static void create(Path db) {
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Kỳ họp thứ 12 Hội đồng nhân dân tỉnh khóa XVIII",
                    "Hội đồng nhân dân tỉnh Quảng Trị", "Hội trường Trung tâm Hội nghị tỉnh", "25/11/2026", 50, 48,
                    List.of(new CommitteeMember("Phạm Thị Thu Hà", "Trưởng ban"),
                            new CommitteeMember("Trần Văn Hữu", "Thành viên")))).id();
            List<OfficialDraft> drafts = new ArrayList<>();
            for (String[] o : KeyingFixture.ROSTER) {
                drafts.add(new OfficialDraft(o[0], o[1]));
            }
            List<Official> officials = store.addOfficials(m, drafts);
            long twice = store.openRound(m, RoundKind.RATING, officials, 48,
                    RoundSettings.NORMAL.withCounting(Counting.TALLY_SHEET_TWICE)).id();
            store.sheets().record(twice, sound(12));
            store.sheets().record(twice, sound(12).with(new SheetCell(0, SheetCell.COLLECTED), 46)
                    .with(new SheetCell(3, 1), 13));
            store.openRound(m, RoundKind.RATING, officials, 48, RoundSettings.NORMAL.withCounting(Counting.TALLY_SHEET));
            long big = store.createMeeting(new MeetingDetails("Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy",
                    "Hội trường", "26/11/2026", 52, 50, List.of(new CommitteeMember("Lê Văn Tám", "Trưởng ban"))))
                    .id();
            List<OfficialDraft> fifty = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                fifty.add(new OfficialDraft("Ủy viên số " + i, "Ủy viên Ban Chấp hành"));
            }
            store.openRound(big, RoundKind.RATING, store.addOfficials(big, fifty), 48,
                    RoundSettings.NORMAL.withCounting(Counting.TALLY_SHEET));
        }
    }
}
