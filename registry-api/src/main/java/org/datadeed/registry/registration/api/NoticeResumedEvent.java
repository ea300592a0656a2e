package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** With no objection open, the notice runs on to its new last day. */
@Revision("1")
public record NoticeResumedEvent(UUID registrationId, LocalDate endsOn, Actor by, Instant at) implements RegistrationEvent {
}
