package vn.tinnhiem.store;

import static vn.tinnhiem.store.Refusals.checked;
import static vn.tinnhiem.store.Refusals.refuse;
import static vn.tinnhiem.store.Refusals.rootMessage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.AuditDetail;
import vn.tinnhiem.domain.AuditKind;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.RoundRules;
import vn.tinnhiem.domain.TextRules;

/**
 * The meetings and their rosters: a meeting's details, its counting committee and its officials. Each change is
 * one transaction of the store, with the audit entry that records it, and what is stored is cleaned first (NFC,
 * trimmed, within the rules) whatever the screen checked.
 *
 * @param tx the store's transaction, which every use case here runs in
 * @param audit the store's audit writer, called inside the change's own transaction
 * @param now the time a change is stamped with, as the store writes it
 */
record JdbiMeetings(Transaction tx, AuditWriter audit, Supplier<String> now) {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiMeetings.class);

    /** Read without Jdbi: the first screen shows it, before the store has made Jdbi's handle. */
    static List<MeetingSummary> meetings(Connection connection) {
        try {
            return MeetingRows.summaries(connection);
        } catch (SQLException e) {
            LOG.error("storage failed", e);
            throw new StoreException(Problem.of("error.db.failed", rootMessage(e)), e);
        }
    }

    Meeting meeting(long meetingId) {
        return tx.run(h -> meeting(h, meetingId));
    }

    static Meeting meeting(Handle h, long meetingId) {
        List<CommitteeMember> committee = h.createQuery(
                        "SELECT name, role FROM committee_member WHERE meeting_id = ? ORDER BY seq")
                .bind(0, meetingId)
                .map((rs, ctx) -> new CommitteeMember(rs.getString("name"), rs.getString("role")))
                .list();
        return h.createQuery("SELECT * FROM meeting WHERE id = ?")
                .bind(0, meetingId)
                .map((rs, ctx) -> new Meeting(rs.getLong("id"), new MeetingDetails(rs.getString("title"),
                        rs.getString("body"), rs.getString("place"), rs.getString("held_on"),
                        StoredInts.of(rs, "summoned"), StoredInts.of(rs, "present"), committee,
                        StoredRules.meeting(rs.getString("rules")))))
                .findOne()
                .orElseThrow(() -> refuse(Problem.of("error.meeting.missing", meetingId)));
    }

    Meeting createMeeting(MeetingDetails raw) {
        MeetingDetails details = clean(raw);
        return tx.run(h -> {
            long id = h.createUpdate("""
                    INSERT INTO meeting (title, body, place, held_on, summoned, present, created_at, rules)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .bind(0, details.title()).bind(1, details.body()).bind(2, details.place())
                    .bind(3, details.date()).bind(4, details.summoned()).bind(5, details.present())
                    .bind(6, now.get()).bind(7, details.rules().encode())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            writeCommittee(h, id, details.committee());
            Meeting created = meeting(h, id);
            audit.log(h, AuditKind.MEETING_CREATED, id, null, AuditDetail.meeting(created.details()));
            return created;
        });
    }

    Meeting updateMeeting(long meetingId, MeetingDetails raw) {
        MeetingDetails details = clean(raw);
        return tx.run(h -> {
            int n = h.createUpdate("""
                    UPDATE meeting SET title = ?, body = ?, place = ?, held_on = ?, summoned = ?, present = ?,
                      rules = ?
                    WHERE id = ?""")
                    .bind(0, details.title()).bind(1, details.body()).bind(2, details.place())
                    .bind(3, details.date()).bind(4, details.summoned()).bind(5, details.present())
                    .bind(6, details.rules().encode()).bind(7, meetingId).execute();
            if (n == 0) {
                throw refuse(Problem.of("error.meeting.missing", meetingId));
            }
            h.execute("DELETE FROM committee_member WHERE meeting_id = ?", meetingId);
            writeCommittee(h, meetingId, details.committee());
            Meeting edited = meeting(h, meetingId);
            audit.log(h, AuditKind.MEETING_EDITED, meetingId, null, AuditDetail.meeting(edited.details()));
            return edited;
        });
    }

    /** Whatever the caller checked, what is stored is clean: NFC, trimmed, printable, within the rules. */
    private static MeetingDetails clean(MeetingDetails d) {
        List<CommitteeMember> committee = d.committee().stream()
                .map(c -> new CommitteeMember(checked(TextRules.required(c.name())), checked(TextRules.optional(c.role()))))
                .toList();
        MeetingDetails cleaned = new MeetingDetails(checked(TextRules.required(d.title())),
                checked(TextRules.optional(d.body())), checked(TextRules.optional(d.place())),
                checked(TextRules.optional(d.date())), d.summoned(), d.present(), committee, d.rules());
        return checked(RoundRules.meeting(cleaned));
    }

    private static void writeCommittee(Handle h, long meetingId, List<CommitteeMember> committee) {
        int seq = 1;
        for (CommitteeMember member : committee) {
            h.execute("INSERT INTO committee_member (meeting_id, seq, name, role) VALUES (?, ?, ?, ?)",
                    meetingId, seq++, member.name(), member.role());
        }
    }

    // ---- roster ----

    List<Official> roster(long meetingId) {
        return tx.run(h -> roster(h, meetingId));
    }

    private static List<Official> roster(Handle h, long meetingId) {
        return h.createQuery("SELECT id, seq, full_name, position FROM official WHERE meeting_id = ? ORDER BY seq")
                .bind(0, meetingId)
                .map((rs, ctx) -> new Official(rs.getLong("id"), rs.getInt("seq"), rs.getString("full_name"),
                        rs.getString("position")))
                .list();
    }

    Official addOfficial(long meetingId, OfficialDraft official) {
        return addOfficials(meetingId, List.of(official)).get(0);
    }

    List<Official> addOfficials(long meetingId, List<OfficialDraft> officials) {
        List<OfficialDraft> clean = officials.stream().map(JdbiMeetings::clean).toList();
        return tx.run(h -> {
            meeting(h, meetingId);
            int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM official WHERE meeting_id = ?")
                    .bind(0, meetingId).mapTo(Integer.class).one();
            List<Official> added = new ArrayList<>();
            for (OfficialDraft d : clean) {
                seq++;
                long id = h.createUpdate(
                                "INSERT INTO official (meeting_id, seq, full_name, position) VALUES (?, ?, ?, ?)")
                        .bind(0, meetingId).bind(1, seq).bind(2, d.fullName()).bind(3, d.position())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                added.add(new Official(id, seq, d.fullName(), d.position()));
            }
            if (!added.isEmpty()) {
                audit.log(h, AuditKind.ROSTER_CHANGED, meetingId, null, added.size() == 1
                        ? AuditDetail.officialAdded(added.get(0)) : AuditDetail.officialsImported(added));
            }
            return added;
        });
    }

    static OfficialDraft clean(OfficialDraft d) {
        return new OfficialDraft(checked(TextRules.personName(d.fullName())), checked(TextRules.required(d.position())));
    }

    List<Official> replaceRoster(long meetingId, List<OfficialDraft> officials) {
        return tx.run(h -> {
            for (Official o : roster(h, meetingId)) {
                if (inUse(h, o.id())) {
                    throw refuse(Problem.of("error.roster.inUse"));
                }
            }
            for (Official o : roster(h, meetingId)) {
                h.execute("DELETE FROM official WHERE id = ?", o.id());
                audit.log(h, AuditKind.ROSTER_CHANGED, meetingId, null, AuditDetail.officialRemoved(o));
            }
            return addOfficials(meetingId, officials);
        });
    }

    void updateOfficial(long officialId, OfficialDraft official) {
        OfficialDraft d = clean(official);
        tx.run(h -> {
            int n = h.execute("UPDATE official SET full_name = ?, position = ? WHERE id = ?",
                    d.fullName(), d.position(), officialId);
            if (n == 0) {
                throw refuse(Problem.of("error.official.missing"));
            }
            long meetingId = h.createQuery("SELECT meeting_id FROM official WHERE id = ?").bind(0, officialId)
                    .mapTo(Long.class).one();
            audit.log(h, AuditKind.ROSTER_CHANGED, meetingId, null, AuditDetail.officialEdited(officialId, d));
            return null;
        });
    }

    void moveOfficial(long officialId, int delta) {
        tx.run(h -> {
            var row = h.createQuery("SELECT meeting_id, seq FROM official WHERE id = ?").bind(0, officialId)
                    .mapToMap().findOne().orElseThrow(() -> refuse(Problem.of("error.official.missing")));
            long meetingId = ((Number) row.get("meeting_id")).longValue();
            int seq = ((Number) row.get("seq")).intValue();
            String neighbour = delta < 0
                    ? "SELECT id, seq FROM official WHERE meeting_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1"
                    : "SELECT id, seq FROM official WHERE meeting_id = ? AND seq > ? ORDER BY seq ASC LIMIT 1";
            var other = h.createQuery(neighbour).bind(0, meetingId).bind(1, seq).mapToMap().findOne();
            if (other.isEmpty()) {
                return null;
            }
            long otherId = ((Number) other.get().get("id")).longValue();
            int otherSeq = ((Number) other.get().get("seq")).intValue();
            h.execute("UPDATE official SET seq = -1 WHERE id = ?", officialId);
            h.execute("UPDATE official SET seq = ? WHERE id = ?", seq, otherId);
            h.execute("UPDATE official SET seq = ? WHERE id = ?", otherSeq, officialId);
            audit.log(h, AuditKind.ROSTER_CHANGED, meetingId, null,
                    AuditDetail.officialMoved(officialId, seq, otherSeq));
            return null;
        });
    }

    void removeOfficial(long officialId) {
        tx.run(h -> {
            if (inUse(h, officialId)) {
                throw refuse(Problem.of("error.official.inUse"));
            }
            var row = h.createQuery("SELECT meeting_id, seq, full_name, position FROM official WHERE id = ?")
                    .bind(0, officialId).mapToMap().findOne();
            h.execute("DELETE FROM official WHERE id = ?", officialId);
            if (row.isPresent()) {
                var r = row.get();
                audit.log(h, AuditKind.ROSTER_CHANGED, ((Number) r.get("meeting_id")).longValue(), null,
                        AuditDetail.officialRemoved(new Official(officialId, ((Number) r.get("seq")).intValue(),
                                (String) r.get("full_name"), (String) r.get("position"))));
            }
            return null;
        });
    }

    boolean officialInUse(long officialId) {
        return tx.run(h -> inUse(h, officialId));
    }

    private static boolean inUse(Handle h, long officialId) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM round_official WHERE official_id = ?)")
                .bind(0, officialId).mapTo(Boolean.class).one();
    }
}
