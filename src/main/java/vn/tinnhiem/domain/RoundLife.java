package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A round's life as the audit log tells it, checked against the round's state machine: opened once; then
 * ballots under running numbers 1, 2, 3… and voids of ballots already recorded; closed once, after which only
 * exports of its minutes may follow. A round reopened behind tinnhiem's back and closed again shows here as a
 * second close, or as ballots or voids after the first. The close the log records must also be the round's:
 * its ballots collected and base.
 */
public final class RoundLife {
    private RoundLife() {
    }

    /**
     * @param round  the round as the file holds it
     * @param events the entries naming this round, in order; none for a round opened before the log was kept
     */
    public static List<Problem> check(Round round, List<AuditEvent> events) {
        List<Problem> out = new ArrayList<>();
        if (events.isEmpty()) {
            return out;
        }
        AuditEvent opened = null;
        AuditEvent closed = null;
        int ballots = 0;
        Set<Integer> voided = new HashSet<>();
        for (AuditEvent e : events) {
            if (e.kind() == AuditKind.EXPORT_WRITTEN) {
                continue;
            }
            if (opened == null && e.kind() != AuditKind.ROUND_OPENED) {
                out.add(Problem.of("error.verify.lifeBeforeOpen", e.seq(), e.kind().name()));
                continue;
            }
            if (closed != null) {
                out.add(Problem.of(e.kind() == AuditKind.ROUND_CLOSED ? "error.verify.lifeClosedTwice"
                        : "error.verify.lifeAfterClose", e.seq(), e.kind().name(), closed.seq()));
                continue;
            }
            switch (e.kind()) {
                case ROUND_OPENED -> {
                    if (opened != null) {
                        out.add(Problem.of("error.verify.lifeOpenedTwice", e.seq(), opened.seq()));
                    }
                    opened = e;
                }
                case BALLOT_RECORDED -> {
                    int number = AuditDetail.ballotNumber(e.detail());
                    if (number < 1) {
                        // Its text edited beyond reading ("x"): said as such, taken as the ballot due, so that the
                        // entries after it are not all said to be out of order.
                        out.add(Problem.of("error.verify.lifeNoBallot", e.seq(), e.kind().name(), e.detail()));
                        ballots++;
                    } else if (number != ballots + 1) {
                        out.add(Problem.of("error.verify.lifeBallotNumber", e.seq(), number, ballots + 1));
                    }
                    ballots = Math.max(ballots, number);
                }
                case BALLOT_VOIDED -> {
                    int number = AuditDetail.ballotNumber(e.detail());
                    if (number < 1) {
                        out.add(Problem.of("error.verify.lifeNoBallot", e.seq(), e.kind().name(), e.detail()));
                    } else if (number > ballots || !voided.add(number)) {
                        out.add(Problem.of("error.verify.lifeVoid", e.seq(), number));
                    }
                }
                case ROUND_CLOSED -> closed = e;
                // A reading of double entry, in a round counted so; its own order is checked by ReadingCheck.
                case READING_RECORDED -> {
                    if (round.settings().counting() != Counting.DOUBLE_ENTRY) {
                        out.add(Problem.of("error.verify.lifeForeign", e.seq(), e.kind().name()));
                    }
                }
                // A tally sheet's entry, in a round counted so; checked pass by pass by SheetCheck.
                case SHEET_RECORDED -> {
                    if (!round.settings().counting().fromTallySheets()) {
                        out.add(Problem.of("error.verify.lifeForeign", e.seq(), e.kind().name()));
                    }
                }
                default -> out.add(Problem.of("error.verify.lifeForeign", e.seq(), e.kind().name()));
            }
        }
        if (closed == null && !round.isOpen()) {
            out.add(Problem.of("error.verify.closeNotLogged"));
        }
        if (closed != null && round.isOpen()) {
            out.add(Problem.of("error.verify.reopened", closed.seq()));
        }
        if (closed != null && !round.isOpen()) {
            String collected = AuditDetail.field(closed.detail(), "collected");
            String base = AuditDetail.field(closed.detail(), "base");
            if (!String.valueOf(round.collected()).equals(collected) || !String.valueOf(round.base()).equals(base)) {
                out.add(Problem.of("error.verify.closeDiffers", closed.seq(), collected, base,
                        String.valueOf(round.collected()), String.valueOf(round.base())));
            }
        }
        return out;
    }
}
