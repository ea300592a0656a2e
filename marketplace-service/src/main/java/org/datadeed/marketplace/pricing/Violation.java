package org.datadeed.marketplace.pricing;

import java.util.Objects;

/**
 * One broken rule, with the detail a price auditor or an API client needs to see why.
 *
 * @param rule   the rule
 * @param detail what exactly was wrong, with the numbers involved
 */
public record Violation(PricingRule rule, String detail) {

    public Violation {
        Objects.requireNonNull(rule, "rule");
        Decimals.requireText(detail, "detail");
    }

    @Override
    public String toString() {
        return rule.code() + ": " + detail;
    }
}
