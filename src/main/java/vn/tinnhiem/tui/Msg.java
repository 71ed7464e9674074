package vn.tinnhiem.tui;

import java.util.List;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.LineProblem;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.Round;

/** What reaches a screen: a key, or the outcome of an effect it asked for. */
public sealed interface Msg {
    /** A key the chair pressed. */
    record Key(com.googlecode.lanterna.input.KeyStroke stroke) implements Msg {
    }

    /** Time passing, in milliseconds of the wall clock, for what moves by itself (the room's pages). */
    record Tick(long millis) implements Msg {
    }

    /** The runtime switches to another screen; handled by the runtime, not by a screen. */
    record Show(ScreenState screen) implements Msg {
    }

    /** The effect was refused or failed; nothing was written. */
    record Refused(Problem problem) implements Msg {
    }

    /** Files were written; the notice says where. */
    record Written(Problem notice) implements Msg {
    }

    /** The ballot's transaction committed. */
    record BallotCommitted(Ballot ballot) implements Msg {
    }

    record BallotVoided(Ballot ballot) implements Msg {
    }

    /** A tally-sheet entry's transaction committed. */
    record SheetSaved(vn.tinnhiem.domain.SheetEntry entry) implements Msg {
    }

    record RoundClosed(Round round) implements Msg {
    }

    /** The roster after a change, with the official to select. */
    record RosterChanged(List<Official> roster, int selected, Problem notice) implements Msg {
    }

    /** A roster file had problems: every bad line, and nothing was imported. */
    record ImportRefused(String file, List<LineProblem> problems) implements Msg {
    }

    /** A reading of double entry committed, with the ballot it added when it settled its serial. */
    record ReadingKept(vn.tinnhiem.store.RecordedReading kept) implements Msg {
    }
}
