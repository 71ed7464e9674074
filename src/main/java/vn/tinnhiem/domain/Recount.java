package vn.tinnhiem.domain;

import java.util.List;

/**
 * The check made when a round closes: its ballots, read back from the file and counted again from nothing, must
 * give exactly the tally the ballot screen kept while they were entered. A difference means that the file and the
 * screen disagree (a write lost, a ballot changed outside the program); the round then stays open and the
 * difference is shown, so that the committee can find it before anything is announced.
 */
public final class Recount {
    private Recount() {
    }

    /** The recount when it equals the running tally; otherwise refused with the first difference and how many. */
    public static Checked<Tally> matches(Tally running, Tally recounted) {
        Differences d = new Differences();
        d.compare("close.recount.valid", running.validBallots(), recounted.validBallots());
        d.compare("close.recount.invalid", running.invalidBallots(), recounted.invalidBallots());
        d.compare("close.recount.voided", running.voidedBallots(), recounted.voidedBallots());
        List<LineCount> a = running.lines();
        List<LineCount> b = recounted.lines();
        d.compare("close.recount.officials", a.size(), b.size());
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            long[] la = a.get(i).levels();
            long[] lb = b.get(i).levels();
            d.compare("close.recount.levels", la.length, lb.length);
            for (int level = 1; level <= Math.min(la.length, lb.length); level++) {
                d.compare("close.recount.level", la[level - 1], lb[level - 1], i + 1, level);
            }
            d.compare("close.recount.invalidLine", a.get(i).invalid(), b.get(i).invalid(), i + 1);
        }
        if (d.count == 0) {
            return Checked.ok(recounted);
        }
        return Checked.refused("close.recount.differs", d.first, d.count);
    }

    /** The differences found, the first kept to be shown. */
    private static final class Differences {
        private Problem first;
        private int count;

        /** {@code where}: the official's number and the level, put before the two counts in the message. */
        void compare(String key, long running, long recounted, Object... where) {
            if (running == recounted) {
                return;
            }
            count++;
            if (first == null) {
                Object[] args = new Object[where.length + 2];
                System.arraycopy(where, 0, args, 0, where.length);
                args[where.length] = running;
                args[where.length + 1] = recounted;
                first = Problem.of(key, args);
            }
        }
    }
}
