package vn.tinnhiem.report;

import java.math.BigDecimal;
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

/**
 * The counting minutes (biên bản kiểm phiếu) of a closed round as one self-contained HTML page that prints on A4
 * from any browser: styles inline, no script, no font or image fetched, the bars drawn as inline SVG (which
 * prints even where a browser leaves out background colours). Every text is escaped.
 */
public final class MinutesHtml {
    /** Colours of the levels that raise no flag, in ballot order; the flagged level is red and hatched. */
    private static final List<String> LEVEL_COLOURS = List.of("#1b5e20", "#66bb6a", "#a5d6a7", "#1e5a99",
            "#90caf9");
    private static final String INVALID_COLOUR = "#9e9e9e";
    private static final String FLAGGED_FILL = "url(#tn-flagged)";

    private MinutesHtml() {
    }

    public static String render(Minutes minutes, Messages m) {
        StringBuilder out = new StringBuilder(16_384);
        Round round = minutes.result().round();
        String kind = MinutesWords.kind(round.form(), m);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(m.isVietnamese() ? "vi" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(e(m.get("report.minutes.docTitle", minutes.meeting().title(),
                        round.number()))).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append(HATCH)
                .append("<main class=\"page\">\n");
        heading(out, minutes, m);
        out.append("<h1>").append(e(m.get("report.minutes.title"))).append("</h1>\n")
                .append(round.rehearsal() ? "<p class=\"subtitle\">*** " + e(m.get("room.rehearsal")) + " ***</p>\n"
                        : "")
                .append("<p class=\"subtitle\">").append(e(MinutesWords.upper(m.get("report.minutes.subtitle",
                        kind, round.number()), m))).append("</p>\n")
                .append("<p class=\"meeting-title\">").append(e(minutes.meeting().title())).append("</p>\n");
        meeting(out, minutes, m);
        committee(out, minutes, m);
        ballots(out, minutes, m);
        results(out, minutes, m);
        rules(out, round.form(), MinutesWords.flags(minutes.result()), m);
        // The committee signs under the fingerprint: the two stay on one page.
        out.append("<div class=\"closing\">\n");
        fingerprint(out, minutes, m);
        signatures(out, minutes, m);
        out.append("</div>\n");
        out.append("<p class=\"made\">").append(e(m.get("report.minutes.made",
                MinutesWords.time(minutes.made(), m)))).append("</p>\n");
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    /** Left: the body and its counting committee; right: the national or the Party heading. */
    private static void heading(StringBuilder out, Minutes minutes, Messages m) {
        String body = minutes.meeting().details().body();
        out.append("<table class=\"heading\"><tr>\n<td class=\"org\">");
        if (!body.isEmpty()) {
            out.append("<div>").append(e(MinutesWords.upper(body, m))).append("</div>");
        }
        out.append("<div class=\"strong\">").append(e(m.get("report.minutes.committeeName")))
                .append("</div><div class=\"short-rule\"></div></td>\n<td class=\"nation\">");
        if (minutes.partyHeading()) {
            out.append("<div class=\"strong big\"><span class=\"underlined\">")
                    .append(e(m.get("report.minutes.heading.party"))).append("</span></div>");
        } else {
            out.append("<div class=\"strong\">").append(e(m.get("report.minutes.heading.state")))
                    .append("</div><div class=\"strong big\"><span class=\"underlined\">")
                    .append(e(m.get("report.minutes.motto.state"))).append("</span></div>");
        }
        out.append("</td>\n</tr></table>\n");
    }

    private static void meeting(StringBuilder out, Minutes minutes, Messages m) {
        MeetingDetails d = minutes.meeting().details();
        Round round = minutes.result().round();
        section(out, m.get("report.minutes.sec.meeting"));
        out.append("<table class=\"facts\">\n");
        fact(out, m.get("report.minutes.meeting"), d.title());
        if (!d.body().isEmpty()) {
            fact(out, m.get("report.minutes.body"), d.body());
        }
        if (!d.place().isEmpty()) {
            fact(out, m.get("report.minutes.place"), d.place());
        }
        if (!d.date().isEmpty()) {
            fact(out, m.get("report.minutes.date"), d.date());
        }
        fact(out, m.get("report.minutes.round"), m.get("report.minutes.roundValue", round.number(), round.id(),
                MinutesWords.kind(round.form(), m)));
        fact(out, m.get("counting.minutes.label"), MinutesWords.counting(round, m));
        if (minutes.opened() != null) {
            fact(out, m.get("report.minutes.opened"), MinutesWords.time(minutes.opened(), m));
        }
        if (minutes.closed() != null) {
            fact(out, m.get("report.minutes.closed"), MinutesWords.time(minutes.closed(), m));
        }
        fact(out, m.get("report.minutes.summoned"), String.valueOf(d.summoned()));
        fact(out, m.get("report.minutes.present"), String.valueOf(d.present()));
        fact(out, m.get("report.minutes.officials"), String.valueOf(round.officials().size()));
        out.append("</table>\n");
    }

    private static void committee(StringBuilder out, Minutes minutes, Messages m) {
        section(out, m.get("report.minutes.sec.committee"));
        List<CommitteeMember> committee = minutes.meeting().details().committee();
        if (committee.isEmpty()) {
            out.append("<p>").append(e(m.get("report.minutes.committeeNone"))).append("</p>\n");
            return;
        }
        out.append("<ol class=\"committee\">\n");
        for (CommitteeMember c : committee) {
            out.append("<li>").append(e(member(c, m))).append("</li>\n");
        }
        out.append("</ol>\n");
    }

    static String member(CommitteeMember c, Messages m) {
        return c.role() == null || c.role().isBlank() ? c.name() : m.get("report.minutes.member", c.name(), c.role());
    }

    private static void ballots(StringBuilder out, Minutes minutes, Messages m) {
        Round round = minutes.result().round();
        Tally t = minutes.result().tally();
        section(out, m.get("report.minutes.sec.ballots"));
        out.append("<table class=\"facts numbers\">\n");
        fact(out, m.get("report.minutes.issued"), String.valueOf(round.issued()));
        fact(out, m.get("report.minutes.collected"), round.collected() == null ? "" : String.valueOf(round.collected()));
        fact(out, m.get("report.minutes.valid"), String.valueOf(t.validBallots()));
        fact(out, m.get("report.minutes.invalid"), String.valueOf(t.invalidBallots()));
        if (round.settings().counting().ballotByBallot()) {
            fact(out, m.get("report.minutes.voided"), String.valueOf(t.voidedBallots()));
        }
        out.append("</table>\n");
        if (!minutes.voided().isEmpty()) {
            out.append("<p class=\"note\">").append(e(m.get("report.minutes.voidedNote"))).append("</p>\n")
                    .append("<ul class=\"voided\">\n");
            for (Ballot b : minutes.voided()) {
                out.append("<li>").append(e(minutes.voidedLine(b, m))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        List<String> doubleEntry = MinutesDoubleEntry.lines(minutes, m);
        for (int i = 0; i < doubleEntry.size(); i++) {
            out.append(i == 0 ? "<p class=\"note\">" : "<p class=\"note\">&nbsp;&nbsp;– ").append(e(doubleEntry.get(i)))
                    .append("</p>\n");
        }
        SheetMinutes.lines(minutes, m).forEach(l -> out.append("<p class=\"note\">").append(e(l.strip()))
                .append("</p>\n"));
    }

    private static void results(StringBuilder out, Minutes minutes, Messages m) {
        BallotForm form = minutes.result().round().form();
        int levels = form.levels();
        section(out, m.get("report.minutes.sec.results"));
        out.append("<p>").append(e(m.get("report.minutes.base", minutes.result().base(),
                MinutesWords.baseNoun(form, m)))).append("</p>\n");
        out.append("<table class=\"results").append(levels > 3 ? " wide" : "").append("\">\n<thead>\n<tr>")
                .append(th(m.get("report.minutes.col.order"), "rowspan=\"2\""))
                .append(th(m.get("report.minutes.col.namePosition"), "rowspan=\"2\""));
        for (int level = 1; level <= levels; level++) {
            out.append(th(m.level(form, level), "colspan=\"2\""));
        }
        out.append(th(m.get("report.minutes.col.invalid"), "colspan=\"2\""))
                .append(th(m.get("report.minutes.col.flag"), "rowspan=\"2\"")).append("</tr>\n<tr>");
        for (int level = 0; level <= levels; level++) {
            out.append(th(m.get("report.minutes.col.count"), "class=\"sub\"")).append(th(m.get(
                    "report.minutes.col.share"), "class=\"sub\""));
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        List<OfficialResult> rows = minutes.result().officials();
        for (int i = 0; i < rows.size(); i++) {
            OfficialResult r = rows.get(i);
            out.append("<tr").append(r.flag() == null ? "" : " class=\"flagged\"").append(">")
                    .append("<td class=\"num\">").append(i + 1).append("</td>")
                    .append("<td><div class=\"name\">").append(e(r.official().fullName()))
                    .append("</div><div class=\"position\">").append(e(r.official().position())).append("</div></td>");
            for (int level = 1; level <= levels; level++) {
                cells(out, r.count().level(level), r.levelShares().get(level - 1), m);
            }
            cells(out, r.count().invalid(), r.invalidShare(), m);
            out.append("<td class=\"flag\">").append(e(MinutesWords.flag(form, r.flag(), m))).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        bars(out, minutes, m);
    }

    private static void cells(StringBuilder out, long count, Percent share, Messages m) {
        out.append("<td class=\"num\">").append(count).append("</td><td class=\"num\">").append(e(m.percent(share)))
                .append("</td>");
    }

    /** One bar per official, its parts the shares of the levels and of invalid lines: the numbers of the table. */
    private static void bars(StringBuilder out, Minutes minutes, Messages m) {
        BallotForm form = minutes.result().round().form();
        int levels = form.levels();
        out.append("<div class=\"chart\">\n<p class=\"note\">").append(e(m.get("report.minutes.bars",
                MinutesWords.baseNoun(form, m)))).append("</p>\n<table class=\"bars\">\n");
        List<OfficialResult> rows = minutes.result().officials();
        for (int i = 0; i < rows.size(); i++) {
            OfficialResult r = rows.get(i);
            List<String> parts = new ArrayList<>();
            StringBuilder rects = new StringBuilder();
            BigDecimal x = BigDecimal.ZERO;
            for (int level = 1; level <= levels + 1; level++) {
                boolean invalid = level > levels;
                Percent share = invalid ? r.invalidShare() : r.levelShares().get(level - 1);
                String name = invalid ? m.get("report.minutes.col.invalid") : m.level(form, level);
                parts.add(name + " " + m.percent(share));
                x = rect(rects, x, share.value(), invalid ? INVALID_COLOUR : fill(form, level));
            }
            out.append("<tr><td class=\"who\">").append(i + 1).append(". ").append(e(r.official().fullName()))
                    .append("</td><td class=\"bar\"><svg class=\"bar\" width=\"100%\" height=\"14\" role=\"img\""
                            + " aria-label=\"").append(e(String.join(", ", parts))).append("\">")
                    .append(rects).append("</svg></td></tr>\n");
        }
        out.append("</table>\n<p class=\"legend\">");
        for (int level = 1; level <= levels + 1; level++) {
            boolean invalid = level > levels;
            out.append("<span class=\"key\"><svg width=\"14\" height=\"10\" aria-hidden=\"true\"><rect width=\"14\""
                            + " height=\"10\" fill=\"").append(invalid ? INVALID_COLOUR : fill(form, level))
                    .append("\" stroke=\"#000\" stroke-width=\"0.5\"/></svg> ")
                    .append(e(invalid ? m.get("report.minutes.col.invalid") : m.level(form, level))).append("</span>");
        }
        out.append("</p>\n</div>\n");
    }

    /** Appends a part of a bar from {@code x} percent wide {@code width} percent, kept within 100%. */
    private static BigDecimal rect(StringBuilder rects, BigDecimal x, BigDecimal width, String fill) {
        BigDecimal hundred = BigDecimal.valueOf(100);
        BigDecimal end = x.add(width).min(hundred);
        BigDecimal w = end.subtract(x);
        if (w.signum() > 0) {
            rects.append("<rect x=\"").append(x.toPlainString()).append("%\" y=\"0\" width=\"")
                    .append(w.toPlainString()).append("%\" height=\"100%\" fill=\"").append(fill).append("\"/>");
        }
        return end;
    }

    private static String fill(BallotForm form, int level) {
        if (level == form.flaggedLevel()) {
            return FLAGGED_FILL;
        }
        int index = level < form.flaggedLevel() ? level - 1 : level - 2;
        return LEVEL_COLOURS.get(Math.min(index, LEVEL_COLOURS.size() - 1));
    }

    private static void rules(StringBuilder out, BallotForm form, List<Flag> flags, Messages m) {
        section(out, m.get("report.minutes.sec.rules"));
        out.append("<p>").append(e(m.get("report.minutes.rulesUsed", m.rules(form)))).append("</p>\n");
        if (!flags.isEmpty()) {
            out.append("<p>").append(e(m.get("report.minutes.flagsHeading"))).append("</p>\n<ul class=\"flags\">\n");
            for (Flag f : flags) {
                out.append("<li><b>").append(e(MinutesWords.flag(form, f, m))).append("</b>: ")
                        .append(e(m.flagLong(form, f))).append("</li>\n");
            }
            out.append("</ul>\n");
        }
    }

    /** Printed when the file has one; rounds closed before fingerprints existed have none and show no section. */
    private static void fingerprint(StringBuilder out, Minutes minutes, Messages m) {
        if (minutes.fingerprint() == null || minutes.fingerprint().isBlank()) {
            return;
        }
        section(out, m.get("report.minutes.sec.fingerprint"));
        out.append("<p class=\"fingerprint\">")
                .append(e(String.join("\n", Fingerprint.groupedLines(minutes.fingerprint(), 8)))
                        .replace("\n", "<br>"))
                .append("</p>\n");
        if (minutes.logHead() != null) {
            out.append("<p>").append(e(m.get("record.minutes.head", minutes.logHead().shown()))).append("</p>\n");
        }
        out.append("<p class=\"note\">").append(e(m.get("report.minutes.fingerprintAbout")))
                .append("</p>\n");
    }

    /** Left: the other members, each with room to sign; right: the head, for the committee. */
    private static void signatures(StringBuilder out, Minutes minutes, Messages m) {
        CommitteeMember head = minutes.head();
        List<CommitteeMember> members = minutes.members();
        out.append("<table class=\"sign\"><tr>\n<td>");
        if (!members.isEmpty()) {
            out.append("<div class=\"strong\">").append(e(m.get("report.minutes.sign.members"))).append("</div>")
                    .append("<div class=\"hint\">").append(e(m.get("report.minutes.sign.hint"))).append("</div>");
            for (CommitteeMember c : members) {
                out.append("<div class=\"signer\">").append(e(c.name())).append("</div>");
            }
        }
        out.append("</td>\n<td><div class=\"strong\">").append(e(m.get("report.minutes.sign.for"))).append("</div>")
                .append("<div class=\"strong\">").append(e(m.get("report.minutes.sign.head"))).append("</div>")
                .append("<div class=\"hint\">").append(e(m.get("report.minutes.sign.hint"))).append("</div>")
                .append("<div class=\"signer\">").append(head == null ? "" : e(head.name())).append("</div>")
                .append("</td>\n</tr></table>\n");
    }

    private static void section(StringBuilder out, String title) {
        out.append("<h2>").append(e(title)).append("</h2>\n");
    }

    private static void fact(StringBuilder out, String label, String value) {
        out.append("<tr><th>").append(e(label)).append("</th><td>").append(e(value)).append("</td></tr>\n");
    }

    private static String th(String text, String attributes) {
        return "<th" + (attributes.isEmpty() ? "" : " " + attributes) + ">" + e(text) + "</th>";
    }

    /** Text made safe inside an element or a quoted attribute. */
    static String e(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The flagged level's hatching, defined once; drawn in colour it is red, in black and white it stays striped. */
    private static final String HATCH = """
            <svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>\
            <pattern id="tn-flagged" width="5" height="5" patternUnits="userSpaceOnUse" \
            patternTransform="rotate(45)"><rect width="5" height="5" fill="#c62828"/>\
            <rect width="1.6" height="5" fill="#ffffff"/></pattern></defs></svg>
            """;

    /**
     * A4 portrait with the margins of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP: top and bottom
     * 20 mm, left 30 mm, right 15 mm; left narrowed to 25 mm for the table), the table's head repeated on every
     * page, rows and the signatures never split. Fonts: Times New Roman when the system really has it (local()
     * only: nothing is fetched), else one that has every Vietnamese letter. Not the name "Times New Roman" itself:
     * Linux maps it (and Tinos, and the generic serif) to Liberation Serif, whose 1.x versions lack ễ ồ ố ữ, and the
     * browser then patches each such letter in from another font, which shows on paper.
     */
    private static final String CSS = """
            @page { size: A4; margin: 20mm 15mm 20mm 25mm; }
            @font-face { font-family: "TN Times"; font-weight: normal; font-style: normal;
              src: local("Times New Roman"), local("TimesNewRomanPSMT"); }
            @font-face { font-family: "TN Times"; font-weight: bold; font-style: normal;
              src: local("Times New Roman Bold"), local("TimesNewRomanPS-BoldMT"); }
            @font-face { font-family: "TN Times"; font-weight: normal; font-style: italic;
              src: local("Times New Roman Italic"), local("TimesNewRomanPS-ItalicMT"); }
            @font-face { font-family: "TN Times"; font-weight: bold; font-style: italic;
              src: local("Times New Roman Bold Italic"), local("TimesNewRomanPS-BoldItalicMT"); }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { margin: 0; color: #000; background: #fff;
              font-family: "TN Times", "Noto Serif", "DejaVu Serif", serif;
              font-size: 13pt; line-height: 1.35; }
            .page { max-width: 170mm; margin: 0 auto; }
            @media screen {
              body { background: #e6e6e6; }
              .page { max-width: 210mm; box-sizing: border-box; background: #fff; margin: 8mm auto;
                padding: 20mm 15mm 20mm 25mm; box-shadow: 0 0 3mm rgba(0, 0, 0, 0.25); }
            }
            @media print { .page { max-width: none; margin: 0; padding: 0; } }
            svg.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
            table { border-collapse: collapse; }
            .heading { width: 100%; }
            .heading td { vertical-align: top; text-align: center; padding: 0; font-size: 12pt; }
            .heading .org { width: 36%; }
            .heading .nation { white-space: nowrap; }
            .strong { font-weight: bold; }
            .big { font-size: 13pt; }
            .underlined { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1px; }
            .short-rule { width: 30mm; margin: 1mm auto 0; border-top: 1px solid #000; }
            h1 { text-align: center; font-size: 15pt; margin: 9mm 0 1mm; }
            .subtitle { text-align: center; font-weight: bold; margin: 0; }
            .meeting-title { text-align: center; font-style: italic; margin: 1mm 0 5mm; }
            h2 { font-size: 13pt; margin: 5mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
            p { margin: 1mm 0; }
            .facts th { text-align: left; font-weight: normal; padding: 0.3mm 4mm 0.3mm 0; vertical-align: top; }
            .facts td { padding: 0.3mm 0; }
            .facts.numbers td { text-align: right; min-width: 12mm; font-weight: bold; }
            ol.committee, ul.voided, ul.flags { margin: 1mm 0; padding-left: 7mm; }
            table.results { width: 100%; font-size: 9.5pt; line-height: 1.2; margin: 2mm 0; }
            table.results.wide { font-size: 8pt; }
            table.results th, table.results td { border: 1px solid #000; padding: 0.6mm 0.8mm; vertical-align: top; }
            table.results th.sub { font-weight: normal; font-style: italic; }
            table.results .name { font-weight: bold; }
            table.results .position { font-size: 0.92em; font-style: italic; }
            table.results td.flag { width: 21mm; }
            table.results th { font-weight: bold; text-align: center; vertical-align: middle; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; width: 1%; }
            table.results th.sub { width: 1%; }
            td.flag { color: #b00020; font-weight: bold; }
            .chart { break-inside: avoid; page-break-inside: avoid; margin-top: 3mm; }
            table.bars { width: 100%; font-size: 10pt; }
            table.bars td { padding: 0.8mm 0; vertical-align: middle; }
            table.bars td.who { width: 38%; padding-right: 3mm; }
            svg.bar { display: block; box-sizing: border-box; border: 1px solid #000; background: #fff; }
            .closing { break-inside: avoid; page-break-inside: avoid; }
            .legend { font-size: 10pt; }
            .legend .key { margin-right: 5mm; white-space: nowrap; }
            .note { font-size: 10.5pt; font-style: italic; }
            .fingerprint { font-family: "DejaVu Sans Mono", "Liberation Mono", "Courier New", monospace;
              font-size: 12pt; letter-spacing: 0.5pt; }
            table.sign { width: 100%; margin-top: 5mm; break-inside: avoid; page-break-inside: avoid; }
            table.sign td { width: 50%; vertical-align: top; text-align: center; padding: 3mm 0 0; }
            .hint { font-style: italic; font-size: 11pt; }
            .signer { font-weight: bold; padding-top: 18mm; min-height: 1.3em; }
            .made { margin-top: 10mm; font-size: 9pt; color: #444; text-align: right; }
            """;
}
