package vn.tinnhiem.domain;

/** A member of the counting committee (Ban kiểm phiếu), named in the minutes; never on the ballot. */
public record CommitteeMember(String name, String role) {
}
