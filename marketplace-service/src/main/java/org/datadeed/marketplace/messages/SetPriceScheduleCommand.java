package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operator sets the actual prices, effective at once; never above the ceiling in force. */
public record SetPriceScheduleCommand(UUID productId, String operatorOrganisation, List<PriceLineSpec> prices, List<ScenarioDiscountSpec> scenarioDiscounts, Actor by, Instant at) {

    /** The product's offer aggregate: its own stream, apart from the registration's, which has the product's id. */
    @TargetAggregateIdentifier
    public String offerId() {
        return "offer:" + productId;
    }
}
