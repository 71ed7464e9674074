package vn.tinnhiem.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tinnhiem.domain.ControlTotals;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundCount;
import vn.tinnhiem.domain.SheetCell;
import vn.tinnhiem.domain.SheetLife;
import vn.tinnhiem.domain.SheetPlaces;
import vn.tinnhiem.domain.TallySheet;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.i18n.Messages;

/**
 * The control totals a round counted from tally sheets closed on, as the minutes print them (text, HTML and CSV
 * alike): the ballots (valid + invalid = collected ≤ issued) and each official's line (levels + invalid lines =
 * valid ballots). Worked out again from the result, so a sheet changed after the close shows here as a failing total.
 */
public final class SheetMinutes {
    private SheetMinutes() {
    }

    static boolean applies(Round round) {
        return round.settings().counting().fromTallySheets() && round.collected() != null;
    }

    /** The sheet the round closed on, as its result holds it. */
    private static TallySheet sheet(Round round, Tally t) {
        return new TallySheet(round.issued(), round.collected(), t.validBallots(), t.invalidBallots(), t.lines());
    }

    /** Lines for the text and HTML minutes; none for a round keyed ballot by ballot. */
    static List<String> lines(Minutes minutes, Messages m) {
        Round round = minutes.result().round();
        if (!applies(round)) {
            return List.of();
        }
        Tally t = minutes.result().tally();
        TallySheet sheet = sheet(round, t);
        List<Problem> failing = ControlTotals.check(sheet, round.issued(), round.officials());
        List<String> out = new ArrayList<>();
        history(minutes, m).ifPresent(out::add);
        out.add(m.get("sheet.minutes.heading"));
        out.add(m.get("sheet.minutes.ballots", t.validBallots(), t.invalidBallots(), t.entered(), round.collected(),
                round.issued()));
        out.add(m.get("sheet.minutes.lines", round.officials().size(), t.validBallots()));
        out.add(m.get(failing.isEmpty() ? "sheet.minutes.hold" : "sheet.minutes.failing", failing.size()));
        for (Problem p : failing) {
            out.add("  - " + m.get(p));
        }
        return out;
    }

    /** How the sheet was keyed: how many times, whether the readers agreed, where they differed, which counted. */
    static Optional<String> history(Minutes minutes, Messages m) {
        Round round = minutes.result().round();
        SheetLife life = RoundCount.sheet(round, minutes.sheets());
        if (life instanceof SheetLife.Keyed k) {
            return Optional.of(m.get("sheet.minutes.keyedOnce", k.entries(), k.latest().pass()));
        }
        if (life instanceof SheetLife.Agreed) {
            return Optional.of(m.get("sheet.minutes.agreed"));
        }
        if (life instanceof SheetLife.Resolved r) {
            return Optional.of(r.differing().isEmpty() ? m.get("sheet.minutes.reread", r.reading().pass())
                    : m.get("sheet.minutes.resolved", r.differing().size(), places(round, r.differing(), m),
                    r.reading().pass()));
        }
        return Optional.empty();
    }

    /**
     * "Thu về; Lê Hoàng Phúc (dòng 3) · Tín nhiệm": places of the sheet as its paper names them (the minutes, the
     * sheet screen).
     */
    public static String places(Round round, List<SheetCell> cells, Messages m) {
        List<String> out = new ArrayList<>();
        for (SheetCell c : cells) {
            out.add(m.get(SheetPlaces.place(round, c)));
        }
        return String.join("; ", out);
    }

    /** The CSV cell of one official's line: "30 + 10 + 4 + 1 = 45" with whether it equals the valid ballots. */
    static String csvCell(Minutes minutes, int official, Messages m) {
        Tally t = minutes.result().tally();
        LineCount line = t.line(official);
        StringBuilder sum = new StringBuilder();
        for (long n : line.levels()) {
            sum.append(n).append(" + ");
        }
        sum.append(line.invalid());
        long total = line.marked() + line.invalid();
        return m.get(total == t.validBallots() ? "sheet.minutes.csvHold" : "sheet.minutes.csvFail", sum, total,
                t.validBallots());
    }
}
