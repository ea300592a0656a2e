package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The application's content was replaced. */
@Revision("1")
public record DraftUpdatedEvent(UUID registrationId, ApplicationContent content, Actor by, Instant at) implements RegistrationEvent {
}
