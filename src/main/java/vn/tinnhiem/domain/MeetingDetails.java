package vn.tinnhiem.domain;

import java.util.List;

/**
 * What the chair types when creating a meeting. Text is already cleaned (NFC, trimmed) by {@link TextRules}.
 * The date is kept as the chair typed it in dd/MM/yyyy form.
 */
public record MeetingDetails(String title, String body, String place, String date, int summoned, int present,
                             List<CommitteeMember> committee) {
    public MeetingDetails {
        committee = List.copyOf(committee);
    }

    /** QĐ 96: the meeting is valid when at least two thirds of those summoned are present. */
    public boolean hasQuorum() {
        return Quorum.met(summoned, present);
    }
}
