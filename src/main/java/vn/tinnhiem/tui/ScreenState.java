package vn.tinnhiem.tui;

import java.util.List;

/**
 * One screen: its state is an immutable value, {@link #update} is a pure function from (state, message) to the
 * next state plus effects, and {@link #draw} renders the state. Nothing here touches storage or the terminal.
 */
public interface ScreenState {
    Step update(Msg msg);

    void draw(View view);

    /** The keys of this screen as the footer shows them, from the same data the update dispatches on. */
    List<Binding> footer();

    /** A screen that draws every row itself, the bottom one included (the room's view): no footer of keys. */
    default boolean fullScreen() {
        return false;
    }
}
