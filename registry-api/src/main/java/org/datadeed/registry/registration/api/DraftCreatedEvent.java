package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An initial registration was started as a draft. */
@Revision("1")
public record DraftCreatedEvent(UUID registrationId, String holderOrganisation, String holderName, ApplicationContent content, Actor by, Instant at) implements RegistrationEvent {
}
