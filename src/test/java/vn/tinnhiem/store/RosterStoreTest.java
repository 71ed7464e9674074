package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;

class RosterStoreTest extends StoreTestSupport {

    private static List<String> names(List<Official> officials) {
        return officials.stream().map(Official::fullName).toList();
    }

    @Test
    void officialsKeepTheOrderTheyWereAddedIn() {
        Meeting meeting = meeting();
        store.addOfficial(meeting.id(), new OfficialDraft("Trần Thị Bình", "Phó Chủ tịch"));
        store.addOfficials(meeting.id(), List.of(new OfficialDraft("Nguyễn Văn An", "Chủ tịch"),
                new OfficialDraft("Lê Văn Cường", "Ủy viên")));
        List<Official> roster = store.roster(meeting.id());
        assertEquals(List.of("Trần Thị Bình", "Nguyễn Văn An", "Lê Văn Cường"), names(roster));
        assertEquals(List.of(1, 2, 3), roster.stream().map(Official::order).toList());
    }

    @Test
    void addingOfficialsIsAllOrNone() {
        Meeting meeting = meeting();
        roster(meeting.id(), 2);
        assertRefused("error.text.badChar", () -> store.addOfficials(meeting.id(), List.of(
                new OfficialDraft("Nguyễn Văn An", "Chủ tịch"), new OfficialDraft("Lê 😀", "Ủy viên"))));
        assertRefused("error.text.empty", () -> store.addOfficials(meeting.id(), List.of(
                new OfficialDraft("Nguyễn Văn An", "Chủ tịch"), new OfficialDraft("Lê Văn Cường", "  "))));
        assertEquals(2, store.roster(meeting.id()).size());
    }

    @Test
    void addingToAnUnknownMeetingIsRefused() {
        assertRefused("error.meeting.missing",
                () -> store.addOfficial(99, new OfficialDraft("Nguyễn Văn An", "Chủ tịch")));
    }

    @Test
    void movingSwapsAnOfficialWithTheNeighbourAndDoesNothingAtEitherEnd() {
        Meeting meeting = meeting();
        List<Official> o = roster(meeting.id(), 3);
        store.moveOfficial(o.get(2).id(), -1);
        assertEquals(List.of("Người số 1", "Người số 3", "Người số 2"), names(store.roster(meeting.id())));
        store.moveOfficial(o.get(0).id(), +1);
        assertEquals(List.of("Người số 3", "Người số 1", "Người số 2"), names(store.roster(meeting.id())));
        store.moveOfficial(o.get(2).id(), -1);
        store.moveOfficial(o.get(1).id(), +1);
        assertEquals(List.of("Người số 3", "Người số 1", "Người số 2"), names(store.roster(meeting.id())));
        assertRefused("error.official.missing", () -> store.moveOfficial(999, 1));
    }

    @Test
    void movingStaysWithinOneMeeting() {
        Meeting a = meeting();
        Meeting b = store.createMeeting(details("Hội nghị khác"));
        List<Official> inA = roster(a.id(), 1);
        roster(b.id(), 2);
        store.moveOfficial(inA.get(0).id(), +1);
        assertEquals(List.of("Người số 1"), names(store.roster(a.id())));
        assertEquals(List.of("Người số 1", "Người số 2"), names(store.roster(b.id())));
    }

    @Test
    void updatingAnOfficialCleansTheText() {
        Meeting meeting = meeting();
        Official o = roster(meeting.id(), 1).get(0);
        store.updateOfficial(o.id(), new OfficialDraft("  Nguye\u0302\u0303n   Văn An ", " Chủ tịch "));
        assertEquals(List.of(new Official(o.id(), 1, "Nguy\u1EC5n Văn An", "Chủ tịch")), store.roster(meeting.id()));
        assertRefused("error.official.missing", () -> store.updateOfficial(999, new OfficialDraft("A", "B")));
        assertRefused("error.text.empty", () -> store.updateOfficial(o.id(), new OfficialDraft("", "B")));
    }

    @Test
    void anOfficialNoRoundUsesCanBeRemoved() {
        Meeting meeting = meeting();
        List<Official> o = roster(meeting.id(), 3);
        assertFalse(store.officialInUse(o.get(1).id()));
        store.removeOfficial(o.get(1).id());
        assertEquals(List.of("Người số 1", "Người số 3"), names(store.roster(meeting.id())));
        store.addOfficial(meeting.id(), new OfficialDraft("Người số 4", "Ủy viên"));
        assertEquals(List.of("Người số 1", "Người số 3", "Người số 4"), names(store.roster(meeting.id())));
    }

    @Test
    void removingAnOfficialARoundUsesIsRefused() {
        Meeting meeting = meeting();
        List<Official> o = roster(meeting.id(), 3);
        store.openRound(meeting.id(), RoundKind.RATING, List.of(o.get(0), o.get(1)), 10);
        assertTrue(store.officialInUse(o.get(1).id()));
        assertRefused("error.official.inUse", () -> store.removeOfficial(o.get(1).id()));
        assertEquals(3, store.roster(meeting.id()).size());
        store.removeOfficial(o.get(2).id());
        assertEquals(2, store.roster(meeting.id()).size());
    }

    @Test
    void vietnameseNamesAreStoredAndReadBackInNfc() throws Exception {
        Meeting meeting = meeting();
        String decomposed = Normalizer.normalize("Nguyễn Thị Ngọc Ánh", Normalizer.Form.NFD);
        String nfc = Normalizer.normalize(decomposed, Normalizer.Form.NFC);
        store.addOfficial(meeting.id(), new OfficialDraft(decomposed, "Ủy viên Ban Thường vụ"));
        reopen();
        assertEquals(List.of(nfc), names(store.roster(meeting.id())));
        try (Connection c = plainConnection(); ResultSet rs = c.createStatement()
                .executeQuery("SELECT CAST(full_name AS BLOB) FROM official")) {
            rs.next();
            assertEquals(nfc, new String(rs.getBytes(1), StandardCharsets.UTF_8));
        }
    }
}
