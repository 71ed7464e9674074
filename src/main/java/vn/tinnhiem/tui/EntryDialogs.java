package vn.tinnhiem.tui;

import java.util.Optional;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.Numbers;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.RoundRules;
import vn.tinnhiem.domain.TextRules;

/**
 * The ballot-entry screen's dialogs, as pure steps: the answer to a prompt (void: number and reason; look up: a
 * number; close: the ballots collected) and to a yes/no question. A wrong answer keeps the prompt open with what
 * was typed in it.
 */
final class EntryDialogs {
    private EntryDialogs() {
    }

    static Step answer(EntryScreen s, Confirm.Answer a) {
        if (a == Confirm.Answer.HELP) {
            return Step.stay(new HelpOverlay(s, Confirm.KEYS));
        }
        if (a != Confirm.Answer.YES) {
            return Step.stay(s.keying(s.draft(), s.ask() instanceof EntryAsk.Close ? Notice.info("ui.close.cancelled")
                    : null));
        }
        if (s.ask() instanceof EntryAsk.Close c) {
            return Step.of(s.keying(s.draft(), null), new Effect.CloseRound(s.round().id(), c.collected(),
                    s.tally()));
        }
        if (s.ask() instanceof EntryAsk.Void v) {
            return Step.of(s.keying(s.draft(), null), new Effect.VoidBallot(s.round().id(), v.ballot().number(),
                    v.reason()));
        }
        EntryAsk.Discard d = (EntryAsk.Discard) s.ask();
        EntryScreen empty = s.keying(BallotDraft.empty(s.round().officials().size()),
                Notice.info("ui.entry.abandoned"));
        return switch (d.then()) {
            case CLOSE -> Step.stay(empty.closePrompt(""));
            case LEAVE -> Step.of(empty, new Effect.ToMeeting(s.round().meetingId(), null));
            default -> Step.stay(empty);
        };
    }

    static Step submit(EntryScreen s) {
        EntryScreen.Purpose purpose = (EntryScreen.Purpose) s.prompt().purpose();
        String label = purpose == EntryScreen.Purpose.CLOSE ? "ui.close.collected" : "ui.void.number";
        Checked<Integer> number = Numbers.count(s.prompt().text(0));
        if (!number.isOk()) {
            return Step.stay(s.note(Notice.error(Problem.of("ui.form.fieldProblem", Problem.of(label),
                    number.problem()))));
        }
        if (purpose == EntryScreen.Purpose.CLOSE) {
            Checked<Integer> ok = RoundRules.closing(s.round(), s.tally(), number.value());
            if (!ok.isOk()) {
                return Step.stay(s.note(Notice.error(ok.problem()))); // the prompt stays, with the number in it
            }
            return Step.stay(s.asking(null, new EntryAsk.Close(number.value()), null, null));
        }
        Optional<Ballot> found = s.ballot(number.value());
        if (found.isEmpty()) {
            return Step.stay(s.note(Notice.error(Problem.of("ui.lookup.none", number.value(), s.nextNumber() - 1))));
        }
        if (purpose == EntryScreen.Purpose.LOOKUP) {
            return Step.stay(s.asking(null, null, found.get(), null));
        }
        if (found.get().voided()) {
            return Step.stay(s.note(Notice.error(Problem.of("ui.void.already", number.value(),
                    found.get().voidReason()))));
        }
        Checked<String> reason = TextRules.required(s.prompt().text(1));
        if (!reason.isOk()) {
            return Step.stay(s.note(Notice.error(Problem.of("ui.form.fieldProblem", Problem.of("ui.void.reason"),
                    reason.problem()))));
        }
        return Step.stay(s.asking(null, new EntryAsk.Void(found.get(), reason.value()), null, null));
    }
}
