package vn.tinnhiem.domain;

import java.util.List;

/** One official's line of the result: counts and shares of the base for every level, invalid lines, the flag. */
public record OfficialResult(Official official, LineCount count, List<Percent> levelShares, Percent invalidShare,
                             Flag flag) {
    public OfficialResult {
        levelShares = List.copyOf(levelShares);
    }
}
