package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Someone identified objects during public notice. */
public record RaiseObjectionCommand(@TargetAggregateIdentifier UUID registrationId, UUID objectionId, String objectorName, String grounds, List<EvidenceRef> evidence, Actor by, Instant at) {
}
