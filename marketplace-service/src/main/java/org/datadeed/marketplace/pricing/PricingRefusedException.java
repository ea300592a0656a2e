package org.datadeed.marketplace.pricing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A pricing command refused because it breaks one or more {@link PricingRule}s. Carries every violation found, not
 * just the first, so a schedule with three prices above the ceiling names all three.
 */
public final class PricingRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public PricingRefusedException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static PricingRefusedException of(PricingRule rule, String detail) {
        return new PricingRefusedException(List.of(new Violation(rule, detail)));
    }

    /** Throws if {@code violations} is not empty. */
    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new PricingRefusedException(violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The first rule broken: the one to report as the problem type. */
    public PricingRule rule() {
        return violations.get(0).rule();
    }

    public boolean refusedFor(PricingRule rule) {
        return violations.stream().anyMatch(v -> v.rule() == rule);
    }
}
