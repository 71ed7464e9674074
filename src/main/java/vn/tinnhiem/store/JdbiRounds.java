package vn.tinnhiem.store;

import static vn.tinnhiem.store.Refusals.checked;
import static vn.tinnhiem.store.Refusals.refuse;
import static vn.tinnhiem.store.Refusals.rootMessage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.AuditDetail;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotForm;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.Fingerprint;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingAtClose;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Recount;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundCount;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundRules;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.domain.Tally;
import vn.tinnhiem.domain.TextRules;

/**
 * The rounds and their ballots: opening a round with the names printed on its ballot, voiding a ballot, closing
 * a round (its recount, its frozen meeting details and its fingerprint), deleting a rehearsal, and reading them
 * back. Each change is one transaction of the store, with the audit entry that records it. Recording a ballot is
 * not here: it is the store's own ballot path ({@link BallotWriter}), kept between ballots.
 *
 * @param tx the store's transaction, which every use case here runs in
 * @param audit the store's audit writer, called inside the change's own transaction
 * @param now the time a change is stamped with, as the store writes it
 */
record JdbiRounds(Transaction tx, AuditWriter audit, Supplier<String> now) {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiRounds.class);

    // ---- rounds ----

    List<Round> rounds(long meetingId) {
        return tx.run(h -> h.createQuery("SELECT id FROM round WHERE meeting_id = ? ORDER BY seq")
                .bind(0, meetingId).mapTo(Long.class).list()
                .stream().map(id -> round(h, id)).toList());
    }

    Round round(long roundId) {
        return tx.run(h -> round(h, roundId));
    }

    List<Long> roundIds(long meetingId) {
        return tx.run(h -> h.createQuery("SELECT id FROM round WHERE meeting_id = ? ORDER BY seq")
                .bind(0, meetingId).mapTo(Long.class).list());
    }

    Round listedRound(long roundId) {
        return tx.run(h -> h.createQuery(RoundRows.ROUND).bind(0, roundId)
                .map((rs, ctx) -> RoundRows.listed(rs)).findOne()
                .orElseThrow(() -> refuse(Problem.of("error.round.missing", roundId))));
    }

    static Round round(Handle h, long roundId) {
        List<Official> officials = h.createQuery(RoundRows.OFFICIALS).bind(0, roundId)
                .map((rs, ctx) -> RoundRows.official(rs))
                .list();
        return h.createQuery(RoundRows.ROUND).bind(0, roundId)
                .map((rs, ctx) -> RoundRows.round(rs, officials))
                .findOne()
                .orElseThrow(() -> refuse(Problem.of("error.round.missing", roundId)));
    }

    Round openRound(long meetingId, RoundKind kind, List<Official> onBallot, int issued) {
        return openRound(meetingId, kind, onBallot, issued, RoundSettings.NORMAL);
    }

    Round openRound(long meetingId, RoundKind kind, List<Official> onBallot, int issued,
                           RoundSettings settings) {
        checked(RoundRules.opening(onBallot, issued));
        List<OfficialDraft> printed = onBallot.stream()
                .map(o -> JdbiMeetings.clean(new OfficialDraft(o.fullName(), o.position()))).toList();
        return tx.run(h -> {
            Meeting meeting = JdbiMeetings.meeting(h, meetingId);
            BallotForm form = meeting.details().rules().formFor(kind);
            int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM round WHERE meeting_id = ?")
                    .bind(0, meetingId).mapTo(Integer.class).one();
            long id = h.createUpdate("""
                    INSERT INTO round (meeting_id, seq, kind, issued, state, opened_at, form, rehearsal,
                                       hide_tallies, counting)
                    VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?)""")
                    .bind(0, meetingId).bind(1, seq).bind(2, kind.name()).bind(3, issued).bind(4, now.get())
                    .bind(5, form.encode()).bind(6, settings.rehearsal() ? 1 : 0)
                    .bind(7, settings.hideTallies() ? 1 : 0).bind(8, settings.counting().name())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            // Names and positions as given: the roster's, or those printed on an earlier ballot carried over.
            for (int line = 1; line <= onBallot.size(); line++) {
                OfficialDraft p = printed.get(line - 1);
                h.execute("""
                        INSERT INTO round_official (round_id, line, official_id, full_name, position)
                        SELECT ?, ?, id, ?, ? FROM official WHERE id = ? AND meeting_id = ?""",
                        id, line, p.fullName(), p.position(), onBallot.get(line - 1).id(), meetingId);
            }
            Round round = round(h, id);
            if (round.officials().size() != onBallot.size()) {
                throw refuse(Problem.of("error.official.missing"));
            }
            audit.log(h, AuditKind.ROUND_OPENED, meetingId, id, AuditDetail.roundOpened(round));
            return round;
        });
    }

    // ---- ballots ----

    List<Ballot> ballots(long roundId) {
        return tx.run(h -> ballots(h, round(h, roundId)));
    }

    List<Integer> linesOutOfPlace(long roundId) {
        List<Integer> odd = new ArrayList<>();
        tx.run(h -> ballots(h, round(h, roundId), odd));
        return odd;
    }

    private static List<Ballot> ballots(Handle h, Round round) {
        return ballots(h, round, new ArrayList<>());
    }

    /** The round's ballots ({@link BallotRows#read}), those whose lines are out of place added to {@code odd}. */
    private static List<Ballot> ballots(Handle h, Round round, List<Integer> odd) {
        try {
            return BallotRows.read(h.getConnection(), round, odd);
        } catch (SQLException e) {
            LOG.error("storage failed", e);
            throw new StoreException(Problem.of("error.db.failed", rootMessage(e)), e);
        }
    }

    Ballot voidBallot(long roundId, int number, String reason) {
        String why = checked(TextRules.required(reason));
        return tx.run(h -> {
            Round round = round(h, roundId);
            if (!round.isOpen()) {
                throw refuse(Problem.of("error.round.closed"));
            }
            if (round.settings().counting() == Counting.DOUBLE_ENTRY) {
                throw refuse(Problem.of("de.entry.noVoid")); // a third reading corrects, see docs/double-entry.md
            }
            Ballot ballot = ballots(h, round).stream().filter(b -> b.number() == number).findFirst()
                    .orElseThrow(() -> refuse(Problem.of("error.void.noSuchBallot", number)));
            if (ballot.voided()) {
                throw refuse(Problem.of("error.void.already", number));
            }
            h.execute("UPDATE ballot SET voided = 1, void_reason = ? WHERE id = ?", why, ballot.id());
            Ballot voided = new Ballot(ballot.id(), number, ballot.status(), ballot.marks(), true, why);
            audit.log(h, AuditKind.BALLOT_VOIDED, round.meetingId(), roundId, AuditDetail.ballotVoided(voided));
            return voided;
        });
    }

    Round closeRound(long roundId, int collected, Tally running) {
        return tx.run(h -> {
            Round round = round(h, roundId);
            List<Ballot> ballots = ballots(h, round);
            List<SheetEntry> sheets = JdbiSheetStore.entries(h, round); // none unless counted from tally sheets
            Tally tally = RoundCount.tally(round, ballots, sheets);
            if (running != null && round.isOpen()) {
                checked(Recount.matches(running, tally));
            }
            checked(RoundCount.closing(round, ballots, sheets, collected));
            MeetingDetails meeting = JdbiMeetings.meeting(h, round.meetingId()).details();
            int base = switch (round.form().base()) {
                case BALLOTS_COLLECTED -> collected;
                case VALID_BALLOTS -> tally.validBallots();
                case MEMBERS_SUMMONED -> meeting.summoned();
                case MEMBERS_PRESENT -> meeting.present();
            };
            // The fingerprint is taken over the round exactly as it reads back, then set with the state: a
            // closed round cannot be updated any more. Both statements are in this one transaction.
            String closedAt = now.get();
            h.execute("UPDATE round SET collected = ?, base = ?, closed_at = ? WHERE id = ?",
                    collected, base, closedAt, roundId);
            String frozen = RecordReads.freeze(h, roundId, meeting, closedAt);
            String fingerprint = Fingerprint.of(round(h, roundId), ballots, sheets, frozen);
            h.execute("UPDATE round SET state = 'CLOSED', fingerprint = ? WHERE id = ?", fingerprint, roundId);
            Round closed = round(h, roundId);
            audit.log(h, AuditKind.ROUND_CLOSED, closed.meetingId(), roundId,
                    AuditDetail.roundClosed(closed, fingerprint));
            return closed;
        });
    }

    void deleteRehearsal(long roundId) {
        tx.run(h -> {
            Round round = round(h, roundId);
            if (!round.rehearsal()) {
                throw refuse(Problem.of("room.delete.notRehearsal", round.number()));
            }
            // The flag alone could have been set from outside on a real round: the log, which the chain protects,
            // must say the round was opened as a rehearsal.
            String opened = RecordReads.roundOpenedDetail(h, roundId);
            if (opened == null || !AuditDetail.openedAsRehearsal(opened)) {
                throw refuse(Problem.of("room.delete.notLoggedRehearsal", round.number()));
            }
            int ballots = h.createQuery("SELECT count(*) FROM ballot WHERE round_id = ?").bind(0, roundId)
                    .mapTo(Integer.class).one();
            h.execute("DELETE FROM reading WHERE round_id = ?", roundId);
            h.execute("DELETE FROM ballot_line WHERE ballot_id IN (SELECT id FROM ballot WHERE round_id = ?)", roundId);
            h.execute("DELETE FROM ballot WHERE round_id = ?", roundId);
            h.execute("DELETE FROM round_official WHERE round_id = ?", roundId);
            h.execute("DELETE FROM round WHERE id = ?", roundId);
            audit.log(h, AuditKind.ROUND_DELETED, round.meetingId(), roundId,
                    AuditDetail.rehearsalDeleted(round, ballots));
            return null;
        });
    }

    String fingerprint(long roundId) {
        return tx.run(h -> {
            round(h, roundId);
            return h.createQuery("SELECT fingerprint FROM round WHERE id = ?").bind(0, roundId)
                    .mapTo(String.class).findOne().orElse(null);
        });
    }

    RoundTimes roundTimes(long roundId) {
        return tx.run(h -> {
            round(h, roundId);
            return h.createQuery(RoundRows.TIMES).bind(0, roundId).map((rs, ctx) -> RoundRows.times(rs)).one();
        });
    }

    MeetingAtClose meetingAtClose(long roundId) {
        return tx.run(h -> {
            round(h, roundId);
            return MeetingAtClose.decode(RecordReads.frozenText(h, roundId));
        });
    }

    /** The frozen meeting details of a round as stored, undecoded: what its fingerprint covers. */
    String meetingAtCloseText(long roundId) {
        return tx.run(h -> RecordReads.frozenText(h, roundId));
    }
}
