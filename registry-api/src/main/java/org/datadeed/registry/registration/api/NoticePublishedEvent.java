package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The public notice was published for the configured working days. */
@Revision("1")
public record NoticePublishedEvent(UUID registrationId, LocalDate startsOn, LocalDate endsOn, String reason, Actor by, Instant at) implements RegistrationEvent {
}
