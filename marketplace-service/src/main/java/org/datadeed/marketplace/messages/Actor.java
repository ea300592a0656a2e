package org.datadeed.marketplace.messages;

/** Who did something: the token's subject, its organisation and the role it acted in. */
public record Actor(String subject, String organisation, String role) {

    public static final Actor SYSTEM = new Actor("system", "marketplace", "SYSTEM");
}
