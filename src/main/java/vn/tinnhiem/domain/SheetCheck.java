package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of {@code verify} that concerns tally sheets: every stored entry of a round's sheet against the
 * {@link AuditKind#SHEET_RECORDED} entry written in its transaction, both ways, and no ballots in a round counted
 * from sheets. A number changed in the file after the fact (triggers dropped with sqlite3) differs from the log
 * here, and from the fingerprint once the round is closed.
 */
final class SheetCheck {
    private SheetCheck() {
    }

    static void againstLog(Round round, List<Ballot> ballots, List<SheetEntry> sheets, List<AuditEvent> events,
                           List<Problem> diff) {
        boolean fromSheets = round.settings().counting().fromTallySheets();
        if (fromSheets && !ballots.isEmpty()) {
            diff.add(Problem.of("sheet.verify.ballots", ballots.size()));
        }
        if (fromSheets && !round.isOpen()) {
            // A closed round closed on a sheet whose totals held; a failing one now was changed since.
            RoundCount.sheet(round, sheets).counted().ifPresentOrElse(
                    s -> ControlTotals.check(s, round.issued())
                            .forEach(p -> diff.add(Problem.of("sheet.verify.totals", p))),
                    () -> diff.add(Problem.of("sheet.verify.noSheet")));
        }
        if (events.stream().noneMatch(e -> e.kind() == AuditKind.ROUND_OPENED)) {
            return; // opened before the log was kept: nothing to compare with (RoundCheck notes it)
        }
        Map<Integer, String> logged = SheetAudit.byPass(events, diff);
        List<Integer> seen = new ArrayList<>();
        for (SheetEntry entry : sheets) {
            String was = logged.remove(entry.pass());
            String is = SheetAudit.recorded(round, entry);
            seen.add(entry.pass());
            if (was == null) {
                diff.add(Problem.of("sheet.verify.notLogged", entry.pass()));
            } else if (!was.equals(is)) {
                diff.add(Problem.of("sheet.verify.differs", entry.pass(), AuditDetail.field(was, "sheet"),
                        entry.sheet().encode()));
            }
        }
        for (int pass : logged.keySet()) {
            diff.add(Problem.of("sheet.verify.missing", pass));
        }
    }
}
