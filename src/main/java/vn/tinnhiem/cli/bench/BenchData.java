package vn.tinnhiem.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.JdbiStore;

/** Meetings, rounds and ballots for the bench, written through the store as the screen writes them. */
final class BenchData {
    private BenchData() {
    }

    /** A meeting with {@code officials} on the roster and a rating round of them open, {@code issued} ballots. */
    static Round openRound(JdbiStore store, int officials, int issued) {
        long meeting = store.createMeeting(new MeetingDetails("Kỳ họp đo", "", "", "25/11/2026", issued, issued,
                List.of())).id();
        List<OfficialDraft> roster = new ArrayList<>();
        for (int i = 1; i <= officials; i++) {
            roster.add(new OfficialDraft("Nguyễn Văn Thử " + i, "Ủy viên"));
        }
        return store.openRound(meeting, RoundKind.RATING, store.addOfficials(meeting, roster), issued);
    }

    /** A second round of the same meeting and officials. */
    static Round anotherRound(JdbiStore store, Round first, int issued) {
        return store.openRound(first.meetingId(), RoundKind.RATING, first.officials(), issued);
    }

    /** Records {@code n} ballots, one in ten wholly invalid, the rest with a mix of marks. */
    static void record(JdbiStore store, Round round, int n, Random random) {
        for (int b = 0; b < n; b++) {
            store.recordBallot(round.id(), draft(random, round.officials().size()));
        }
    }

    static BallotDraft draft(Random random, int lines) {
        BallotDraft d = BallotDraft.empty(lines);
        if (random.nextInt(10) == 0) {
            return d.invalidate();
        }
        for (int i = 0; i < lines; i++) {
            d = d.mark(mark(random));
        }
        return d;
    }

    static Mark mark(Random random) {
        int r = random.nextInt(20);
        return r == 0 ? Mark.BLANK : r == 1 ? Mark.SEVERAL : Mark.level(1 + r % 3);
    }
}
