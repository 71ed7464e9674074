package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A round checked against its own raw data, as {@code tinnhiem verify} does: recounted from the ballot lines,
 * its stored counts (ballots collected against those entered, the base of the shares), its fingerprint once
 * closed, and, where the audit log saw the round open, every ballot, void and the close against what the log
 * recorded at the time. {@code stored} is the fingerprint stored at closing, {@code fingerprint} the one computed
 * again now; {@code differences} fail the check; {@code notes} only inform (a round from before tinnhiem kept a
 * log has nothing to be compared with).
 */
public record RoundCheck(Round round, int ballots, Tally tally, String stored, String fingerprint,
                         List<Problem> differences, List<Problem> notes) {
    public RoundCheck {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return differences.isEmpty();
    }

    /** Whether the round's ballots could be read back at all (else nothing of it was compared with the log). */
    public boolean readBack() {
        for (Problem p : differences) {
            if (p.key().equals("error.verify.unreadable")) {
                return false;
            }
        }
        return true;
    }

    /** A round whose ballots could not even be read back (a mark no level has, a line missing…). */
    public static RoundCheck unreadable(Round round, String why) {
        return new RoundCheck(round, 0, null, null, null, List.of(Problem.of("error.verify.unreadable", why)),
                List.of());
    }

    /** This check with {@code more} differences after its own. */
    public RoundCheck withDifferences(List<Problem> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Problem> all = new ArrayList<>(differences);
        all.addAll(more);
        return new RoundCheck(round, ballots, tally, stored, fingerprint, all, notes);
    }

    /** As {@link #unreadable(Round, String)}, worded from what {@code e} says ({@link Unreadable#reason}). */
    public static RoundCheck unreadable(Round round, RuntimeException e) {
        return new RoundCheck(round, 0, null, null, null,
                List.of(Problem.of("error.verify.unreadable", Unreadable.reason(e))), List.of());
    }

    /**
     * @param stored the fingerprint stored on the round ({@code null} while open)
     * @param events the audit entries that name this round, in order
     */
    public static RoundCheck of(Round round, MeetingDetails meeting, List<Ballot> ballots, String stored,
                                List<AuditEvent> events) {
        return of(round, meeting, ballots, stored, events, null);
    }

    /**
     * @param atClose the meeting details frozen when the round closed (their stored text), {@code null} for an
     *                open round or one closed before copies were kept; the fingerprint covers it and the base of
     *                the shares is checked against its members
     */
    public static RoundCheck of(Round round, MeetingDetails meeting, List<Ballot> ballots, String stored,
                                List<AuditEvent> events, String atClose) {
        return of(round, meeting, ballots, List.of(), stored, events, atClose);
    }

    /** As above, with the round's tally-sheet entries (none for a round keyed ballot by ballot). */
    public static RoundCheck of(Round round, MeetingDetails meeting, List<Ballot> ballots, List<SheetEntry> sheets,
                                String stored, List<AuditEvent> events, String atClose) {
        return of(round, meeting, ballots, sheets, stored, events, atClose,
                () -> Fingerprint.of(round, ballots, sheets, atClose));
    }

    /**
     * As above, the fingerprint computed again by {@code recompute} (which {@link Fingerprint#of(Round, List, List,
     * String)} must be): {@code verify} has it computed on a second thread while this checks the rest. Asked for
     * only for a closed round, and whatever it throws counts as it would here.
     */
    public static RoundCheck of(Round round, MeetingDetails meeting, List<Ballot> ballots, List<SheetEntry> sheets,
                                String stored, List<AuditEvent> events, String atClose, Supplier<String> recompute) {
        return of(round, meeting, ballots, sheets, stored, events, atClose, recompute, null);
    }

    /**
     * As above, the round's counts already worked out ({@link RoundCount#tally} of the same round, ballots and
     * entries; {@code null}: counted here), so that {@code verify} counts once for this and the fingerprint.
     */
    public static RoundCheck of(Round round, MeetingDetails meeting, List<Ballot> ballots, List<SheetEntry> sheets,
                                String stored, List<AuditEvent> events, String atClose, Supplier<String> recompute,
                                Tally counted) {
        List<Problem> diff = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        Tally tally = counted;
        try {
            if (tally == null) {
                tally = RoundCount.tally(round, ballots, sheets);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            return unreadable(round, stored, e);
        }
        // The round's life and its ballots against the log first, the fingerprint asked for last: verify computes
        // it on a second thread meanwhile. The differences are listed in the same order whatever the order of work.
        List<Problem> life = List.of();
        List<Problem> logged = new ArrayList<>();
        List<Problem> loggedNotes = new ArrayList<>();
        RuntimeException failed = null;
        try {
            life = RoundLife.check(round, events);
            againstLog(round, ballots, events, logged, loggedNotes);
            SheetCheck.againstLog(round, ballots, sheets, events, logged);
        } catch (RuntimeException e) {
            failed = e; // thrown after the fingerprint, as when these ran after it
        }
        String recomputed = null;
        if (!round.isOpen()) {
            try {
                recomputed = recompute.get();
                MeetingAtClose frozen = MeetingAtClose.decode(atClose);
                if (frozen != null) {
                    meeting = frozen.details();
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                return unreadable(round, stored, e);
            }
        }
        if (tally.entered() > round.issued()) {
            diff.add(Problem.of("error.verify.overIssued", tally.entered(), round.issued()));
        }
        if (round.isOpen()) {
            if (stored != null) {
                diff.add(Problem.of("error.verify.openWithFingerprint"));
            }
            if (atClose != null) {
                diff.add(Problem.of("error.verify.openWithFrozen"));
            }
        } else {
            counts(round, meeting, tally, diff, notes);
            fingerprint(stored, recomputed, events, diff, notes);
        }
        if (failed != null) {
            throw failed;
        }
        diff.addAll(life);
        diff.addAll(logged);
        notes.addAll(loggedNotes);
        return new RoundCheck(round, ballots.size(), tally, stored, recomputed, diff, notes);
    }

    /** As {@link #unreadable(Round, RuntimeException)}, keeping the fingerprint stored on the round. */
    public static RoundCheck unreadable(Round round, String stored, RuntimeException e) {
        RoundCheck u = unreadable(round, e);
        return new RoundCheck(round, 0, null, stored, null, u.differences(), List.of());
    }

    private static void counts(Round round, MeetingDetails meeting, Tally tally, List<Problem> diff,
                               List<Problem> notes) {
        Integer collected = round.collected();
        if (collected == null) {
            diff.add(Problem.of("error.verify.noCollected"));
            return;
        }
        if (collected != tally.entered()) {
            diff.add(Problem.of("error.verify.collected", collected, tally.entered()));
        }
        Integer base = round.base();
        int expected = switch (round.form().base()) {
            case BALLOTS_COLLECTED -> collected;
            case VALID_BALLOTS -> tally.validBallots();
            case MEMBERS_SUMMONED -> meeting.summoned();
            case MEMBERS_PRESENT -> meeting.present();
        };
        if (base == null || base != expected) {
            boolean members = switch (round.form().base()) {
                case MEMBERS_SUMMONED, MEMBERS_PRESENT -> true;
                default -> false;
            };
            // The meeting's members may have been edited since the close; the fingerprint covers the base.
            (members && base != null ? notes : diff).add(Problem.of("error.verify.base", base == null ? "" : base,
                    expected));
        }
    }

    private static void fingerprint(String stored, String recomputed, List<AuditEvent> events, List<Problem> diff,
                                    List<Problem> notes) {
        String logged = null;
        boolean seen = false;
        for (AuditEvent e : events) {
            seen = true;
            if (e.kind() == AuditKind.ROUND_CLOSED) {
                logged = AuditDetail.field(e.detail(), "fingerprint");
            }
        }
        if (stored == null) {
            if (seen) {
                diff.add(Problem.of("error.verify.noFingerprint"));
            } else {
                notes.add(Problem.of("error.verify.beforeFingerprints"));
            }
            return;
        }
        if (!seen) {
            // Fingerprints are only ever written with their log entries: the log of this round is gone.
            diff.add(Problem.of("error.verify.roundLogGone"));
        }
        if (!stored.equals(recomputed)) {
            diff.add(Problem.of("error.verify.fingerprint", Fingerprint.grouped(stored),
                    Fingerprint.grouped(recomputed)));
        }
        if (logged != null && !logged.equals(stored)) {
            diff.add(Problem.of("error.verify.fingerprintLog", Fingerprint.grouped(logged)));
        }
    }

    /** How many changed lines of one ballot verify names, before it says how many more there are. */
    private static final int LINES_NAMED = 3;

    /**
     * A ballot that is not as its entry recorded it. When only marks changed, each changed line is named with its
     * official and both marks in words (a few, then how many more), rather than both lists of 50 mark codes;
     * anything else (its validity, its number) is said with both texts.
     */
    private static void ballotDiffers(Round round, Ballot b, String logged, List<Problem> diff) {
        String now = AuditDetail.ballotRecorded(b);
        List<AuditDetail.MarkChange> changes = AuditDetail.marksChanged(logged, now);
        if (changes.isEmpty()) {
            diff.add(Problem.of("error.verify.ballotDiffers", b.number(), logged, now));
            return;
        }
        for (int i = 0; i < changes.size() && i < LINES_NAMED; i++) {
            AuditDetail.MarkChange c = changes.get(i);
            String name = c.line() <= round.officials().size() ? round.officials().get(c.line() - 1).fullName() : "";
            diff.add(Problem.of("error.verify.ballotLine", b.number(), c.line(), name,
                    markWords(round.form(), c.was()), markWords(round.form(), c.now())));
        }
        if (changes.size() > LINES_NAMED) {
            diff.add(Problem.of("error.verify.ballotMoreLines", b.number(), changes.size() - LINES_NAMED));
        }
    }

    /** A mark's code as the user reads it: the level's name on this form, "no mark" or "several marks". */
    private static Object markWords(BallotForm form, char code) {
        if (code == '0') {
            return Problem.of("error.verify.markNone");
        }
        if (code == '9') {
            return Problem.of("error.verify.markSeveral");
        }
        int level = code - '0';
        if (level < 1 || level > form.levels()) {
            return String.valueOf(code);
        }
        return form.customLevels() ? form.levelNames().get(level - 1)
                : Problem.of("ui.level." + form.kind().name() + "." + level);
    }

    /** Every ballot and void against the entries written when they were made. */
    private static void againstLog(Round round, List<Ballot> ballots, List<AuditEvent> events, List<Problem> diff,
                                   List<Problem> notes) {
        AuditEvent opened = null;
        for (AuditEvent e : events) {
            if (e.kind() == AuditKind.ROUND_OPENED) {
                opened = e;
                break;
            }
        }
        if (opened == null) {
            if (!ballots.isEmpty() || !round.isOpen()) {
                notes.add(Problem.of("error.verify.openedBeforeLog"));
            }
            return;
        }
        if (AuditDetail.field(opened.detail(), "round") == null) {
            // every version wrote round=N first: an entry without it was edited beyond reading ('x'), and compared
            // field by field it would differ in nothing and pass for an entry of an old version
            diff.add(Problem.of("error.verify.openedUnreadable", opened.seq(), opened.detail()));
        } else {
            openedAgainstRound(round, opened, diff, notes);
        }
        ballotsAgainstLog(round, ballots, events, diff);
    }

    /** The round as its opening entry recorded it against the round as the file holds it. */
    private static void openedAgainstRound(Round round, AuditEvent opened, List<Problem> diff, List<Problem> notes) {
        String now = AuditDetail.roundOpened(round);
        List<String> fields = AuditDetail.roundDifferences(opened.detail(), now);
        if (!fields.isEmpty()) {
            LoggedFields f = LoggedFields.of(opened.detail(), now, fields);
            diff.add(Problem.of("error.verify.openedDiffers", f.names(), f.logged(), f.now()));
        }
        if (!AuditDetail.has(opened.detail(), "form")) {
            notes.add(Problem.of("error.verify.openedShort"));
        }
    }

    /** Every ballot and void of a round whose opening entry is in the log against their own entries. */
    private static void ballotsAgainstLog(Round round, List<Ballot> ballots, List<AuditEvent> events,
                                          List<Problem> diff) {
        // Hash maps, the ballots left over put in order only when there are some: 2,000 ballots go in and out of
        // them, mostly before the JVM has compiled this.
        Map<Integer, String> recorded = new HashMap<>(2 * events.size());
        Map<Integer, String> voided = new HashMap<>();
        for (AuditEvent e : events) {
            Map<Integer, String> kind = e.kind() == AuditKind.BALLOT_RECORDED ? recorded
                    : e.kind() == AuditKind.BALLOT_VOIDED ? voided : null;
            int number = kind == null ? -1 : AuditDetail.ballotNumber(e.detail());
            // An entry naming no ballot is said by RoundLife, not as a ballot "-1" missing from the file.
            if (number >= 1) {
                kind.put(number, e.detail());
            }
        }
        for (Ballot b : ballots) {
            String logged = recorded.remove(b.number());
            if (logged == null) {
                diff.add(Problem.of("error.verify.ballotNotLogged", b.number()));
            } else if (!logged.equals(AuditDetail.ballotRecorded(b))) {
                ballotDiffers(round, b, logged, diff);
            }
            String loggedVoid = voided.remove(b.number());
            if (b.voided() && loggedVoid == null) {
                diff.add(Problem.of("error.verify.voidNotLogged", b.number()));
            } else if (!b.voided() && loggedVoid != null) {
                diff.add(Problem.of("error.verify.voidMissing", b.number()));
            } else if (b.voided() && !loggedVoid.equals(AuditDetail.ballotVoided(b))) {
                diff.add(Problem.of("error.verify.voidDiffers", b.number()));
            }
        }
        for (int number : new TreeSet<>(recorded.keySet())) {
            diff.add(Problem.of("error.verify.ballotMissing", number));
        }
        for (int number : new TreeSet<>(voided.keySet())) {
            diff.add(Problem.of("error.verify.voidMissing", number));
        }
    }
}
