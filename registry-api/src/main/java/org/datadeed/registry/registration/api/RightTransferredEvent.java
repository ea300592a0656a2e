package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An approved transfer: the right has a new holder. */
@Revision("1")
public record RightTransferredEvent(UUID registrationId, UUID filingId, RightKind right, String fromOrganisation, String toOrganisation, String toName, int certificateVersion, String reason, Actor by, Instant at) implements RegistrationEvent {
}
