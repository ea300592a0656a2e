package org.datadeed.marketplace.messages;

import java.util.UUID;

/** A cost entry's relative weight for one product. */
public record AllocationSpec(UUID productId, int share) {
}
