package org.datadeed.platform.domain;

/**
 * A command was refused because a business rule forbids it. Thrown by aggregates and domain services; the web
 * layer turns it into a 422 problem whose {@code type} ends with {@link #rule()}, so clients can tell the rules
 * apart. Nothing changes when it is thrown.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String rule;

    /**
     * @param rule a stable, kebab-case name of the rule, e.g. {@code core-data-refused}
     * @param message what was wrong, for a person
     */
    public DomainRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
