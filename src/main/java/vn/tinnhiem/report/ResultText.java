package vn.tinnhiem.report;

import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.DoubleEntryProgress;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialResult;
import vn.tinnhiem.domain.Percent;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.RoundState;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.i18n.Messages;

/**
 * Results as text for a person to read at a terminal: per meeting its particulars, per round its ballot counts,
 * then one aligned row per official with the count and the share of every level and of invalid lines, and the
 * flag in words. Shares are of the ballots collected (NQ 96/2023/QH15 art. 19(3), QĐ 96-QĐ/TW art. 6); while a
 * round is still open they are of the ballots entered so far, and the text says so.
 */
public final class ResultText {
    private ResultText() {
    }

    public static String render(List<MeetingResults> meetings, Messages m) {
        if (meetings.isEmpty()) {
            return m.get("report.noMeetings") + "\n";
        }
        StringBuilder out = new StringBuilder();
        for (MeetingResults meeting : meetings) {
            if (out.length() > 0) {
                out.append('\n');
            }
            meeting(out, meeting, m);
        }
        return out.toString();
    }

    private static void meeting(StringBuilder out, MeetingResults meeting, Messages m) {
        MeetingDetails d = meeting.meeting().details();
        out.append(m.get("report.meeting", meeting.meeting().id(), d.title())).append('\n');
        List<String> particulars = new ArrayList<>();
        if (!d.body().isEmpty()) {
            particulars.add(m.get("report.meeting.body", d.body()));
        }
        if (!d.place().isEmpty()) {
            particulars.add(m.get("report.meeting.place", d.place()));
        }
        if (!d.date().isEmpty()) {
            particulars.add(m.get("report.meeting.date", d.date()));
        }
        if (!particulars.isEmpty()) {
            out.append(String.join(" · ", particulars)).append('\n');
        }
        out.append(m.get("report.meeting.members", d.summoned(), d.present())).append('\n');
        if (meeting.rounds().isEmpty()) {
            out.append('\n').append(m.get("report.noRounds")).append('\n');
        }
        for (RoundResult result : meeting.rounds()) {
            out.append('\n');
            round(out, result, meeting.keying().get(result.round().id()), m);
        }
    }

    /** {@code keying}: where an open double-entry round's readings stand, else {@code null}. */
    private static void round(StringBuilder out, RoundResult result, DoubleEntryProgress keying, Messages m) {
        Round round = result.round();
        Tally tally = result.tally();
        boolean closed = round.state() == RoundState.CLOSED;
        out.append(m.get("report.round", round.number(), round.id(), m.get("report.kind." + round.kind().name()),
                m.get("report.state." + round.state().name())
                        + (round.rehearsal() ? " · " + m.get("room.mark.rehearsal") : ""))).append('\n');
        String collected = round.collected() == null ? m.get("report.notYet") : String.valueOf(round.collected());
        if (round.settings().counting().ballotByBallot()) {
            out.append(m.get("report.ballots", round.issued(), collected, tally.validBallots(),
                    tally.invalidBallots(), tally.voidedBallots())).append('\n');
        } else {
            // Not keyed ballot by ballot: no ballot is voided at entry; say how the count was taken instead.
            out.append(m.get("counted.report.how", m.get("counting.name." + round.settings().counting().name())))
                    .append('\n').append(m.get("counted.report.ballots", round.issued(), collected,
                            tally.validBallots(), tally.invalidBallots())).append('\n');
        }
        if (keying != null) {
            out.append(KeyingSoFar.line(keying, m)).append('\n');
        }
        out.append((closed ? m.get("law.report.base.closed", result.base(), m.base(result.round().form()))
                : keying != null ? KeyingSoFar.base(keying, result.base(), m)
                : m.get("report.base.open", result.base()))).append('\n');
        out.append('\n').append(table(result, m));
    }

    private static String table(RoundResult result, Messages m) {
        int levels = result.round().levels();
        List<Boolean> right = new ArrayList<>(List.of(true, false, false));
        for (int i = 0; i <= levels; i++) {
            right.add(true);
        }
        right.add(false);
        TextTable table = new TextTable(right);
        List<String> header = new ArrayList<>(List.of(m.get("report.col.order"), m.get("report.col.name"),
                m.get("report.col.position")));
        for (int level = 1; level <= levels; level++) {
            header.add(m.get("report.level." + result.round().kind().name() + "." + level));
        }
        header.add(m.get("report.col.invalid"));
        header.add(m.get("report.col.flag"));
        table.row(header);

        // Within a column, counts line up under counts and percentages under percentages.
        int countWidth = 1;
        int percentWidth = 1;
        for (OfficialResult r : result.officials()) {
            for (int level = 1; level <= levels; level++) {
                countWidth = Math.max(countWidth, String.valueOf(r.count().level(level)).length());
                percentWidth = Math.max(percentWidth, m.percent(r.levelShares().get(level - 1)).length());
            }
            countWidth = Math.max(countWidth, String.valueOf(r.count().invalid()).length());
            percentWidth = Math.max(percentWidth, m.percent(r.invalidShare()).length());
        }
        for (OfficialResult r : result.officials()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(r.official().order()),
                    r.official().fullName(), r.official().position()));
            for (int level = 1; level <= levels; level++) {
                row.add(cell(r.count().level(level), r.levelShares().get(level - 1), countWidth, percentWidth, m));
            }
            row.add(cell(r.count().invalid(), r.invalidShare(), countWidth, percentWidth, m));
            // A flag is what the rules make of the final shares: none while the round is open, where the shares are
            // provisional (two thirds "low" on the one ballot agreed so far named an official).
            row.add(result.round().isOpen() ? "" : m.flagName(result.round().form(), r.flag()));
            table.row(row);
        }
        return table.render();
    }

    private static String cell(long count, Percent share, int countWidth, int percentWidth, Messages m) {
        return TextTable.padLeft(String.valueOf(count), countWidth) + "  "
                + TextTable.padLeft(m.percent(share), percentWidth);
    }

}
