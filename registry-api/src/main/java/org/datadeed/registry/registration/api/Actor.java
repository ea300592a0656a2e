package org.datadeed.registry.registration.api;

/** Who took a decision: the token's subject, the organisation it acted for and the role it acted in; {@link #SYSTEM} for deadlines. */
public record Actor(String subject, String organisation, String role) {

    /** Decisions taken by the registry itself when a deadline passes. */
    public static final Actor SYSTEM = new Actor("system", "registry", "SYSTEM");

    /** {@code subject@organisation (ROLE)}, as the timeline shows it. */
    public String describe() {
        return subject + "@" + organisation + " (" + role + ")";
    }
}
