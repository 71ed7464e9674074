package vn.tinnhiem.tui;

import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.Tally;

/** A round as the meeting screen lists it: the round and its count so far. */
public record RoundLine(Round round, Tally tally) {
}
