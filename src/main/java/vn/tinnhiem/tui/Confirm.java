package vn.tinnhiem.tui;

import static vn.tinnhiem.tui.Binding.ch;
import static vn.tinnhiem.tui.Binding.type;

import com.googlecode.lanterna.input.KeyType;

/** The keys of a yes/no question over a screen: Enter does what the question says, Esc (or n) does nothing. */
final class Confirm {
    enum Answer { YES, NO, HELP }

    static final Keys<Answer> KEYS = Keys.of("confirm",
            Binding.of("Enter", "ui.key.confirm", 1, Answer.YES, type(KeyType.Enter)),
            Binding.of("Esc", "ui.key.cancel", 1, Answer.NO, type(KeyType.Escape).or(ch('n'))),
            Binding.of("F1", Keys.HELP, 0, Answer.HELP, Binding.help()));

    /**
     * A count read back for the committee to confirm ("did you number 6 ballots, 1 to 6?"): Enter says it is right,
     * Esc goes back to correct it, as the question says; the keys act as {@link #KEYS}.
     */
    static final Keys<Answer> CHECK = Keys.of("confirmCheck",
            Binding.of("Enter", "ui.key.right", 1, Answer.YES, type(KeyType.Enter)),
            Binding.of("Esc", "ui.key.correct", 1, Answer.NO, type(KeyType.Escape).or(ch('n'))),
            Binding.of("F1", Keys.HELP, 0, Answer.HELP, Binding.help()));

    private Confirm() {
    }
}
