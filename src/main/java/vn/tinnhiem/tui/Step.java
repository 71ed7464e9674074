package vn.tinnhiem.tui;

import java.util.List;

/** What an update returns: the next state of the screen and the effects the runtime is to carry out. */
public record Step(ScreenState state, List<Effect> effects) {
    public Step {
        effects = List.copyOf(effects);
    }

    public static Step stay(ScreenState state) {
        return new Step(state, List.of());
    }

    public static Step of(ScreenState state, Effect... effects) {
        return new Step(state, List.of(effects));
    }
}
