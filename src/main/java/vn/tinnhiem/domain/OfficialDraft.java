package vn.tinnhiem.domain;

/** An official to be added to a roster: cleaned full name and position. */
public record OfficialDraft(String fullName, String position) {
}
