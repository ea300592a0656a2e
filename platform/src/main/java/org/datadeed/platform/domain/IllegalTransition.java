package org.datadeed.platform.domain;

/**
 * A command asked for a state change that the state machine does not allow from the current state. Becomes a
 * 409 {@code illegal-transition} problem; no event is written.
 */
public class IllegalTransition extends RuntimeException {

    private final String from;
    private final String action;

    public IllegalTransition(Enum<?> from, String action) {
        super("Cannot %s from %s".formatted(action, from));
        this.from = from.name();
        this.action = action;
    }

    public String from() {
        return from;
    }

    public String action() {
        return action;
    }
}
