package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The operator set the licence terms of its product. */
@Revision("1")
public record ProductTermsSetEvent(UUID productId, String operatorOrganisation, ProductTermsSpec terms, Actor by, Instant at) {
}
