package org.datadeed.marketplace.messages;

import java.util.List;

/** The operator's licence terms for a product. */
public record ProductTermsSpec(List<String> useCategories, String delivery, int termMonths, Long maxCallsPerMonth, Double maxGbPerMonth, int overUseAlertPercent, boolean autoApprove, boolean crossBorderAllowed) {

    public ProductTermsSpec {
        useCategories = List.copyOf(useCategories);
    }
}
