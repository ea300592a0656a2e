package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Formal review began; the registrar's decision is due by dueOn. */
@Revision("1")
public record FormalReviewStartedEvent(UUID registrationId, LocalDate dueOn, Actor by, Instant at) implements RegistrationEvent {
}
