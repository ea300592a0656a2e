package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An objection was raised; the notice pauses with workingDaysLeft to run. */
@Revision("1")
public record ObjectionRaisedEvent(UUID registrationId, UUID objectionId, String objectorName, String grounds, List<EvidenceRef> evidence, LocalDate responseDueOn, int noticeWorkingDaysLeft, Actor by, Instant at) implements RegistrationEvent {
}
