package vn.tinnhiem.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The log is read by {@code verify} through quicker paths than the plain ones (a ballot's number read in place, the
 * chain hashed through one builder and one digest); they must say exactly what the plain ones say, on any text,
 * tampered or not.
 */
class LogReadingPropertiesTest {

    @Provide
    Arbitrary<String> details() {
        Arbitrary<String> piece = Arbitraries.of("ballot", "ballot=", "ballots=", "xballot=", "=", ";", "status=VALID",
                "12", "7", "-3", "+4", "", "marks=1,2,3", "ballot=9;", "bal", "lot", "Đ", "\\s", "99999999999");
        return piece.list().ofMaxSize(8).map(p -> String.join("", p));
    }

    @Property(tries = 2000)
    void aBallotNumberIsReadAsTheFieldsSayIt(@ForAll("details") String detail) {
        assertEquals(plainBallotNumber(detail), AuditDetail.ballotNumber(detail), detail);
    }

    /** As the number was read before: every field into a map, the last "ballot" kept. */
    private static int plainBallotNumber(String detail) {
        Map<String, String> pairs = Encoding.pairs(detail);
        String n = pairs.get("ballot");
        try {
            return n == null ? -1 : Integer.parseInt(n);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Provide
    Arbitrary<List<AuditEvent>> logs() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab;=|\\\n0Đổiệ字").ofMaxLength(12).injectNull(0.05);
        Arbitrary<Long> id = Arbitraries.longs().between(-2, 5000).injectNull(0.3);
        Arbitrary<AuditEvent> event = Combinators.combine(text, Arbitraries.of(AuditKind.class), id, id, text)
                .as((time, kind, meeting, round, detail) -> new AuditEvent(0, time, kind, meeting, round, detail,
                        null, null));
        Arbitrary<Integer> tamper = Arbitraries.integers().between(0, 6);
        return Combinators.combine(event.list().ofMaxSize(12), tamper.list().ofMaxSize(12)).as((events, how) -> {
            List<AuditEvent> chained = new ArrayList<>();
            AuditEvent last = null;
            for (AuditEvent e : events) {
                last = AuditChain.next(last, e.time(), e.kind(), e.meetingId(), e.roundId(), e.detail());
                chained.add(last);
            }
            for (int i = 0; i < chained.size() && i < how.size(); i++) {
                AuditEvent e = chained.get(i);
                chained.set(i, switch (how.get(i)) {
                    case 1 -> new AuditEvent(e.seq(), e.time(), e.kind(), e.meetingId(), e.roundId(), e.detail() + "x",
                            e.prevHash(), e.hash());
                    case 2 -> new AuditEvent(e.seq(), e.time(), e.kind(), e.meetingId(), e.roundId(), e.detail(),
                            e.prevHash(), e.hash().toUpperCase());
                    case 3 -> new AuditEvent(e.seq(), e.time(), e.kind(), e.meetingId(), e.roundId(), e.detail(),
                            e.prevHash(), e.hash().substring(1));
                    case 4 -> new AuditEvent(e.seq(), e.time(), e.kind(), e.meetingId(), e.roundId(), e.detail(),
                            e.prevHash(), "");
                    case 5 -> new AuditEvent(e.seq(), e.time(), e.kind(), e.roundId(), e.meetingId(), e.detail(),
                            e.prevHash(), e.hash());
                    default -> e;
                });
            }
            return chained;
        });
    }

    @Property(tries = 500)
    void theChainIsCheckedAsEachEntryHashedAlone(@ForAll("logs") List<AuditEvent> log) {
        assertEquals(plainCheck(log), AuditChain.check(log));
    }

    /** As the chain was checked before: each entry's text built and hashed on its own, written out in hex. */
    private static List<Problem> plainCheck(List<AuditEvent> events) {
        List<Problem> problems = new ArrayList<>();
        AuditEvent before = null;
        for (AuditEvent e : events) {
            long expectedSeq = before == null ? 1 : before.seq() + 1;
            String expectedPrev = before == null ? AuditChain.GENESIS : before.hash();
            if (e.seq() != expectedSeq) {
                problems.add(Problem.of("error.verify.chainGap", e.seq(), expectedSeq));
            }
            if (!expectedPrev.equals(e.prevHash())) {
                problems.add(Problem.of("error.verify.chainLink", e.seq()));
            }
            String text = e.prevHash() + "\n" + e.seq() + "\n" + e.time() + "\n" + e.kind().name() + "\n"
                    + (e.meetingId() == null ? "" : e.meetingId()) + "\n" + (e.roundId() == null ? "" : e.roundId())
                    + "\n" + e.detail();
            if (!Sha256.hex(text).equals(e.hash())) {
                problems.add(Problem.of("error.verify.chainHash", e.seq(), e.kind().name()));
            }
            before = e;
        }
        return problems;
    }
}
