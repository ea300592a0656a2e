package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operator sets the actual prices, effective at once; never above the ceiling in force. */
public record SetPriceScheduleCommand(@TargetAggregateIdentifier UUID productId, String operatorOrganisation, List<PriceLineSpec> prices, List<ScenarioDiscountSpec> scenarioDiscounts, Actor by, Instant at) {
}
