package vn.tinnhiem.domain;

import java.util.List;

/**
 * What the chair types when creating a meeting. Text is already cleaned (NFC, trimmed) by {@link TextRules}.
 * The date is kept as the chair typed it in dd/MM/yyyy form.
 */
public record MeetingDetails(String title, String body, String place, String date, int summoned, int present,
                             List<CommitteeMember> committee, Rules rules) {
    public MeetingDetails {
        committee = List.copyOf(committee);
        if (rules == null) {
            rules = Rules.DEFAULT;
        }
    }

    /** A meeting counting under NQ 96/2023/QH15. */
    public MeetingDetails(String title, String body, String place, String date, int summoned, int present,
                          List<CommitteeMember> committee) {
        this(title, body, place, date, summoned, present, committee, Rules.DEFAULT);
    }

    public MeetingDetails withRules(Rules next) {
        return new MeetingDetails(title, body, place, date, summoned, present, committee, next);
    }

    /** QĐ 96: the meeting is valid when at least two thirds of those summoned are present. */
    public boolean hasQuorum() {
        return Quorum.met(summoned, present);
    }
}
