package vn.tinnhiem.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingAtClose;
import java.time.ZonedDateTime;
import java.util.List;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundResult;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.StoredTime;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.store.RoundTimes;
import vn.tinnhiem.store.StoreReads;

/** Reads what the minutes of a round print from the store, recounting the result from the raw ballots. */
public final class MinutesSource {
    private MinutesSource() {
    }

    /** The minutes of a round as they stand; the caller refuses an open round (its result is not final). */
    public static Minutes load(StoreReads store, long roundId, Clock clock) {
        Round round = store.round(roundId);
        CountedRound read = CountedRound.read(store, round);
        List<Ballot> ballots = read.ballots();
        List<SheetEntry> sheets = read.sheets();
        StoredFingerprint fingerprint = read.fingerprint();
        Tally tally = read.tally();
        RehearsalMark.require(store, round);
        RoundTimes times = store.roundTimes(roundId);
        Meeting meeting = store.meeting(round.meetingId());
        OffsetDateTime opened = times.opened();
        OffsetDateTime closed = times.closed();
        // A closed round prints the meeting as it was counted under, frozen at its close: later edits of the
        // meeting (logged) never change its minutes.
        MeetingAtClose frozen = round.isOpen() ? null : store.meetingAtClose(roundId);
        if (frozen != null) {
            meeting = new Meeting(meeting.id(), frozen.details());
            opened = time(frozen.opened(), opened);
            closed = time(frozen.closed(), closed);
        }
        fingerprint.require("report.minutes.fingerprintDiffers");
        return new Minutes(meeting, RoundResult.of(round, tally),
                ballots.stream().filter(Ballot::voided).toList(), opened, closed,
                fingerprint.stored(), ZonedDateTime.now(clock), store.closeHead(roundId), replacedBy(ballots),
                MinutesDoubleEntry.progress(store, round), sheets);
    }

    private static OffsetDateTime time(String frozen, OffsetDateTime otherwise) {
        try {
            return frozen == null || frozen.isEmpty() ? otherwise : StoredTime.parse(frozen);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    /** Voided ballot number → the number of the ballot keyed in its place. */
    static java.util.Map<Integer, Integer> replacedBy(List<Ballot> ballots) {
        java.util.Map<Integer, Integer> out = new java.util.HashMap<>();
        for (Ballot b : ballots) {
            if (b.replaces() != null && !b.voided()) {
                out.putIfAbsent(b.replaces(), b.number());
            }
        }
        return out;
    }
}
