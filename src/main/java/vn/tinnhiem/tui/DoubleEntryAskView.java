package vn.tinnhiem.tui;

import java.util.List;

/** The questions of the double-entry screen ({@link DoubleEntryScreen.Ask}), each in a box over the screen. */
final class DoubleEntryAskView {
    private DoubleEntryAskView() {
    }

    static void draw(DoubleEntryScreen s, View v) {
        int round = s.round().number();
        switch (s.ask()) {
            case NUMBERED -> Box.draw(v, v.t("de.numbered.check.title", round), List.of(
                    v.t("de.numbered.check", s.numbered()), v.t("de.numbered.check.keys")));
            case CLOSE -> Box.draw(v, v.t("ui.close.title", round), List.of(v.t("de.close.confirm", round,
                    s.numbered())));
            case DROP, LEAVE -> Box.draw(v, v.t("de.drop.title", s.serial(), s.pass()), List.of(
                    v.t("ui.discard.what", s.draft().wholeInvalid() ? v.t("ui.entry.wholeInvalidShort")
                            : EntryView.marks(s.draft().marks())),
                    v.t("de.drop.then." + s.ask().name().toLowerCase()
                            + (s.ask() == DoubleEntryScreen.Ask.LEAVE && !s.draft().isComplete() ? ".incomplete" : ""),
                            s.draft().lines() - s.draft().marks().size()), v.t("ui.ask.keys")));
        }
    }
}
