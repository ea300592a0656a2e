package org.datadeed.registry.registration.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.datadeed.api.registry.model.Registration;
import org.datadeed.api.registry.model.ReviewStage;

/**
 * One row of the registration read model: the API document plus what the registrar's queue needs and the API does
 * not show.
 */
final class RegistrationView {

    final Registration document;
    ReviewStage reviewStage;
    OffsetDateTime reviewSince;
    LocalDate reviewDueOn;
    UUID pendingFilingId;
    String pendingFilingType;

    RegistrationView(Registration document) {
        this.document = document;
    }

    void awaitReview(ReviewStage stage, OffsetDateTime since, LocalDate dueOn) {
        reviewStage = stage;
        reviewSince = since;
        reviewDueOn = dueOn;
    }

    void clearReview() {
        reviewStage = null;
        reviewSince = null;
        reviewDueOn = null;
    }
}
