package vn.tinnhiem.tui;

/**
 * One screen: its state is an immutable value, {@link #update} is a pure function from (state, message) to the
 * next state plus effects, and {@link #draw} renders the state. Nothing here touches storage or the terminal.
 */
public interface ScreenState {
    Step update(Msg msg);

    void draw(View view);

    /** The keys of this screen as the footer shows them, from the same data the update dispatches on. */
    Keys<?> footer();

    /**
     * The window is being closed. By default the screen lets go at once: everything acknowledged is already
     * committed. A screen holding work the chair typed but did not record answers with a question instead.
     */
    default Step quitRequested() {
        return Step.of(this, new Effect.Quit());
    }

    /** A screen that draws every row itself, the bottom one included (the room's view): no footer of keys. */
    default boolean fullScreen() {
        return false;
    }

    /**
     * What the room's own window shows while this screen is up: the round's committed count (never a ballot being
     * typed), or null when the chair is on no round.
     */
    default RoomModel roomModel() {
        return null;
    }
}
