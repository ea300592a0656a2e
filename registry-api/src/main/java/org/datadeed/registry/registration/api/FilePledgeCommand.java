package org.datadeed.registry.registration.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The holder of a right files a pledge of it as security. */
public record FilePledgeCommand(@TargetAggregateIdentifier UUID registrationId, UUID filingId, RightKind right, String pledgeeOrganisation, String pledgeeName, BigDecimal securedAmount, String currency, Term term, List<EvidenceRef> evidence, String reason, Actor by, Instant at) {
}
