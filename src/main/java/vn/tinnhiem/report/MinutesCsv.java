package vn.tinnhiem.report;

import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.OfficialResult;
import vn.tinnhiem.domain.Percent;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.i18n.Messages;

/**
 * The minutes' table as CSV for people who open it in Excel: UTF-8 with a byte order mark (without it Excel reads
 * Vietnamese as the Windows code page), one row per official with the meeting and round repeated on each row, the
 * header in the user's language, percentages without the % sign and with the user's decimal separator (a comma in
 * Vietnamese). Fields are separated by commas and quoted as RFC 4180 says (a field holding a comma, a quote or a
 * line break is quoted, quotes doubled), so "36,67" and "Phó Chủ tịch, Trưởng ban" stay one cell; lines end with
 * CRLF, as Excel writes them. A text starting with = + - or @ gets a leading apostrophe so that a spreadsheet
 * never runs it as a formula.
 */
public final class MinutesCsv {
    public static final String BOM = "\uFEFF";

    private MinutesCsv() {
    }

    public static String render(Minutes minutes, Messages m) {
        Round round = minutes.result().round();
        BallotForm form = round.form();
        Tally t = minutes.result().tally();
        StringBuilder out = new StringBuilder(BOM);
        List<String> header = new ArrayList<>();
        for (String key : List.of("meetingId", "meeting", "roundId", "round", "kind", "issued", "collected", "valid",
                "invalid", "voided", "base", "baseOf", "order", "name", "position")) {
            header.add(m.get("report.minutes.csv." + key));
        }
        for (int level = 1; level <= form.levels(); level++) {
            header.add(m.get("report.minutes.csv.count", m.level(form, level)));
            header.add(m.get("report.minutes.csv.share", m.level(form, level)));
        }
        for (String key : List.of("invalidCount", "invalidShare", "flag", "rules", "fingerprint")) {
            header.add(m.get("report.minutes.csv." + key));
        }
        boolean sheet = SheetMinutes.applies(round);
        if (sheet) {
            header.add(m.get("report.minutes.csv.controlTotal"));
        }
        boolean doubleEntry = minutes.doubleEntry() != null;
        if (doubleEntry) {
            header.addAll(MinutesDoubleEntry.csvHeader(m));
        }
        CsvWriter.excel(out).row(header);
        String fingerprint = minutes.fingerprint() == null ? "" : Fingerprint.grouped(minutes.fingerprint());
        List<OfficialResult> rows = minutes.result().officials();
        for (int i = 0; i < rows.size(); i++) {
            OfficialResult r = rows.get(i);
            List<String> row = new ArrayList<>(List.of(String.valueOf(minutes.meeting().id()),
                    minutes.meeting().title(), String.valueOf(round.id()), String.valueOf(round.number()),
                    (round.rehearsal() ? m.get("room.mark.rehearsal") + " — " : "") + MinutesWords.kind(form, m),
                    String.valueOf(round.issued()),
                    round.collected() == null ? "" : String.valueOf(round.collected()),
                    String.valueOf(t.validBallots()), String.valueOf(t.invalidBallots()),
                    round.settings().counting().ballotByBallot() ? String.valueOf(t.voidedBallots()) : "",
                    String.valueOf(minutes.result().base()),
                    MinutesWords.baseNoun(form, m), String.valueOf(i + 1), r.official().fullName(),
                    r.official().position()));
            for (int level = 1; level <= form.levels(); level++) {
                row.add(String.valueOf(r.count().level(level)));
                row.add(number(r.levelShares().get(level - 1), m));
            }
            row.add(String.valueOf(r.count().invalid()));
            row.add(number(r.invalidShare(), m));
            row.add(MinutesWords.flag(form, r.flag(), m));
            row.add(m.rules(form));
            row.add(fingerprint);
            if (sheet) {
                row.add(SheetMinutes.csvCell(minutes, i, m));
            }
            if (doubleEntry) {
                row.addAll(MinutesDoubleEntry.csvCells(minutes, i, m));
            }
            CsvWriter.excel(out).row(row);
        }
        return out.toString();
    }

    private static String number(Percent p, Messages m) {
        return p.format(m.decimalSeparator());
    }
}
