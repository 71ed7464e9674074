package vn.tinnhiem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.i18n.Messages;

class PlainCommandTest {
    private static final Cli CLI = new Cli(new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(new ByteArrayOutputStream()), Path.of("data"), Messages.english());

    private static boolean read(String... args) {
        return PlainCommand.parse(args).isPresent();
    }

    @Test
    void theUsualCommandLinesAreReadByHand() {
        assertTrue(read("report"));
        assertTrue(read("--db", "hop.db", "report", "--format", "csv", "--rehearsals"));
        assertTrue(read("report", "--db=hop.db", "--lang", "en", "--round=3"));
        assertTrue(read("verify", "--db", "hop.db", "--expect", "abcd", "--expect", "ef01", "--head", "3:abcd"));
        assertTrue(read("minutes", "--round", "2", "--format", "text", "--out", "bb.txt", "--db", "a b.db"));
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("--db", "a.db"), List.of("report", "--help"),
                List.of("report", "-h"), List.of("report", "extra"), List.of("report", "--round"),
                List.of("report", "--round", "--format"), List.of("report", "--round", "1", "--round", "2"),
                List.of("report", "--rehearsals", "--rehearsals"), List.of("report", "--rehearsals=true"),
                List.of("report", "--expect", "ab"), List.of("verify", "--round", "1"), List.of("minutes"),
                List.of("minutes", "--format", "csv"), List.of("report", "verify"), List.of("--window", "report"),
                List.of("report", "--db", "a.db", "--db", "b.db"), List.of("new", "--db", "a.db"),
                List.of("report", "--"), List.of("bench"))) {
            assertEquals(false, read(args.toArray(String[]::new)), args::toString);
        }
    }

    @Test
    void theOptionsFillTheSameFieldsPicocliFills() {
        ReportCommand report = (ReportCommand) PlainCommand.parse(new String[] {"--db", "hop.db", "report",
                "--round", "3", "--format=csv", "--rehearsals"}).orElseThrow().command(CLI);
        assertEquals("3", report.roundId);
        assertEquals("csv", report.format);
        assertTrue(report.rehearsals);
        VerifyCommand verify = (VerifyCommand) PlainCommand.parse(new String[] {"verify", "--expect", "ab12",
                "--head=4:cd", "--expect", "ef34"}).orElseThrow().command(CLI);
        assertEquals(List.of("ab12", "ef34"), verify.expect);
        assertEquals("4:cd", verify.head);
        MinutesCommand minutes = (MinutesCommand) PlainCommand.parse(new String[] {"minutes", "--round", "2",
                "--out", "bb.html", "--db", "x.db"}).orElseThrow().command(CLI);
        assertEquals("2", minutes.roundId);
        assertEquals("bb.html", minutes.out);
        assertEquals(null, minutes.format);
    }
}
