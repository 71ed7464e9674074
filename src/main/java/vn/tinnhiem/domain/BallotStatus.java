package vn.tinnhiem.domain;

/**
 * A whole ballot is invalid when it is not a form the committee issued, lacks its seal, or has a printed
 * name struck out (domain rule 2); it still counts as collected.
 */
public enum BallotStatus {
    VALID, INVALID
}
