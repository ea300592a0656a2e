package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An operating cost was recorded in the operator's cost ledger. */
@Revision("1")
public record CostRecordedEvent(String organisation, UUID entryId, int year, String component, String amount, String description, List<AllocationSpec> allocations, Actor by, Instant at) {

    public CostRecordedEvent {
        allocations = List.copyOf(allocations);
    }
}
