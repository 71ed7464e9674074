package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * A file whose ballots no longer read back as tinnhiem wrote them (a line deleted, a mark no level has): report,
 * minutes and verify say what does not read, in the user's language, never "an unexpected failure", and exit 1.
 */
class UnreadableBallotsTest {
    @TempDir
    Path dir;

    private Path file(String edit) throws Exception {
        Path db = dir.resolve("hop.db");
        try (JdbiStore store = Database.open(db, TwoOfficials.CLOCK)) {
            TwoOfficials m = TwoOfficials.in(store);
            Round round = store.openRound(m.meeting(), RoundKind.RATING, m.roster(), 9);
            for (int i = 0; i < 4; i++) {
                store.recordBallot(round.id(), BallotDraft.empty(2).mark(Mark.level(1)).mark(Mark.level(2)));
            }
            store.closeRound(round.id(), 4);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER ballot_line_closed_no_update");
            s.executeUpdate("DROP TRIGGER ballot_line_closed_no_delete");
            s.executeUpdate("DROP TRIGGER ballot_closed_no_update");
            s.executeUpdate("PRAGMA ignore_check_constraints = 1");
            s.executeUpdate(edit);
        }
        return db;
    }

    @Test
    void aLineDeletedIsSaidInTheUsersLanguage() throws Exception {
        Path db = file("DELETE FROM ballot_line WHERE line = 2 AND ballot_id = (SELECT id FROM ballot WHERE number = 3)");
        CliRun report = CliRun.run(dir, "report", "--db", db.toString());
        assertEquals(1, report.code(), report::toString);
        assertThat(report.err()).contains("Không đọc lại được dữ liệu trong tệp: vòng 1: phiếu số 3 có 1 dòng, mẫu phiếu có 2 dòng")
                .contains("tinnhiem verify").doesNotContain("không lường trước");
        CliRun minutes = CliRun.run(dir, "--lang", "en", "minutes", "--db", db.toString(), "--round", "1");
        assertEquals(1, minutes.code(), minutes::toString);
        assertThat(minutes.err()).contains("The data in the file cannot be read back: round 1: ballot 3 has 1 line, the form has 2")
                .doesNotContain("unexpected");
        CliRun verify = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(1, verify.code(), verify::toString);
        assertThat(verify.out()).contains("không đọc lại được các phiếu: phiếu số 3 có 1 dòng, mẫu phiếu có 2 dòng");
    }

    /**
     * Rows are parsed on a second thread while they are fetched, and a ballot whose lines are out of place is read
     * again afterwards: the ballot refused is still the first one that does not read, as when each row was read
     * in turn.
     */
    @Test
    void theFirstBallotThatDoesNotReadIsTheOneSaidWhateverComesAfter() throws Exception {
        Path db = file("UPDATE ballot_line SET line = 7, mark = 8 WHERE line = 2 "
                + "AND ballot_id = (SELECT id FROM ballot WHERE number = 2)");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE ballot SET status = 'INVALID' WHERE number = 4");
        }
        for (String command : new String[] {"report", "verify"}) {
            CliRun run = CliRun.run(dir, "--lang", "en", command, "--db", db.toString());
            assertEquals(1, run.code(), run::toString);
            assertThat(run.out() + run.err()).contains("a line holds code 8, which is not a level of a 3-level form")
                    .doesNotContain("ballot 4 is recorded as invalid");
        }
        // ballot 2 put right: ballot 4 is the first that does not read
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA ignore_check_constraints = 1");
            s.executeUpdate("UPDATE ballot_line SET line = 2, mark = 2 WHERE line = 7");
        }
        CliRun report = CliRun.run(dir, "--lang", "en", "report", "--db", db.toString());
        assertEquals(1, report.code(), report::toString);
        assertThat(report.err()).contains("ballot 4 is recorded as invalid yet carries 2 marked lines");
    }

    @Test
    void anInvalidBallotWithMarksIsSaidInTheUsersLanguage() throws Exception {
        Path db = file("UPDATE ballot SET status = 'INVALID' WHERE number = 2");
        CliRun report = CliRun.run(dir, "report", "--db", db.toString());
        assertEquals(1, report.code(), report::toString);
        assertThat(report.err()).contains("phiếu số 2 ghi là không hợp lệ mà vẫn mang 2 dòng đánh dấu");
        CliRun verify = CliRun.run(dir, "--lang", "en", "verify", "--db", db.toString());
        assertEquals(1, verify.code(), verify::toString);
        assertThat(verify.out()).contains("ballot 2 is recorded as invalid yet carries 2 marked lines");
    }

    @Test
    void linesRenumberedInTheirOrderAreNamedByVerifyAndStillReadByReport() throws Exception {
        Path db = file("UPDATE ballot_line SET line = 7 WHERE line = 2 AND ballot_id = (SELECT id FROM ballot WHERE number = 3)");
        CliRun verify = CliRun.run(dir, "--lang", "en", "verify", "--db", db.toString());
        assertEquals(1, verify.code(), verify::toString);
        assertThat(verify.out()).contains("ballot 3: its lines in the file are no longer numbered 1 to 2 as they were "
                + "written");
        CliRun report = CliRun.run(dir, "report", "--db", db.toString());
        assertEquals(0, report.code(), report::toString);
    }

    @Test
    void aMarkNoLevelHasIsSaidInTheUsersLanguage() throws Exception {
        Path db = file("UPDATE ballot_line SET mark = 7 WHERE line = 1 AND ballot_id = (SELECT id FROM ballot WHERE number = 2)");
        CliRun report = CliRun.run(dir, "--lang", "en", "report", "--db", db.toString());
        assertEquals(1, report.code(), report::toString);
        assertThat(report.err()).contains("round 1: ballot 2: a line holds code 7, which is not a level of a 3-level form");
        CliRun verify = CliRun.run(dir, "verify", "--db", db.toString());
        assertEquals(1, verify.code(), verify::toString);
        assertThat(verify.out()).contains("phiếu số 2: một dòng mang mã 7, không phải mức nào của phiếu 3 mức");
    }

    /**
     * A ballot's number edited beyond reading is named in words: not as the raw row (its id in the table, the
     * status's English name).
     */
    @Test
    void aBallotsFieldsEditedBeyondReadingAreSaidInWords() throws Exception {
        Path number = file("UPDATE ballot SET number = '3x' WHERE number = 3");
        CliRun r = CliRun.run(dir, "report", "--db", number.toString());
        assertEquals(1, r.code(), r::toString);
        assertThat(r.err()).contains("một phiếu ghi số phiếu là “3x”, không phải một số").doesNotContain("VALID");
        CliRun en = CliRun.run(dir, "--lang", "en", "report", "--db", number.toString());
        assertEquals(1, en.code(), en::toString);
        assertThat(en.err()).contains("a ballot holds “3x” as its number, which is not a number");
    }
}
