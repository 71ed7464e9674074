package vn.tinnhiem.domain;

/**
 * A place on a round's tally sheet as the chair finds it on the paper: a ballot total ("Collected"), or an
 * official's cell named by the official's name and line number and the column ("Lê Hoàng Phúc (line 3) ·
 * Confidence"). Worded by the screen, the minutes and {@code verify} alike.
 */
public final class SheetPlaces {
    private static final String[] TOTALS = {"sheet.cell.issued", "sheet.cell.collected", "sheet.cell.valid",
        "sheet.cell.invalid"};

    private SheetPlaces() {
    }

    public static Problem place(Round round, SheetCell cell) {
        if (cell.totals()) {
            return Problem.of(TOTALS[cell.column()]);
        }
        return Problem.of("sheet.place", official(round, cell.row()), column(round, cell.column()));
    }

    /** The official of a sheet line (1 the first): the name with the line number. */
    public static Problem official(Round round, int line) {
        String name = line >= 1 && line <= round.officials().size() ? round.officials().get(line - 1).fullName() : "?";
        return Problem.of("sheet.official", name, line);
    }

    /** An official's column: a level as the ballot form names it, or the invalid lines. */
    static Problem column(Round round, int column) {
        BallotForm form = round.form();
        if (column >= round.levels()) {
            return Problem.of("sheet.col.invalid");
        }
        return form.customLevels() ? Problem.of("sheet.text", form.levelNames().get(column))
                : Problem.of("ui.level.short." + form.kind().name() + "." + (column + 1));
    }
}
