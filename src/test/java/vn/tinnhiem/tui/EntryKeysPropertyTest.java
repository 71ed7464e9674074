package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.tinnhiem.TestFolders;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.i18n.Messages;

/**
 * Random key sequences thrown at the ballot-entry screen, on a real SQLite file: after every key the live tally
 * equals a recount of what the file holds, no ballot is half-committed, and the cursor stays on the ballot.
 */
class EntryKeysPropertyTest {

    @Provide
    Arbitrary<List<KeyStroke>> keys() {
        Arbitrary<KeyStroke> key = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(40, Arbitraries.of('0', '1', '2', '3', '4', '9').map(c -> new KeyStroke(c, false, false))),
                net.jqwik.api.Tuple.of(12, Arbitraries.just(new KeyStroke(KeyType.Enter))),
                net.jqwik.api.Tuple.of(5, Arbitraries.just(new KeyStroke(KeyType.Backspace))),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(new KeyStroke(KeyType.Escape))),
                net.jqwik.api.Tuple.of(3, Arbitraries.of('k', 'h', 'c', 'x', 'z', ' ', 'é', 'ễ').map(c -> new KeyStroke(c, false, false))),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(KeyType.ArrowUp, KeyType.ArrowDown, KeyType.Tab, KeyType.F5,
                        KeyType.Delete, KeyType.PageDown).map(KeyStroke::new)));
        return key.list().ofMinSize(20).ofMaxSize(120);
    }

    @Property(tries = 15)
    void everyKeyKeepsTheTallyEqualToARecountOfTheFile(@ForAll("keys") List<KeyStroke> keys) throws IOException {
        Path dir = TestFolders.create("prop");
        Path db = dir.resolve("p.db");
        long roundId;
        try (var store = vn.tinnhiem.store.Database.open(db, Harness.CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Hội nghị", "", "", "25/11/2026", 30, 30,
                    List.of())).id();
            var officials = store.addOfficials(meeting, List.of(new OfficialDraft("Nguyễn Văn Ấn", "Bí thư"),
                    new OfficialDraft("Lê Thị Ửng", "Phó Bí thư"), new OfficialDraft("Trần Ỷ", "Ủy viên")));
            roundId = store.openRound(meeting, RoundKind.RATING, officials, 30).id();
        }
        try (Harness h = new Harness(db, Messages.vietnamese(), 100, 30)) {
            h.enter().enter(); // open the meeting, then its open round
            assertThat(h.app.state()).isInstanceOf(EntryScreen.class);
            for (KeyStroke k : keys) {
                h.key(k);
                ScreenState s = h.app.state();
                if (!(s instanceof EntryScreen entry)) {
                    // a close that went through, or leaving the screen: come back to the round
                    h.key(new KeyStroke(KeyType.Escape));
                    continue;
                }
                List<Ballot> stored = h.store.ballots(roundId);
                assertThat(entry.tally()).isEqualTo(Tally.count(RoundKind.RATING, 3, stored));
                assertThat(entry.ballots()).isEqualTo(stored);
                for (Ballot b : stored) {
                    assertThat(b.marks()).hasSize(b.status() == BallotStatus.VALID ? 3 : 0);
                }
                assertThat(entry.draft().cursor()).isBetween(0, 3);
                assertThat(entry.tally().entered()).isLessThanOrEqualTo(30);
            }
            h.terminal.setTerminalSize(new TerminalSize(20, 5));
            h.app.draw();
            assertThat(h.text()).contains("Cửa sổ quá nhỏ");
            h.terminal.setTerminalSize(new TerminalSize(100, 30));
            h.app.draw();
            assertThat(h.text()).doesNotContain("Cửa sổ quá nhỏ");
        }
    }
}
