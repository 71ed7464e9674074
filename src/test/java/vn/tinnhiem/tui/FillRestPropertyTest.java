package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundState;

/**
 * Fill the rest: {@code +} then a level, after any number of lines typed (with slips taken back by the keypad's
 * {@code -} or {@code /}, or Backspace), commits exactly the ballot typed line by line in full.
 */
class FillRestPropertyTest {

    /** One ballot: the lines typed one by one, the level that fills the rest, and where a slip was taken back. */
    record Typed(List<Integer> prefix, int fill, int slipAt, char backKey) {
    }

    @Provide
    Arbitrary<List<Typed>> ballots3() {
        return ballots(3);
    }

    @Provide
    Arbitrary<List<Typed>> ballots2() {
        return ballots(2);
    }

    private Arbitrary<List<Typed>> ballots(int levels) {
        Arbitrary<Integer> code = Arbitraries.integers().between(0, levels + 1).map(c -> c == levels + 1 ? 9 : c);
        Arbitrary<Typed> one = Combinators.combine(code.list().ofMaxSize(44), code,
                Arbitraries.integers().between(-1, 44), Arbitraries.of('-', '/', '\b'))
                .as(Typed::new);
        return one.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 150)
    void plusGivesTheSameBallotsAsTypingInFull3(@ForAll("ballots3") List<Typed> typed,
                                                @ForAll @IntRange(min = 45, max = 45) int lines) {
        check(RoundKind.RATING, typed, lines);
    }

    @Property(tries = 100)
    void plusGivesTheSameBallotsAsTypingInFull2(@ForAll("ballots2") List<Typed> typed,
                                                @ForAll @IntRange(min = 1, max = 45) int lines) {
        check(RoundKind.VOTE, typed, lines);
    }

    private void check(RoundKind kind, List<Typed> typed, int lines) {
        List<Official> officials = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            officials.add(new Official(i + 1, i + 1, "Người " + (i + 1), "Chức vụ"));
        }
        Round round = new Round(1, 1, 1, kind, officials, 1000, null, RoundState.OPEN);
        List<KeyStroke> withPlus = new ArrayList<>();
        List<KeyStroke> inFull = new ArrayList<>();
        for (Typed t : typed) {
            List<Integer> prefix = t.prefix().subList(0, Math.min(t.prefix().size(), lines - 1));
            for (int i = 0; i < prefix.size(); i++) {
                if (i == t.slipAt()) { // a wrong key, taken back at once
                    withPlus.add(digit(prefix.get(i) == 1 ? 2 : 1));
                    withPlus.add(t.backKey() == '\b' ? new KeyStroke(KeyType.Backspace) : character(t.backKey()));
                }
                withPlus.add(digit(prefix.get(i)));
                inFull.add(digit(prefix.get(i)));
            }
            withPlus.add(character('+'));
            withPlus.add(digit(t.fill()));
            for (int i = prefix.size(); i < lines; i++) {
                inFull.add(digit(t.fill()));
            }
            withPlus.add(new KeyStroke(KeyType.Enter));
            inFull.add(new KeyStroke(KeyType.Enter));
        }
        List<Ballot> a = run(round, withPlus);
        List<Ballot> b = run(round, inFull);
        assertThat(a).hasSize(typed.size()).isEqualTo(b);
    }

    /** Drives the screen's pure update; a commit is answered as the store would, with the next number. */
    private static List<Ballot> run(Round round, List<KeyStroke> keys) {
        ScreenState s = EntryScreen.of("Hội nghị", round, List.of(), null);
        for (KeyStroke k : keys) {
            Step step = s.update(new Msg.Key(k));
            s = step.state();
            for (Effect e : step.effects()) {
                if (e instanceof Effect.CommitBallot c) {
                    EntryScreen entry = (EntryScreen) s;
                    int n = entry.nextNumber();
                    s = s.update(new Msg.BallotCommitted(new Ballot(n, n, c.draft().status(),
                            c.draft().wholeInvalid() ? List.of() : c.draft().marks(), false, null))).state();
                }
            }
        }
        return ((EntryScreen) s).ballots();
    }

    private static KeyStroke digit(int d) {
        return character((char) ('0' + d));
    }

    private static KeyStroke character(char c) {
        return new KeyStroke(c, false, false);
    }
}
