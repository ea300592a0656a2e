package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The registrar asked for corrections, to be made by dueOn. */
@Revision("1")
public record CorrectionRequestedEvent(UUID registrationId, List<String> items, String reason, LocalDate dueOn, Actor by, Instant at) implements RegistrationEvent {
}
