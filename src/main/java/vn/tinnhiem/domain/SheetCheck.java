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
                    s -> ControlTotals.check(s, round.issued(), round.officials())
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
                cells(round, entry, AuditDetail.field(was, "sheet"), diff);
            }
        }
        for (int pass : logged.keySet()) {
            diff.add(Problem.of("sheet.verify.missing", pass));
        }
    }

    /** The most cells named one by one where a keying differs from its log entry; the rest are counted. */
    static final int CELLS_NAMED = 4;

    /**
     * Where a stored keying differs from the numbers its log entry recorded: each cell named (official, column: log
     * value → file value), the first few of them; the whole lines only when the log's cannot be read as a sheet of
     * this round or the numbers agree and something else in the entry differs.
     */
    private static void cells(Round round, SheetEntry entry, String logged, List<Problem> diff) {
        List<SheetCell> differing;
        TallySheet was;
        try {
            was = TallySheet.decode(logged == null ? "" : logged);
            differing = was.differences(entry.sheet());
        } catch (IllegalArgumentException e) {
            differing = List.of();
            was = null;
        }
        if (differing.isEmpty()) {
            diff.add(Problem.of("sheet.verify.differs", entry.pass(), logged, entry.sheet().encode()));
            return;
        }
        for (int i = 0; i < differing.size() && i < CELLS_NAMED; i++) {
            SheetCell c = differing.get(i);
            diff.add(Problem.of("sheet.verify.cell", entry.pass(), SheetPlaces.place(round, c), was.value(c),
                    entry.sheet().value(c)));
        }
        if (differing.size() > CELLS_NAMED) {
            diff.add(Problem.of("sheet.verify.moreCells", entry.pass(), differing.size() - CELLS_NAMED));
        }
    }
}
