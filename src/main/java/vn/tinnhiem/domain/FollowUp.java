package vn.tinnhiem.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The vote of confidence that follows a rating is held once per official: those already on the ballot of a vote
 * of confidence in the same meeting (open or closed) are left out of a new one.
 */
public final class FollowUp {
    private FollowUp() {
    }

    /** Those of {@code flagged} not yet on any vote-of-confidence round among {@code rounds}, in their order. */
    public static List<Official> notYetVoted(List<Official> flagged, List<Round> rounds) {
        Set<Long> voted = new HashSet<>();
        for (Round r : rounds) {
            if (r.kind() == RoundKind.VOTE) {
                r.officials().forEach(o -> voted.add(o.id()));
            }
        }
        return flagged.stream().filter(o -> !voted.contains(o.id())).toList();
    }
}
