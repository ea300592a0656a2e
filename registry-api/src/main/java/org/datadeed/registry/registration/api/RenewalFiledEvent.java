package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The holder filed a renewal. */
@Revision("1")
public record RenewalFiledEvent(UUID registrationId, UUID filingId, List<EvidenceRef> evidence, String reason, Actor by, Instant at) implements RegistrationEvent {
}
