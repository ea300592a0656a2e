package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An evidence file was attached; version counts files of the same kind. */
@Revision("1")
public record EvidenceAttachedEvent(UUID registrationId, EvidenceRef evidence, int version, Actor by, Instant at) implements RegistrationEvent {
}
