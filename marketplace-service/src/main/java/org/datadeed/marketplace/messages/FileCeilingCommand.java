package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the ceiling price the authorising body filed for a product. */
public record FileCeilingCommand(UUID productId, UUID filingId, String operatorOrganisation, String filingReference, String authorisingBody, Instant effectiveFrom, Instant effectiveUntil, boolean trial, List<PriceLineSpec> ceilings, Actor by, Instant at) {

    /** The product's offer aggregate: its own stream, apart from the registration's, which has the product's id. */
    @TargetAggregateIdentifier
    public String offerId() {
        return "offer:" + productId;
    }
}
