package org.datadeed.registry.registration.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The holder of a right filed a pledge of it. */
@Revision("1")
public record PledgeFiledEvent(UUID registrationId, UUID filingId, RightKind right, String pledgeeOrganisation, String pledgeeName, BigDecimal securedAmount, String currency, Term term, List<EvidenceRef> evidence, String reason, Actor by, Instant at) implements RegistrationEvent {
}
