package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.RoundKind;

class MeetingStoreTest extends StoreTestSupport {

    @Test
    void aNewFileHasNoMeetings() {
        assertEquals(List.of(), store.meetings());
    }

    @Test
    void createdMeetingKeepsItsDetailsAndCommitteeInOrder() {
        MeetingDetails details = details("Kỳ họp thứ 12");
        Meeting created = store.createMeeting(details);
        assertEquals(details, created.details());
        assertEquals(created, store.meeting(created.id()));
    }

    @Test
    void meetingsAreListedWithTheirOfficialsAndRounds() {
        Meeting first = store.createMeeting(details("Hội nghị Tỉnh ủy"));
        Meeting second = store.createMeeting(details("Kỳ họp HĐND"));
        var officials = roster(second.id(), 3);
        store.openRound(second.id(), RoundKind.RATING, officials, 60);
        assertEquals(List.of(
                new MeetingSummary(first.id(), "Hội nghị Tỉnh ủy", "05/03/2026", 0, 0, 0),
                new MeetingSummary(second.id(), "Kỳ họp HĐND", "05/03/2026", 3, 1, 1)), store.meetings());
    }

    @Test
    void updatingAMeetingReplacesItsDetailsAndCommittee() {
        Meeting meeting = meeting();
        MeetingDetails changed = new MeetingDetails("Kỳ họp bất thường", "HĐND tỉnh", "Hội trường B", "06/03/2026",
                50, 40, List.of(new CommitteeMember("Lê Thị Mai", "Trưởng ban")));
        assertEquals(changed, store.updateMeeting(meeting.id(), changed).details());
        assertEquals(changed, store.meeting(meeting.id()).details());
    }

    @Test
    void moreMembersPresentThanSummonedIsRefusedAndNothingIsWritten() {
        MeetingDetails bad = new MeetingDetails("Hội nghị", "", "", "", 30, 31, List.of());
        assertRefused("error.meeting.presentOverSummoned", () -> store.createMeeting(bad), 31, 30);
        assertEquals(List.of(), store.meetings());
    }

    @Test
    void anUnknownMeetingIsRefused() {
        assertRefused("error.meeting.missing", () -> store.meeting(42), 42L);
        assertRefused("error.meeting.missing", () -> store.updateMeeting(42, details("x")), 42L);
    }

    @Test
    void timesComeFromTheClockInLocalTime() throws Exception {
        meeting();
        try (Connection c = plainConnection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT created_at FROM meeting")) {
            rs.next();
            assertEquals("2026-03-05T09:30:15+07:00", rs.getString(1));
        }
    }
}
