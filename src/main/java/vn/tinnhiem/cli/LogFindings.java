package vn.tinnhiem.cli;

import java.util.List;
import java.util.Set;
import vn.tinnhiem.domain.Problem;

/**
 * Which of a round's differences hold the audit log against the file's data (a ballot, a void, a reading, a keying
 * of the tally sheet, the round's life or its close, not as the log recorded them), so that {@code verify}'s line
 * "log against the file's data" counts them with the meetings and rounds it checks itself.
 */
final class LogFindings {
    private static final Set<String> KEYS = Set.of("error.verify.openedDiffers", "error.verify.openedUnreadable", "error.verify.ballotNotLogged",
            "error.verify.ballotDiffers", "error.verify.ballotLine", "error.verify.ballotMoreLines", "error.verify.ballotMissing", "error.verify.voidNotLogged",
            "error.verify.voidMissing", "error.verify.voidDiffers", "error.verify.roundLogGone",
            "error.verify.fingerprintLog", "error.verify.closeNotLogged", "error.verify.closeDiffers",
            "error.verify.reopened", "de.verify.readingNotLogged", "de.verify.readingDiffers",
            "de.verify.readingMissing", "sheet.verify.passTwice", "sheet.verify.notLogged", "sheet.verify.differs",
            "sheet.verify.cell", "sheet.verify.moreCells", "sheet.verify.missing", "error.verify.lifeBeforeOpen",
            "error.verify.lifeOpenedTwice", "error.verify.lifeClosedTwice", "error.verify.lifeAfterClose",
            "error.verify.lifeBallotNumber", "error.verify.lifeNoBallot", "error.verify.lifeVoid", "error.verify.lifeForeign");

    private LogFindings() {
    }

    static boolean againstLog(Problem p) {
        return KEYS.contains(p.key());
    }

    static int count(List<Problem> differences) {
        int n = 0;
        for (Problem p : differences) {
            n += againstLog(p) ? 1 : 0;
        }
        return n;
    }
}
