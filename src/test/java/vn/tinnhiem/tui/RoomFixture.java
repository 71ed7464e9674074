package vn.tinnhiem.tui;

import java.nio.file.Path;
import java.util.List;
import vn.tinnhiem.cli.DemoData;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.store.Database;
import vn.tinnhiem.store.JdbiStore;

/**
 * A real data file holding the demo meeting (round 1: a closed rating of 45 with one flagged; round 2: a vote
 * partly counted) and three more rounds on its first 12 officials: round 3 open and shown live, round 4 open
 * with tallies hidden from the room, round 5 a closed rehearsal.
 */
final class RoomFixture implements AutoCloseable {
    final JdbiStore store;
    final Meeting meeting;
    final List<Round> rounds;

    RoomFixture(Path db) {
        store = Database.open(db, Harness.CLOCK);
        Meeting[] made = new Meeting[1];
        store.writingSampleData(() -> made[0] = DemoData.create(store, Harness.CLOCK));
        meeting = made[0];
        List<Official> twelve = store.roster(meeting.id()).subList(0, 12);
        ballots(store.openRound(meeting.id(), RoundKind.RATING, twelve, 40), 23);
        ballots(store.openRound(meeting.id(), RoundKind.RATING, twelve, 40, new RoundSettings(false, true)), 23);
        Round rehearsal = store.openRound(meeting.id(), RoundKind.RATING, twelve, 40, new RoundSettings(true, false));
        ballots(rehearsal, 30);
        store.closeRound(rehearsal.id(), 30);
        rounds = store.rounds(meeting.id());
    }

    private void ballots(Round r, int n) {
        for (int b = 1; b <= n; b++) {
            BallotDraft d = BallotDraft.empty(r.officials().size());
            for (int i = 0; i < r.officials().size(); i++) {
                int roll = (b * b * 7 + i * i * 13 + b * i * 3 + i) % 20;
                d = d.mark(roll == 19 ? new Mark.Blank() : Mark.level(roll < 11 ? 1 : roll < 17 ? 2 : 3));
            }
            store.recordBallot(r.id(), d);
        }
    }

    /** Round {@code number} (1-based) as the room sees it, at a page. */
    RoomModel model(int number, int page) {
        Round r = store.round(rounds.get(number - 1).id());
        Tally t = Tally.count(r.form(), r.officials().size(), store.ballots(r.id()));
        return new RoomModel(meeting.title(), RoundResult.of(r, t), store.fingerprint(r.id()), page, false);
    }

    @Override
    public void close() {
        store.close();
    }
}
