package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An approved licence of a right to another party (the licence id is the filing id). */
@Revision("1")
public record RightLicensedEvent(UUID registrationId, UUID filingId, RightKind right, String licenseeOrganisation, String licenseeName, String scope, Term term, String territory, boolean exclusive, String reason, Actor by, Instant at) implements RegistrationEvent {
}
