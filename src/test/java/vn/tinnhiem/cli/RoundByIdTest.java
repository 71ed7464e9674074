package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * {@code --round} takes a round's id; where it can be taken for "Vòng N" of another meeting, the command says on the
 * error stream which round it took, and says nothing where the two cannot be mistaken.
 */
class RoundByIdTest {
    @TempDir
    Path dir;

    /** {@code meetings} meetings of the same roster, each with one closed round of one ballot. */
    private Path file(String name, int meetings) {
        Path db = dir.resolve(name);
        try (JdbiStore store = Database.open(db, TwoOfficials.CLOCK)) {
            for (int i = 0; i < meetings; i++) {
                TwoOfficials two = TwoOfficials.in(store);
                Round r = store.openRound(two.meeting(), RoundKind.VOTE, two.roster(), 1);
                store.recordBallot(r.id(), BallotDraft.empty(2).mark(Mark.level(1)).mark(Mark.level(2)));
                store.closeRound(r.id(), 1);
            }
        }
        return db;
    }

    @Test
    void aFileOfTwoMeetingsSaysWhichRoundAnIdIs() {
        Path db = file("hai.db", 2);
        CliRun minutes = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", "2", "--format", "text");
        assertEquals(0, minutes.code(), minutes::toString);
        assertThat(minutes.err()).contains("Lưu ý: --round 2 là mã vòng, không phải số vòng: đây là Vòng 1 của hội"
                + " nghị 2 “Kỳ họp thứ 12”.");
        assertThat(minutes.out()).doesNotContain("Lưu ý: --round");
        CliRun report = CliRun.run(dir, "--lang", "en", "report", "--db", db.toString(), "--round", "1");
        assertEquals(0, report.code(), report::toString);
        assertThat(report.err()).contains("Note: --round 1 is the round's id, not its number: this is round 1 of"
                + " meeting 1 \"Kỳ họp thứ 12\".");
    }

    @Test
    void aFileOfOneMeetingWhoseIdsAreItsNumbersSaysNothing() {
        Path db = file("mot.db", 1);
        CliRun minutes = CliRun.run(dir, "minutes", "--db", db.toString(), "--round", "1", "--format", "text");
        assertEquals(0, minutes.code(), minutes::toString);
        assertThat(minutes.err()).isEmpty();
        CliRun report = CliRun.run(dir, "report", "--db", db.toString(), "--round", "1");
        assertThat(report.err()).isEmpty();
    }
}
