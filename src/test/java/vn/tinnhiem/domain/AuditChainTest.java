package vn.tinnhiem.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static List<AuditEvent> log() {
        List<AuditEvent> out = new ArrayList<>();
        AuditEvent last = null;
        String[][] rows = {{"MEETING_CREATED", "title=Kỳ họp"}, {"ROUND_OPENED", "round=1"},
                {"BALLOT_RECORDED", "ballot=1;status=VALID;marks=1,3"}, {"ROUND_CLOSED", "round=1"}};
        for (String[] r : rows) {
            last = AuditChain.next(last, "2026-03-05T09:30:15+07:00", AuditKind.valueOf(r[0]), 1L,
                    r[0].startsWith("MEETING") ? null : 4L, r[1]);
            out.add(last);
        }
        return out;
    }

    @Test
    void eachEntryCarriesTheHashOfThePreviousOne() {
        List<AuditEvent> log = log();
        assertEquals(AuditChain.GENESIS, log.get(0).prevHash());
        for (int i = 1; i < log.size(); i++) {
            assertEquals(log.get(i - 1).hash(), log.get(i).prevHash());
            assertEquals(i + 1, log.get(i).seq());
        }
        assertTrue(AuditChain.intact(log));
    }

    @Test
    void theHashIsSha256OfThePreviousHashAndTheCanonicalText() {
        AuditEvent e = log().get(0);
        assertEquals("1\n2026-03-05T09:30:15+07:00\nMEETING_CREATED\n1\n\ntitle=Kỳ họp", e.canonical());
        assertEquals(Sha256.hex(AuditChain.GENESIS + "\n" + e.canonical()), e.hash());
    }

    @Test
    void anAlteredEntryIsNamed() {
        List<AuditEvent> log = log();
        AuditEvent e = log.get(2);
        log.set(2, new AuditEvent(e.seq(), e.time(), e.kind(), e.meetingId(), e.roundId(),
                "ballot=1;status=VALID;marks=1,1", e.prevHash(), e.hash()));
        assertEquals(List.of(Problem.of("error.verify.chainHash", 3L, "BALLOT_RECORDED")), AuditChain.check(log));
    }

    @Test
    void aRemovedEntryBreaksTheChain() {
        List<AuditEvent> log = log();
        log.remove(1);
        assertThat(AuditChain.check(log)).contains(Problem.of("error.verify.chainGap", 3L, 2L),
                Problem.of("error.verify.chainLink", 3L));
    }

    @Test
    void aRewrittenEntryWithItsOwnHashStillBreaksTheNextLink() {
        List<AuditEvent> log = log();
        AuditEvent e = log.get(2);
        AuditEvent forged = new AuditEvent(e.seq(), e.time(), e.kind(), e.meetingId(), e.roundId(),
                "ballot=1;status=VALID;marks=1,1", e.prevHash(), null);
        log.set(2, new AuditEvent(e.seq(), e.time(), e.kind(), e.meetingId(), e.roundId(), forged.detail(),
                e.prevHash(), AuditChain.hash(e.prevHash(), forged)));
        assertEquals(List.of(Problem.of("error.verify.chainLink", 4L)), AuditChain.check(log));
    }
}
