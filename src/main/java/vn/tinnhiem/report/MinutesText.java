package vn.tinnhiem.report;

import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.Flag;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialResult;
import vn.tinnhiem.domain.Percent;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.i18n.Messages;

/** The counting minutes as plain text, for a quick look at a terminal: the same content as the HTML page. */
public final class MinutesText {
    private MinutesText() {
    }

    public static String render(Minutes minutes, Messages m) {
        StringBuilder out = new StringBuilder();
        Round round = minutes.result().round();
        BallotForm form = round.form();
        MeetingDetails d = minutes.meeting().details();
        if (minutes.partyHeading()) {
            line(out, m.get("report.minutes.heading.party"));
        } else {
            line(out, m.get("report.minutes.heading.state"));
            line(out, m.get("report.minutes.motto.state"));
        }
        line(out, "");
        line(out, d.body().isEmpty() ? m.get("report.minutes.committeeName")
                : MinutesWords.upper(d.body(), m) + " — " + m.get("report.minutes.committeeName"));
        line(out, "");
        line(out, m.get("report.minutes.title"));
        if (round.rehearsal()) {
            line(out, "*** " + m.get("room.rehearsal") + " ***");
        }
        line(out, MinutesWords.upper(m.get("report.minutes.subtitle", MinutesWords.kind(form, m), round.number()), m));
        line(out, d.title());

        section(out, m.get("report.minutes.sec.meeting"));
        List<String[]> facts = new ArrayList<>();
        facts.add(fact(m.get("report.minutes.meeting"), d.title()));
        if (!d.body().isEmpty()) {
            facts.add(fact(m.get("report.minutes.body"), d.body()));
        }
        if (!d.place().isEmpty()) {
            facts.add(fact(m.get("report.minutes.place"), d.place()));
        }
        if (!d.date().isEmpty()) {
            facts.add(fact(m.get("report.minutes.date"), d.date()));
        }
        facts.add(fact(m.get("report.minutes.round"), m.get("report.minutes.roundValue", round.number(), round.id(),
                MinutesWords.kind(form, m))));
        facts.add(fact(m.get("counting.minutes.label"), MinutesWords.counting(round, m)));
        if (minutes.opened() != null) {
            facts.add(fact(m.get("report.minutes.opened"), MinutesWords.time(minutes.opened(), m)));
        }
        if (minutes.closed() != null) {
            facts.add(fact(m.get("report.minutes.closed"), MinutesWords.time(minutes.closed(), m)));
        }
        facts.add(fact(m.get("report.minutes.summoned"), String.valueOf(d.summoned())));
        facts.add(fact(m.get("report.minutes.present"), String.valueOf(d.present())));
        facts.add(fact(m.get("report.minutes.officials"), String.valueOf(round.officials().size())));
        facts(out, facts, false);

        section(out, m.get("report.minutes.sec.committee"));
        List<CommitteeMember> committee = d.committee();
        if (committee.isEmpty()) {
            line(out, m.get("report.minutes.committeeNone"));
        }
        for (int i = 0; i < committee.size(); i++) {
            line(out, (i + 1) + ". " + MinutesHtml.member(committee.get(i), m));
        }

        section(out, m.get("report.minutes.sec.ballots"));
        Tally t = minutes.result().tally();
        List<String[]> ballots = new ArrayList<>(List.of(
                fact(m.get("report.minutes.issued"), String.valueOf(round.issued())),
                fact(m.get("report.minutes.collected"), round.collected() == null ? ""
                        : String.valueOf(round.collected())),
                fact(m.get("report.minutes.valid"), String.valueOf(t.validBallots())),
                fact(m.get("report.minutes.invalid"), String.valueOf(t.invalidBallots()))));
        // Ballots are voided at entry only when keyed one by one as read out.
        if (round.settings().counting().ballotByBallot()) {
            ballots.add(fact(m.get("report.minutes.voided"), String.valueOf(t.voidedBallots())));
        }
        facts(out, ballots, true);
        if (!minutes.voided().isEmpty()) {
            line(out, m.get("report.minutes.voidedNote"));
        }
        for (Ballot b : minutes.voided()) {
            line(out, "  - " + minutes.voidedLine(b, m));
        }
        List<String> doubleEntry = MinutesDoubleEntry.lines(minutes, m);
        for (int i = 0; i < doubleEntry.size(); i++) {
            line(out, (i == 0 ? "" : "  - ") + doubleEntry.get(i));
        }
        SheetMinutes.lines(minutes, m).forEach(l -> line(out, l));

        section(out, m.get("report.minutes.sec.results"));
        line(out, m.get("report.minutes.base", minutes.result().base(), MinutesWords.baseNoun(form, m)));
        line(out, "");
        out.append(table(minutes, m));

        section(out, m.get("report.minutes.sec.rules"));
        line(out, m.get("report.minutes.rulesUsed", m.rules(form)));
        List<Flag> flags = MinutesWords.flags(minutes.result());
        if (!flags.isEmpty()) {
            line(out, m.get("report.minutes.flagsHeading"));
            for (Flag f : flags) {
                line(out, "  - " + MinutesWords.meaning(form, f, m));
            }
        }

        if (minutes.fingerprint() != null && !minutes.fingerprint().isBlank()) {
            section(out, m.get("report.minutes.sec.fingerprint"));
            for (String l : Fingerprint.groupedLines(minutes.fingerprint(), 8)) {
                line(out, "  " + l);
            }
            if (minutes.logHead() != null) {
                line(out, m.get("record.minutes.head", minutes.logHead().shown()));
            }
            line(out, m.get("report.minutes.fingerprintAbout"));
        }

        line(out, "");
        CommitteeMember head = minutes.head();
        line(out, m.get("report.minutes.sign.for") + " — " + m.get("report.minutes.sign.head") + ": "
                + (head == null ? "" : head.name()));
        List<CommitteeMember> members = minutes.members();
        if (!members.isEmpty()) {
            line(out, m.get("report.minutes.sign.members") + ": "
                    + String.join(", ", members.stream().map(CommitteeMember::name).toList()));
        }
        line(out, "");
        line(out, m.get("report.minutes.made", MinutesWords.time(minutes.made(), m)));
        return out.toString();
    }

