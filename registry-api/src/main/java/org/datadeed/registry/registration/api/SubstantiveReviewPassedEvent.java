package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Substantive review passed on the named report. */
@Revision("1")
public record SubstantiveReviewPassedEvent(UUID registrationId, String reportSha256, String reason, Actor by, Instant at) implements RegistrationEvent {
}
