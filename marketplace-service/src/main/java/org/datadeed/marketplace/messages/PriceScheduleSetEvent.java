package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A new version of the product's actual prices took effect. */
@Revision("1")
public record PriceScheduleSetEvent(UUID productId, int version, String operatorOrganisation, List<PriceLineSpec> prices, List<ScenarioDiscountSpec> scenarioDiscounts, Actor by, Instant at) {
}
