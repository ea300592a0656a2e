package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An enterprise applies for a licence on a quote; the automatic checks run on the facts gathered at this instant. */
public record ApplyForLicenceCommand(@TargetAggregateIdentifier UUID licenceId, String scenario, String purpose, String deliveryCountry, String crossBorderAssessmentSha256, String eligibilityEvidenceSha256, RequesterFacts requester, ProductFacts product, QuoteFacts quote, Actor by, Instant at) {
}
