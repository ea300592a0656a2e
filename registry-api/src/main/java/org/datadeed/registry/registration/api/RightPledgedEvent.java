package org.datadeed.registry.registration.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An approved pledge of a right (the pledge id is the filing id). */
@Revision("1")
public record RightPledgedEvent(UUID registrationId, UUID filingId, RightKind right, String pledgeeOrganisation, String pledgeeName, BigDecimal securedAmount, String currency, Term term, String reason, Actor by, Instant at) implements RegistrationEvent {
}
