package org.datadeed.registry.registration.api;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start an initial registration as a draft. */
public record CreateDraftCommand(@TargetAggregateIdentifier UUID registrationId, String holderOrganisation, String holderName, ApplicationContent content, Actor by, Instant at) {
}