    private static String table(Minutes minutes, Messages m) {
        BallotForm form = minutes.result().round().form();
        int levels = form.levels();
        List<Boolean> right = new ArrayList<>(List.of(true, false, false));
        for (int i = 0; i <= levels; i++) {
            right.add(true);
        }
        right.add(false);
        TextTable table = new TextTable(right);
        List<String> header = new ArrayList<>(List.of(m.get("report.minutes.col.order"),
                m.get("report.minutes.col.name"), m.get("report.minutes.col.position")));
        for (int level = 1; level <= levels; level++) {
            header.add(m.level(form, level));
        }
        header.add(m.get("report.minutes.col.invalid"));
        header.add(m.get("report.minutes.col.flag"));
        table.row(header);
        int countWidth = 1;
        int percentWidth = 1;
        for (OfficialResult r : minutes.result().officials()) {
            for (int level = 1; level <= levels; level++) {
                countWidth = Math.max(countWidth, String.valueOf(r.count().level(level)).length());
                percentWidth = Math.max(percentWidth, m.percent(r.levelShares().get(level - 1)).length());
            }
            countWidth = Math.max(countWidth, String.valueOf(r.count().invalid()).length());
            percentWidth = Math.max(percentWidth, m.percent(r.invalidShare()).length());
        }
        List<OfficialResult> rows = minutes.result().officials();
        for (int i = 0; i < rows.size(); i++) {
            OfficialResult r = rows.get(i);
            List<String> row = new ArrayList<>(List.of(String.valueOf(i + 1), r.official().fullName(),
                    r.official().position()));
            for (int level = 1; level <= levels; level++) {
                row.add(cell(r.count().level(level), r.levelShares().get(level - 1), countWidth, percentWidth, m));
            }
            row.add(cell(r.count().invalid(), r.invalidShare(), countWidth, percentWidth, m));
            row.add(MinutesWords.flag(form, r.flag(), m));
            table.row(row);
        }
        return table.render();
    }

    private static String cell(long count, Percent share, int countWidth, int percentWidth, Messages m) {
        return TextTable.padLeft(String.valueOf(count), countWidth) + "  "
                + TextTable.padLeft(m.percent(share), percentWidth);
    }

    private static String[] fact(String label, String value) {
        return new String[] {label, value};
    }

    /** "Label:  value" with the values lined up; numbers right-aligned under each other. */
    private static void facts(StringBuilder out, List<String[]> facts, boolean numbers) {
        int labelWidth = facts.stream().mapToInt(f -> TextTable.width(f[0])).max().orElse(0) + 1;
        int valueWidth = facts.stream().mapToInt(f -> TextTable.width(f[1])).max().orElse(0);
        for (String[] f : facts) {
            String value = numbers ? TextTable.padLeft(f[1], valueWidth) : f[1];
            line(out, TextTable.padRight(f[0] + ":", labelWidth) + "  " + value);
        }
    }

    private static void section(StringBuilder out, String title) {
        line(out, "");
        line(out, title);
    }

    private static void line(StringBuilder out, String s) {
        out.append(s.stripTrailing()).append('\n');
    }
}
