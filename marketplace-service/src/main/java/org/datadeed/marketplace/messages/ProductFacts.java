package org.datadeed.marketplace.messages;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the catalogue and the product's terms say at the moment of an application or renewal. */
public record ProductFacts(UUID productId, String productName, String operatorOrganisation, String registrationStatus, LocalDate registrationValidUntil, boolean operationRightHeldByOperator, String classification, boolean personalInformation, List<String> scenarios, ProductTermsSpec terms) {

    public ProductFacts {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }
}
