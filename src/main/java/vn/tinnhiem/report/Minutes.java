package vn.tinnhiem.report;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.DoubleEntryProgress;
import vn.tinnhiem.domain.LogHead;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.RulePreset;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.RoundResult;

/**
 * Everything the counting minutes (biên bản kiểm phiếu) of one closed round print: the meeting and its counting
 * committee, the result, the ballots voided at entry (kept in the record), when the round was opened and closed
 * ({@code null} when unknown), the round's fingerprint ({@code null} when the file has none), the audit log's head
 * at the close ({@code null} when none) and when the minutes were made; for a round counted by double entry, its
 * readings' progress ({@code null} otherwise), for how many ballots disagreed and how each was resolved;
 * {@code sheets}: the entries of a round counted from its tally sheets (none otherwise), for the minutes to say
 * how the sheet was keyed. For a round closed by this version the meeting and the times are those frozen at its
 * close.
 */
public record Minutes(Meeting meeting, RoundResult result, List<Ballot> voided, OffsetDateTime opened,
                      OffsetDateTime closed, String fingerprint, ZonedDateTime made, LogHead logHead,
                      Map<Integer, Integer> replacedBy, DoubleEntryProgress doubleEntry, List<SheetEntry> sheets) {
    public Minutes {
        voided = List.copyOf(voided);
        replacedBy = Map.copyOf(replacedBy);
        sheets = List.copyOf(sheets);
    }

    /** A round keyed ballot by ballot: no readings of double entry, no tally-sheet entries. */
    public Minutes(Meeting meeting, RoundResult result, List<Ballot> voided, OffsetDateTime opened,
                   OffsetDateTime closed, String fingerprint, ZonedDateTime made, LogHead logHead,
                   Map<Integer, Integer> replacedBy) {
        this(meeting, result, voided, opened, closed, fingerprint, made, logHead, replacedBy, null, List.of());
    }

    /** A round counted by double entry. */
    public Minutes(Meeting meeting, RoundResult result, List<Ballot> voided, OffsetDateTime opened,
                   OffsetDateTime closed, String fingerprint, ZonedDateTime made, LogHead logHead,
                   Map<Integer, Integer> replacedBy, DoubleEntryProgress doubleEntry) {
        this(meeting, result, voided, opened, closed, fingerprint, made, logHead, replacedBy, doubleEntry, List.of());
    }

    /** A round counted from its tally sheets. */
    public Minutes(Meeting meeting, RoundResult result, List<Ballot> voided, OffsetDateTime opened,
                   OffsetDateTime closed, String fingerprint, ZonedDateTime made, LogHead logHead,
                   Map<Integer, Integer> replacedBy, List<SheetEntry> sheets) {
        this(meeting, result, voided, opened, closed, fingerprint, made, logHead, replacedBy, null, sheets);
    }

    /** Without replacement ballots. */
    public Minutes(Meeting meeting, RoundResult result, List<Ballot> voided, OffsetDateTime opened,
                   OffsetDateTime closed, String fingerprint, ZonedDateTime made) {
        this(meeting, result, voided, opened, closed, fingerprint, made, null, Map.of());
    }

    /** A voided ballot's line in the minutes: its number, its reason and the ballot keyed in its place, if any. */
    public String voidedLine(Ballot b, vn.tinnhiem.i18n.Messages m) {
        String line = m.get("report.minutes.voidedBallot", b.number(), b.voidReason() == null ? "" : b.voidReason());
        Integer by = replacedBy.get(b.number());
        return by == null ? line : line + " " + m.get("report.minutes.replacedBy", by);
    }

    /**
     * A Party body (counting under QĐ 96-QĐ/TW) heads its minutes "ĐẢNG CỘNG SẢN VIỆT NAM"; every other body
     * with the national heading "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc".
     */
    public boolean partyHeading() {
        return meeting.details().rules().preset() == RulePreset.QD96_TW;
    }

    /** Who signs for the committee: the member whose role names the head (Trưởng ban), else the first. */
    public CommitteeMember head() {
        List<CommitteeMember> committee = meeting.details().committee();
        return committee.stream().filter(Minutes::isHead).findFirst()
                .orElse(committee.isEmpty() ? null : committee.get(0));
    }

    /** The other members of the committee, in the order the chair gave. */
    public List<CommitteeMember> members() {
        CommitteeMember head = head();
        return meeting.details().committee().stream().filter(c -> c != head).toList();
    }

    private static boolean isHead(CommitteeMember member) {
        String role = member.role() == null ? "" : member.role().strip().toLowerCase(Locale.ROOT);
        return role.startsWith("trưởng ban") || role.equals("trưởng") || role.startsWith("head")
                || role.startsWith("chair");
    }
}
