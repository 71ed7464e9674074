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
}
