package org.datadeed.registry.registration.web;

import java.util.UUID;

import org.datadeed.api.registry.ReviewApi;
import org.datadeed.api.registry.model.Classification;
import org.datadeed.api.registry.model.CorrectionRequest;
import org.datadeed.api.registry.model.Decision;
import org.datadeed.api.registry.model.ObjectType;
import org.datadeed.api.registry.model.Refusal;
import org.datadeed.api.registry.model.Registration;
import org.datadeed.api.registry.model.ReviewQueuePage;
import org.datadeed.api.registry.model.ReviewStage;
import org.datadeed.api.registry.model.SubstantiveReviewDecision;
import org.datadeed.platform.domain.Forbidden;
import org.datadeed.platform.security.Role;
import org.datadeed.registry.registration.api.*;
import org.datadeed.registry.registration.query.RegistrationQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The registrar's review workflow; reviewers only (regulators may read the queue). */
@RestController
class ReviewController implements ReviewApi {

    private final CommandSupport support;
    private final RegistrationQueries queries;

    ReviewController(CommandSupport support, RegistrationQueries queries) {
        this.support = support;
        this.queries = queries;
    }

    @Override
    public ResponseEntity<ReviewQueuePage> getReviewQueue(ReviewStage stage, ObjectType objectType,
                                                          Classification classification, Integer page, Integer size) {
        if (!support.caller().hasAny(Role.REVIEWER, Role.REGULATOR)) {
            throw new Forbidden("The review queue is for reviewers and regulators");
        }
        return ResponseEntity.ok(queries.reviewQueue(stage, objectType, classification, page, size));
    }

    @Override
    public ResponseEntity<Registration> acceptApplication(UUID registrationId, Decision decision, String idempotencyKey) {
        return support.send(registrationId, () -> new AcceptApplicationCommand(registrationId, decision.getReason(),
                support.actingAs(Role.REVIEWER), support.now()));
    }

    @Override
    public ResponseEntity<Registration> refuseAcceptance(UUID registrationId, Refusal refusal, String idempotencyKey) {
        return support.send(registrationId, () -> new RefuseAcceptanceCommand(registrationId,
                RequestMapper.convert(refusal.getGrounds(), RefusalGrounds.class), refusal.getReason(),
                support.actingAs(Role.REVIEWER), support.now()));
    }

    @Override
    public ResponseEntity<Registration> requestCorrection(UUID registrationId, CorrectionRequest request, String idempotencyKey) {
        return support.send(registrationId, () -> new RequestCorrectionCommand(registrationId, request.getItems(),
                request.getReason(), support.actingAs(Role.REVIEWER), support.now()));
    }

    @Override
    public ResponseEntity<Registration> passFormalReview(UUID registrationId, Decision decision, String idempotencyKey) {
        return support.send(registrationId, () -> new PassFormalReviewCommand(registrationId, decision.getReason(),
                support.actingAs(Role.REVIEWER), support.now()));
    }

    @Override
    public ResponseEntity<Registration> passSubstantiveReview(UUID registrationId, SubstantiveReviewDecision decision,
                                                              String idempotencyKey) {
        return support.send(registrationId, () -> new PassSubstantiveReviewCommand(registrationId, decision.getReportSha256(),
                decision.getReason(), support.actingAs(Role.REVIEWER), support.now()));
    }

    @Override
    public ResponseEntity<Registration> rejectApplication(UUID registrationId, Refusal refusal, String idempotencyKey) {
        return support.send(registrationId, () -> new RejectApplicationCommand(registrationId,
                RequestMapper.convert(refusal.getGrounds(), RefusalGrounds.class), refusal.getReason(),
                support.actingAs(Role.REVIEWER), support.now()));
    }

    @Override
    public ResponseEntity<Registration> publishNotice(UUID registrationId, Decision decision, String idempotencyKey) {
        return support.send(registrationId, () -> new PublishNoticeCommand(registrationId, decision.getReason(),
                support.actingAs(Role.REVIEWER), support.now()));
    }
}
