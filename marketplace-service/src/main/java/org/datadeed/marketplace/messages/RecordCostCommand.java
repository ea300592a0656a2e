package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operator records an operating cost of a period and how it is allocated to its products. */
public record RecordCostCommand(@TargetAggregateIdentifier String organisation, UUID entryId, int year, String component, String amount, String description, List<AllocationSpec> allocations, Actor by, Instant at) {
}
