package vn.tinnhiem.store;

/** One line of the start screen's list of meetings. */
public record MeetingSummary(long id, String title, String date, int officials, int rounds, int openRounds) {
}
