package vn.tinnhiem.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.Flag;
import vn.tinnhiem.domain.Rules;
import vn.tinnhiem.domain.LineCount;
import vn.tinnhiem.domain.OfficialResult;
import vn.tinnhiem.domain.Percent;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.Tally;

/**
 * Results as CSV for scripts: one row per official and round, the same columns whatever the round's kind (a
 * level the ballot does not have is left empty), English snake_case names, a decimal point, fields quoted as
 * RFC 4180 says (only when they hold a comma, a quote or a line break; quotes doubled). Lines end with "\n".
 * Percentages are of {@code percent_base}: the ballots collected once the round is closed, the ballots entered
 * so far while it is open ({@code ballots_collected} is then empty).
 */
public final class ResultCsv {
    /** Column of each level, by kind, in ballot order. */
    private static final List<String> RATING_LEVELS = List.of("high_confidence", "confidence", "low_confidence");
    private static final List<String> VOTE_LEVELS = List.of("confidence", "no_confidence");
    private static final List<String> LEVEL_COLUMNS = List.of("high_confidence", "confidence", "low_confidence",
            "no_confidence");

    public static final List<String> HEADER = header();

    private ResultCsv() {
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("meeting_id", "meeting_title", "round_id", "round_number",
                "round_kind", "round_state", "ballots_issued", "ballots_collected", "ballots_entered",
                "ballots_valid", "ballots_invalid", "ballots_voided", "percent_base", "official_order",
                "official_id", "full_name", "position"));
        for (String level : LEVEL_COLUMNS) {
            h.add(level + "_count");
            h.add(level + "_percent");
        }
        h.addAll(List.of("invalid_lines_count", "invalid_lines_percent", "flag", "rules", "percent_of"));
        for (int i = 1; i <= Rules.MAX_LEVELS; i++) {
            h.add("level_" + i + "_name");
            h.add("level_" + i + "_count");
            h.add("level_" + i + "_percent");
        }
        return List.copyOf(h);
    }

    public static String render(List<MeetingResults> meetings) {
        StringBuilder out = new StringBuilder();
        CsvWriter.unix(out).row(HEADER);
        for (MeetingResults meeting : meetings) {
            for (RoundResult result : meeting.rounds()) {
                for (OfficialResult official : result.officials()) {
                    CsvWriter.unix(out).row(row(meeting, result, official));
                }
            }
        }
        return out.toString();
    }

    private static List<String> row(MeetingResults meeting, RoundResult result, OfficialResult official) {
        Round round = result.round();
        Tally tally = result.tally();
        List<String> row = new ArrayList<>(List.of(
                String.valueOf(meeting.meeting().id()), meeting.meeting().title(),
                String.valueOf(round.id()), String.valueOf(round.number()),
                round.kind().name().toLowerCase(Locale.ROOT), round.state().name().toLowerCase(Locale.ROOT) + (round.rehearsal() ? "-rehearsal" : ""),
                String.valueOf(round.issued()), round.collected() == null ? "" : String.valueOf(round.collected()),
                String.valueOf(tally.entered()), String.valueOf(tally.validBallots()),
                String.valueOf(tally.invalidBallots()), String.valueOf(tally.voidedBallots()),
                String.valueOf(result.base()), String.valueOf(official.official().order()),
                String.valueOf(official.official().id()), official.official().fullName(),
                official.official().position()));
        BallotForm form = round.form();
        List<String> levels = form.customLevels() ? List.of()
                : round.kind() == RoundKind.RATING ? RATING_LEVELS : VOTE_LEVELS;
        LineCount count = official.count();
        for (String column : LEVEL_COLUMNS) {
            int level = levels.indexOf(column) + 1;
            if (level == 0) {
                row.add("");
                row.add("");
            } else {
                row.add(String.valueOf(count.level(level)));
                row.add(number(official.levelShares().get(level - 1)));
            }
        }
        row.add(String.valueOf(count.invalid()));
        row.add(number(official.invalidShare()));
        row.add(round.isOpen() ? "" : flag(official.flag())); // no flag on provisional shares, as in the text
        row.add(form.preset().name().toLowerCase(Locale.ROOT));
        row.add(form.base().name().toLowerCase(Locale.ROOT));
        // The same levels again by position, named: the only columns custom levels (2 to 5) are written in.
        for (int i = 1; i <= Rules.MAX_LEVELS; i++) {
            if (i > form.levels()) {
                row.addAll(List.of("", "", ""));
                continue;
            }
            row.add(form.customLevels() ? form.levelNames().get(i - 1)
                    : (round.kind() == RoundKind.RATING ? RATING_LEVELS : VOTE_LEVELS).get(i - 1));
            row.add(String.valueOf(count.level(i)));
            row.add(number(official.levelShares().get(i - 1)));
        }
        return row;
    }

    static String flag(Flag flag) {
        return flag == null ? "" : flag.name().toLowerCase(Locale.ROOT);
    }

    private static String number(Percent p) {
        return p.format('.');
    }
}
