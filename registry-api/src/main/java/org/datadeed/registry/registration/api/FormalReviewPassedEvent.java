package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Formal review passed; substantive review follows when the risk tier requires it. */
@Revision("1")
public record FormalReviewPassedEvent(UUID registrationId, boolean substantiveReviewRequired, EvidenceKind requiredReport, String reason, Actor by, Instant at) implements RegistrationEvent {
}
