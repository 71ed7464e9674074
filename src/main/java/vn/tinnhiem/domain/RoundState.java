package vn.tinnhiem.domain;

/** A round is open while ballots are recorded, then closed for good. */
public enum RoundState {
    OPEN, CLOSED
}
