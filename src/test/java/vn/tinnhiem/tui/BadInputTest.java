package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * Bad input typed or pasted into the screens, through the whole interface on a real file: each gets a clear
 * message in the user's language, and nothing is saved or changed.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private Path db;
    private long meetingId;

    private void meetingWithoutRoster() {
        db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            meetingId = store.createMeeting(new MeetingDetails("Kỳ họp", "", "", "25/11/2026", 50, 48, List.of()))
                    .id();
        }
    }

    private long openRound() {
        meetingWithoutRoster();
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            var officials = store.addOfficials(meetingId, List.of(new OfficialDraft("Nguyễn Văn Ấn", "Bí thư"),
                    new OfficialDraft("Lê Thị Ửng", "Phó Bí thư"), new OfficialDraft("Trần Ỷ", "Ủy viên")));
            return store.openRound(meetingId, RoundKind.RATING, officials, 100).id();
        }
    }

    /** Types {@code text} into the focused field without drawing after every key (a paste). */
    private static void paste(Harness h, String text) {
        for (char c : text.toCharArray()) {
            h.app.press(new KeyStroke(c, false, false));
        }
        h.key(KeyType.End);
    }

    @Test
    void rosterNamesWithEmojiControlCharactersTenThousandCharactersOrOnlySpacesAreRefusedAndNotSaved() {
        meetingWithoutRoster();
        String[][] cases = {
            {"Nguyễn Văn An 😀", "Họ và tên: Có ký tự không in được trong biên bản (U+1F600)"},
            {"Nguyễn\u202EVăn An", "Họ và tên: Có ký tự không in được trong biên bản (U+202E)"},
            {"Trần\u200BThị Bình", "Họ và tên: Có ký tự không in được trong biên bản (U+200B)"},
            {"\u0007\u001b\u0000\u007f", "Họ và tên: Không được để trống."}, // never reach the field
            {"a".repeat(10_000), "Họ và tên: Dài quá 200 ký tự."},
            {"Ễ".repeat(201), "Họ và tên: Dài quá 200 ký tự."},
            {"     ", "Họ và tên: Không được để trống."},
        };
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().type("d");
            assertThat(h.app.state()).isInstanceOf(RosterScreen.class);
            for (String[] c : cases) {
                h.type("t");
                paste(h, c[0]);
                h.enter().type("Ủy viên").enter();
                assertThat(h.text()).as("name %.30s", c[0]).contains(c[1]);
                RosterScreen s = (RosterScreen) h.app.state();
                assertThat(s.notice().error()).isTrue();
                assertThat(s.prompt()).as("the prompt stays open to be corrected").isNotNull();
                assertThat(h.store.roster(meetingId)).isEmpty();
                h.esc().esc(); // the first says what was typed is not saved, the second drops it
            }
            assertThat(h.text()).contains("Danh sách trống");
        }
        try (JdbiStore store = Database.open(db, Harness.CLOCK)) {
            assertThat(store.roster(meetingId)).isEmpty();
        }
    }

    @Test
    void aRosterFileOfTenThousandRowsIsRefusedWholeThroughTheScreen() throws Exception {
        meetingWithoutRoster();
        StringBuilder csv = new StringBuilder("STT,Họ và tên,Chức vụ\n");
        for (int i = 1; i <= 10_000; i++) {
            csv.append(i).append(",Người thứ ").append(i).append(",Ủy viên\n");
        }
        Path file = Files.writeString(dir.resolve("muoi-nghin.csv"), csv, StandardCharsets.UTF_8);
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().type("d").type("n");
            for (int i = 0; i < 40; i++) {
                h.key(KeyType.Backspace);
            }
            paste(h, file.toString());
            h.enter();
            assertThat(h.text()).contains("Có 10000 người, quá giới hạn 500 người một danh sách.");
            assertThat(h.store.roster(meetingId)).isEmpty();
        }
    }

    @Test
    void meetingCountsThatAreHugeOrEmptyAreRefusedAndNothingIsSaved() {
        db = dir.resolve("hop.db");
        String[][] cases = {
            {"", "Số được triệu tập: Hãy nhập một số."},
            {"99999999999", "Số được triệu tập: Số quá lớn (tối đa 100000)."},
        };
        try (Harness h = Harness.vietnamese(db)) {
            h.type("m").type("Hội nghị").enter().enter().enter().enter();
            for (String[] c : cases) {
                for (int i = 0; i < 12; i++) {
                    h.key(KeyType.Backspace);
                }
                h.type(c[0]).enter().type("40").key(KeyType.ArrowUp).key(KeyType.F2);
                assertThat(h.text()).as("summoned %s", c[0]).contains(c[1]);
                assertThat(((MeetingFormScreen) h.app.state()).notice().error()).isTrue();
                assertThat(h.store.meetings()).isEmpty();
                h.enter();
                for (int i = 0; i < 12; i++) {
                    h.key(KeyType.Backspace);
                }
                h.key(KeyType.ArrowUp);
            }
            h.esc(); // the form holds a title: asked first
            assertThat(h.text()).contains("Bỏ hội nghị đang tạo?");
            h.enter();
            assertThat(h.text()).contains("Tệp dữ liệu này chưa có hội nghị nào");
        }
    }

    @Test
    void aTitleTypedPastTheLimitIsRefusedWholeNotSavedCut() {
        db = dir.resolve("hop.db");
        // 195 characters, a space, then more: the limit (200) falls on the space.
        String title = "Hội nghị " + "x".repeat(186) + " tại hội trường lớn";
        try (Harness h = Harness.vietnamese(db)) {
            h.type("m").type(title);
            MeetingFormScreen form = (MeetingFormScreen) h.app.state();
            assertThat(form.fields().get(MeetingFormScreen.TITLE).text()).isEqualTo(title);
            h.enter().enter().enter().enter().type("50").enter().type("48").key(KeyType.F2);
            assertThat(h.text().replaceAll("\\s+", " ")).contains("Tên hội nghị:").contains("200");
            assertThat(((MeetingFormScreen) h.app.state()).notice().error()).isTrue();
            assertThat(h.store.meetings()).isEmpty();
        }
    }

    @Test
    void aCountsFieldTakesNoSignLetterSpaceNorOtherDigits() {
        db = dir.resolve("hop.db");
        String[][] cases = {{"-5", "5"}, {"12ab", "12"}, {"١٢", ""}, {"4 5", "45"}};
        try (Harness h = Harness.vietnamese(db)) {
            h.type("m").type("Hội nghị").enter().enter().enter().enter();
            for (String[] c : cases) {
                for (int i = 0; i < 12; i++) {
                    h.key(KeyType.Backspace);
                }
                h.type(c[0]);
                MeetingFormScreen form = (MeetingFormScreen) h.app.state();
                assertThat(form.fields().get(form.focus()).text()).as("typed %s", c[0]).isEqualTo(c[1]);
                assertThat(h.text()).containsPattern("Số được triệu tập *" + c[1] + " *\n");
            }
        }
    }

    @Test
    void unboundKeysOnTheBallotScreenSayWhichKeysWorkAndChangeNothing() {
        long roundId = openRound();
        List<KeyStroke> unbound = List.of(new KeyStroke(KeyType.F5), new KeyStroke('z', false, false),
                new KeyStroke(KeyType.ArrowUp), new KeyStroke(KeyType.PageDown), new KeyStroke(KeyType.Insert),
                new KeyStroke(KeyType.Tab), new KeyStroke('1', false, true), new KeyStroke('x', true, false),
                new KeyStroke('ễ', false, false), new KeyStroke(' ', false, false));
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter().type("1");
            EntryScreen before = (EntryScreen) h.app.state();
            for (KeyStroke k : unbound) {
                h.key(k);
                EntryScreen s = (EntryScreen) h.app.state();
                assertThat(h.text()).as("%s", k).contains("Phím này không dùng ở đây: gõ 1–3, 0, 9");
                assertThat(s.draft()).isEqualTo(before.draft());
                assertThat(s.ballots()).isEqualTo(before.ballots());
            }
            assertThat(h.text()).contains("Phiếu số 1: 1_");
            assertThat(h.store.ballots(roundId)).isEmpty();
        }
    }

    @Test
    void unboundKeysOnTheOtherScreensChangeNothing() {
        openRound();
        List<KeyStroke> unbound = List.of(new KeyStroke(KeyType.F5), new KeyStroke('z', false, false),
                new KeyStroke(KeyType.Insert), new KeyStroke('1', false, true), new KeyStroke(KeyType.PageUp));
        try (Harness h = Harness.vietnamese(db)) {
            for (String path : new String[] {"", "\n", "d"}) {
                for (char c : path.toCharArray()) {
                    h.key(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
                }
                ScreenState before = h.app.state();
                String screen = h.text();
                for (KeyStroke k : unbound) {
                    h.key(k);
                }
                assertThat(h.app.state()).as(before.getClass().getSimpleName()).isEqualTo(before);
                assertThat(h.text()).isEqualTo(screen);
            }
        }
    }

    @Test
    void aBurstOfPastedKeysIsHandledWholeByTheEventLoop() {
        long roundId = openRound();
        try (Harness h = Harness.vietnamese(db)) {
            h.enter().enter();
            assertThat(h.app.state()).isInstanceOf(EntryScreen.class);
            // 40 ballots pasted at once, with stray keys among them, and Ctrl-C to end the loop.
            for (int i = 0; i < 40; i++) {
                for (char c : (i % 4 == 0 ? "3z21" : "1239").toCharArray()) {
                    h.terminal.addInput(new KeyStroke(c, false, false));
                }
                h.terminal.addInput(new KeyStroke(KeyType.F7));
                h.terminal.addInput(new KeyStroke(KeyType.Enter));
            }
            h.terminal.addInput(new KeyStroke('c', true, false));
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> h.app.loop());
            assertThat(h.app.quitting()).isTrue();
            EntryScreen s = (EntryScreen) h.app.state();
            var stored = h.store.ballots(roundId);
            assertThat(stored).hasSize(40);
            assertThat(s.ballots()).isEqualTo(stored);
            assertThat(s.tally()).isEqualTo(Tally.count(RoundKind.RATING, 3, stored));
            assertThat(s.draft().isEmpty()).isTrue();
        }
    }
}
