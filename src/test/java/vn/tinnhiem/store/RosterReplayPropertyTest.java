package vn.tinnhiem.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.tinnhiem.TestFolders;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RosterCheck;
import vn.tinnhiem.domain.Rules;

/**
 * Whatever the chair does to a roster through tinnhiem (add one, import several, edit, move up or down, remove,
 * replace the whole roster, with names holding ';' and '|'), the roster replayed from the log is the roster in the
 * file: verify finds nothing. A roster changed behind tinnhiem's back is the only kind it reports.
 */
class RosterReplayPropertyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @Property(tries = 40)
    void theLogReplaysToTheRosterInTheFile(@ForAll("steps") List<Integer> steps) throws Exception {
        Path file = TestFolders.create("roster").resolve("a.db");
        try (JdbiStore store = Database.open(file, CLOCK)) {
            long m = store.createMeeting(new MeetingDetails("Kỳ họp", "HĐND", "Hội trường", "26/11/2026", 10, 9,
                    List.of(), Rules.DEFAULT)).id();
            int made = 0;
            for (int step : steps) {
                List<Official> roster = store.roster(m);
                int pick = roster.isEmpty() ? -1 : Math.floorMod(step / 8, roster.size());
                switch (step % 8) {
                    case 0, 1 -> store.addOfficial(m, new OfficialDraft("Người " + ++made + " ; a|b", "Ủy viên"));
                    case 2 -> store.addOfficials(m, List.of(new OfficialDraft("Nhập " + ++made, "Phó | ban"),
                            new OfficialDraft("Nhập " + ++made, "Ủy viên")));
                    case 3 -> {
                        if (pick >= 0) {
                            store.updateOfficial(roster.get(pick).id(), new OfficialDraft("Sửa " + ++made, "Trưởng ban"));
                        }
                    }
                    case 4 -> {
                        if (pick >= 0) {
                            store.moveOfficial(roster.get(pick).id(), -1);
                        }
                    }
                    case 5 -> {
                        if (pick >= 0) {
                            store.moveOfficial(roster.get(pick).id(), 1);
                        }
                    }
                    case 6 -> {
                        if (pick >= 0) {
                            store.removeOfficial(roster.get(pick).id());
                        }
                    }
                    default -> store.replaceRoster(m, List.of(new OfficialDraft("Mới " + ++made, "Ủy viên"),
                            new OfficialDraft("Mới " + ++made, "Ủy viên"), new OfficialDraft("Mới " + ++made, "Ủy viên")));
                }
            }
            assertThat(RosterCheck.check(store.auditLog(), store.officialRows())).isEmpty();
        }
        try (StoreReads read = Database.openReadOnly(file)) {
            assertThat(RosterCheck.check(read.auditLog(), read.officialRows())).isEmpty();
        }
    }

    @Provide
    Arbitrary<List<Integer>> steps() {
        return Arbitraries.integers().between(0, 400).list().ofMinSize(1).ofMaxSize(25);
    }
}
