package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.i18n.Messages;

/** The key tables: every key has a label and a help sentence in both languages; the key line never cuts a key. */
class KeysTest {
    static final List<Keys<?>> TABLES = List.of(StartScreen.KEYS, MeetingScreen.KEYS, MeetingFormScreen.KEYS,
            RosterScreen.KEYS, RosterScreen.IMPORT_AS, RosterScreen.PROBLEMS, OpenRoundScreen.KEYS, RoomScreen.KEYS, EntryKeys.KEYS,
            EntryKeys.FILLING, EntryKeys.LOOKUP, Confirm.KEYS, Prompt.KEYS, ResultsScreen.KEYS, AuditScreen.KEYS);

    @Test
    void everyKeyHasItsLabelAndItsHelpSentenceInBothLanguages() {
        for (Messages m : List.of(Messages.vietnamese(), Messages.english())) {
            for (Keys<?> keys : TABLES) {
                for (Keys.Entry e : keys.entries()) {
                    assertThat(m.get(e.labelKey())).as(e.labelKey()).isNotEqualTo(e.labelKey());
                    assertThat(m.get(e.helpKey())).as(e.helpKey()).isNotEqualTo(e.helpKey());
                }
            }
        }
    }

    @Test
    void theKeyLineKeepsWholeKeysAndTheHelpKeyAtEveryWidth() {
        Messages m = Messages.vietnamese();
        for (Keys<?> keys : TABLES) {
            for (int width = 40; width <= 160; width++) {
                String line = keys.line(width, m::get);
                assertThat(line.length()).as(keys.area() + " at " + width).isLessThanOrEqualTo(width);
                for (Keys.Entry e : keys.entries()) {
                    if (e.rank() > 0 && !e.labelKey().equals(Keys.HELP)) {
                        String item = " " + e.keys() + " " + m.get(e.labelKey()) + " ";
                        String start = " " + e.keys() + " ";
                        assertThat(line.contains(item) || !line.contains(start + m.get(e.labelKey()).charAt(0)))
                                .as(keys.area() + ": " + e.keys() + " whole or absent at " + width).isTrue();
                    }
                }
                if (keys.bindings().stream().anyMatch(b -> b.labelKey().equals(Keys.HELP))) {
                    assertThat(line).endsWith(" F1 Trợ giúp ");
                }
            }
        }
    }

    @Test
    void theEntryLineAt80ColumnsKeepsTheKeysThatMatterMost() {
        String line = EntryKeys.KEYS.relabel(EntryKeys.Action.MARK, "1–3").line(80, Messages.vietnamese()::get);
        assertThat(line).contains(" 1–3 Mức ").contains(" Enter Ghi ").contains(" + Điền hết ")
                .contains(" c Kết thúc vòng ").contains(" q Quay lại ").endsWith(" F1 Trợ giúp ");
    }

    @Test
    void f1AndQuestionMarkOpenTheHelpAndEscClosesItWhereverItIs() {
        StartScreen start = new StartScreen("t.db", List.of(), 0, null);
        for (KeyStroke k : List.of(new KeyStroke(KeyType.F1), new KeyStroke('?', false, false))) {
            ScreenState help = start.update(new Msg.Key(k)).state();
            assertThat(help).isInstanceOf(HelpOverlay.class);
            assertThat(help.update(new Msg.Key(new KeyStroke(KeyType.Escape))).state()).isEqualTo(start);
        }
    }

    @Test
    void aMiddleShortenedPathKeepsItsStartAndItsName() {
        String path = "/home/chu-toa/hoi-nghi/2026/ky-hop-12/exports/bien-ban-hn1-ky-hop-thu-12-vong1-20261125-1500";
        String shown = View.middle(path, 60);
        assertThat(shown).hasSize(60).startsWith("/home/chu-toa/").endsWith("vong1-20261125-1500").contains("…");
        assertThat(View.middle("short", 60)).isEqualTo("short");
    }
}
