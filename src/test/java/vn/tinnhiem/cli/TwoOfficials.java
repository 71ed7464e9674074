package vn.tinnhiem.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.store.JdbiStore;

/** The small meeting the verify and report tests count on: "Kỳ họp thứ 12", two officials, one committee member. */
record TwoOfficials(long meeting, List<Official> roster) {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    static TwoOfficials in(JdbiStore store) {
        long meeting = store.createMeeting(new MeetingDetails("Kỳ họp thứ 12", "HĐND tỉnh", "Hội trường",
                "25/11/2026", 10, 9, List.of(new CommitteeMember("Phạm Thị Hồng", "Trưởng ban")))).id();
        return new TwoOfficials(meeting, store.addOfficials(meeting, List.of(
                new OfficialDraft("Nguyễn Văn An", "Chủ tịch"), new OfficialDraft("Trần Thị Bình", "Phó Chủ tịch"))));
    }
}
