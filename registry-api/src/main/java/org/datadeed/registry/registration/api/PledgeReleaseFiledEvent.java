package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The release of a pledge was filed. */
@Revision("1")
public record PledgeReleaseFiledEvent(UUID registrationId, UUID filingId, UUID pledgeId, List<EvidenceRef> evidence, String reason, Actor by, Instant at) implements RegistrationEvent {
}
