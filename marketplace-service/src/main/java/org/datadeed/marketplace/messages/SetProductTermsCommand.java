package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operator sets the licence terms of one of its products. */
public record SetProductTermsCommand(UUID productId, String operatorOrganisation, ProductTermsSpec terms, Actor by, Instant at) {

    /** The product's offer aggregate: its own stream, apart from the registration's, which has the product's id. */
    @TargetAggregateIdentifier
    public String offerId() {
        return "offer:" + productId;
    }
}
