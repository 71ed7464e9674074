package vn.tinnhiem.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Two passes over numbered ballots with random keying slips end with exactly the slipped serials in conflict; once
 * each is read again correctly, the settled readings tally exactly as the true ballots do. Whichever pass slips,
 * whatever the order the serials are keyed in, and nothing settled ever moves.
 */
class DoubleEntryPropertiesTest {
    static Round round(int lines, int issued) {
        List<Official> officials = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            officials.add(new Official(i, i, "Người " + i, "Chức vụ"));
        }
        return new Round(1, 1, 1, RoundKind.RATING, officials, issued, null, RoundState.OPEN,
                BallotForm.standard(RoundKind.RATING), null, RoundSettings.NORMAL.withCounting(Counting.DOUBLE_ENTRY));
    }

    static BallotDraft randomBallot(Random random, int lines) {
        if (random.nextInt(12) == 0) {
            return BallotDraft.empty(lines).invalidate();
        }
        BallotDraft d = BallotDraft.empty(lines);
        for (int i = 0; i < lines; i++) {
            int code = "11122230912".charAt(random.nextInt(11)) - '0';
            d = d.mark(code == 0 ? Mark.BLANK : code == 9 ? Mark.SEVERAL : Mark.level(code));
        }
        return d;
    }

    /** The ballot with one slip: a line keyed with another mark, or the whole ballot's validity read wrong. */
    static BallotDraft slip(Random random, BallotDraft truth) {
        int lines = truth.lines();
        if (truth.wholeInvalid()) {
            BallotDraft read = BallotDraft.empty(lines);
            while (!read.isComplete()) {
                read = read.mark(Mark.level(1 + random.nextInt(3)));
            }
            return read;
        }
        if (random.nextInt(10) == 0) {
            return BallotDraft.empty(lines).invalidate();
        }
        int line = random.nextInt(lines);
        List<Mark> marks = new ArrayList<>(truth.marks());
        Mark was = marks.get(line);
        Mark other = was.equals(Mark.level(1)) ? Mark.level(2) : Mark.level(1);
        marks.set(line, other);
        return new BallotDraft(lines, marks, false);
    }

    static List<Reading> keep(Round round, List<Reading> readings, int numbered, int serial, BallotDraft d) {
        Checked<Reading> ok = DoubleEntry.accept(round, readings, numbered, serial, d);
        assertThat(ok.isOk()).as("serial %d: %s", serial, ok.problem()).isTrue();
        List<Reading> next = new ArrayList<>(readings);
        next.add(ok.value());
        return next;
    }

    static Tally tallyOf(Round round, List<BallotDraft> ballots) {
        List<Ballot> out = new ArrayList<>();
        for (int i = 0; i < ballots.size(); i++) {
            BallotDraft d = ballots.get(i);
            out.add(new Ballot(i + 1, i + 1, d.status(), d.wholeInvalid() ? List.of() : d.marks(), false, null));
        }
        return Tally.count(round.form(), round.officials().size(), out);
    }

    @Property(tries = 300)
    void twoPassesListExactlyTheSlipsAndResolvedTallyAsTheTrueBallots(
            @ForAll @IntRange(min = 1, max = 60) int numbered, @ForAll @IntRange(min = 3, max = 12) int lines,
            @ForAll Random random) {
        Round round = round(lines, numbered + random.nextInt(5));
        List<BallotDraft> truth = new ArrayList<>();
        for (int s = 1; s <= numbered; s++) {
            truth.add(randomBallot(random, lines));
        }
        Set<Integer> slipped = new TreeSet<>();
        for (int s = 1; s <= numbered; s++) {
            if (random.nextInt(4) == 0) {
                slipped.add(s);
            }
        }
        List<Reading> readings = new ArrayList<>();
        for (int pass = 1; pass <= 2; pass++) {
            List<Integer> order = new ArrayList<>();
            for (int s = 1; s <= numbered; s++) {
                order.add(s);
            }
            Collections.shuffle(order, random);
            for (int s : order) {
                boolean slipThisPass = slipped.contains(s) && (s % 2 == 0 ? pass == 1 : pass == 2);
                BallotDraft d = slipThisPass ? slip(random, truth.get(s - 1)) : truth.get(s - 1);
                readings = keep(round, readings, numbered, s, d);
            }
        }
        DoubleEntryProgress after = DoubleEntry.progress(readings, numbered);
        assertThat(after.conflictSerials()).containsExactlyElementsOf(slipped);
        assertThat(after.once()).isEmpty();
        assertThat(after.missing()).isEmpty();
        assertThat(after.agreed()).isEqualTo(numbered - slipped.size());
        assertThat(DoubleEntry.closing(after).isOk()).isEqualTo(slipped.isEmpty());
        // Nothing agreed can be read again.
        for (int s = 1; s <= numbered; s++) {
            if (!slipped.contains(s)) {
                assertThat(DoubleEntry.accept(round, readings, numbered, s, truth.get(s - 1)).problem().key())
                        .isEqualTo("de.error.serialAgreed");
            }
        }
        for (int s : slipped) {
            readings = keep(round, readings, numbered, s, truth.get(s - 1));
        }
        DoubleEntryProgress done = DoubleEntry.progress(readings, numbered);
        assertThat(done.complete()).isTrue();
        assertThat(done.resolved()).hasSize(slipped.size());
        assertThat(done.disagreedOnFirstReading()).isEqualTo(slipped.size());
        assertThat(DoubleEntry.closing(done).value()).isEqualTo(numbered);
        List<BallotDraft> settled = new ArrayList<>();
        for (SerialState s : DoubleEntry.states(readings, numbered).values()) {
            settled.add(s.settled().orElseThrow().draft(lines));
        }
        assertThat(tallyOf(round, settled)).isEqualTo(tallyOf(round, truth));
    }

    @Property(tries = 200)
    void aSerialOutsideTheNumberedBallotsIsRefusedAndChangesNothing(
            @ForAll @IntRange(min = 1, max = 40) int numbered, @ForAll @IntRange(min = -3, max = 80) int serial) {
        Round round = round(3, numbered);
        BallotDraft d = BallotDraft.empty(3).invalidate();
        Checked<Reading> r = DoubleEntry.accept(round, List.of(), numbered, serial, d);
        if (serial >= 1 && serial <= numbered) {
            assertThat(r.value().pass()).isEqualTo(1);
        } else {
            assertThat(r.problem().key()).isIn("de.error.serialZero", "de.error.serialOver");
        }
    }
}
