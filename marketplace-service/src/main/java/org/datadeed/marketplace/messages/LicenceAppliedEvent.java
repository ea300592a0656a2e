package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An application for a licence, with the facts its automatic checks were run on. */
@Revision("1")
public record LicenceAppliedEvent(UUID licenceId, String scenario, String purpose, String deliveryCountry, String crossBorderAssessmentSha256, String eligibilityEvidenceSha256, RequesterFacts requester, ProductFacts product, QuoteFacts quote, Actor by, Instant at) {
}
