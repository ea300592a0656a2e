package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The applicant resubmitted after correcting; formal review resumes. */
@Revision("1")
public record CorrectionResubmittedEvent(UUID registrationId, String statement, LocalDate reviewDueOn, Actor by, Instant at) implements RegistrationEvent {
}
