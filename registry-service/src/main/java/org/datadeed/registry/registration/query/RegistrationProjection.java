package org.datadeed.registry.registration.query;

import static org.datadeed.registry.registration.query.ApiModels.convert;
import static org.datadeed.registry.registration.query.ApiModels.time;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.datadeed.api.registry.model.Certificate;
import org.datadeed.api.registry.model.CorrectionRequestView;
import org.datadeed.api.registry.model.EvidenceKind;
import org.datadeed.api.registry.model.Filing;
import org.datadeed.api.registry.model.Notice;
import org.datadeed.api.registry.model.Objection;
import org.datadeed.api.registry.model.Pledge;
import org.datadeed.api.registry.model.Registration;
import org.datadeed.api.registry.model.RegistrationStatus;
import org.datadeed.api.registry.model.RegistrationType;
import org.datadeed.api.registry.model.ReviewStage;
import org.datadeed.api.registry.model.Right;
import org.datadeed.api.registry.model.RightLicence;
import org.datadeed.registry.calendar.WorkingDayCalendar;
import org.datadeed.registry.config.RegistryProperties;
import org.datadeed.registry.registration.api.*;
import org.datadeed.registry.registration.command.RegistrationPolicy;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code registration_view} and {@code registration_timeline} in step with the registration events. It runs
 * as a subscribing processor, in the transaction that stores the events, so a client reads its own writes.
 */
@Component
@ProcessingGroup(RegistrationProjection.NAME)
class RegistrationProjection {

    static final String NAME = "registration-projection";

    private final RegistrationViewStore store;
    private final RegistrationPolicy policy;
    private final WorkingDayCalendar calendar;
    private final RegistryProperties properties;

    RegistrationProjection(RegistrationViewStore store, RegistrationPolicy policy, WorkingDayCalendar calendar,
                           RegistryProperties properties) {
        this.store = store;
        this.policy = policy;
        this.calendar = calendar;
        this.properties = properties;
    }

    // ---------------------------------------------------------------- application

    @EventHandler
    void on(DraftCreatedEvent e, @SequenceNumber long sequence) {
        Registration doc = new Registration()
                .registrationId(e.registrationId())
                .status(RegistrationStatus.DRAFT)
                .holderOrganisation(e.holderOrganisation())
                .createdAt(time(e.at()))
                .frozen(false);
        ApiModels.content(doc, e.content());
        doc.setRights(rights(e.content(), e.holderOrganisation(), e.holderName()));
        RegistrationView view = new RegistrationView(doc);
        refreshMissingEvidence(doc);
        save(view, e, sequence, "Draft created: " + e.content().name(), null);
    }

    @EventHandler
    void on(DraftUpdatedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Application content replaced", null, view -> {
            String applicant = view.document.getHolderOrganisation();
            String applicantName = view.document.getRights().stream()
                    .filter(right -> applicant.equals(right.getHolderOrganisation()) && right.getHolderName() != null)
                    .map(Right::getHolderName).findFirst().orElse(applicant);
            java.util.Map<String, java.time.OffsetDateTime> confirmed = new java.util.HashMap<>();
            view.document.getRights().stream().filter(right -> right.getConfirmedAt() != null)
                    .forEach(right -> confirmed.put(claimKey(right), right.getConfirmedAt()));
            ApiModels.content(view.document, e.content());
            view.document.setRights(rights(e.content(), applicant, applicantName));
            // a claim that stayed exactly as it was keeps its confirmation, as in the aggregate
            view.document.getRights().forEach(right -> right.setConfirmedAt(confirmed.get(claimKey(right))));
            refreshMissingEvidence(view.document);
        });
    }

    @EventHandler
    void on(RightClaimConfirmedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "The " + e.claim().kind() + " right claimed for " + e.claim().holderOrganisation()
                + " confirmed by that organisation", null, view -> view.document.getRights().stream()
                .filter(right -> right.getKind().getValue().equals(e.claim().kind().name())
                        && e.claim().holderOrganisation().equals(right.getHolderOrganisation()))
                .forEach(right -> right.setConfirmedAt(time(e.at()))));
    }

    /** What identifies a claim for its confirmation: everything the holder confirmed. */
    private static String claimKey(Right right) {
        return String.join("|", String.valueOf(right.getKind()), String.valueOf(right.getHolderOrganisation()),
                String.valueOf(right.getScope()), String.valueOf(right.getTerm()), String.valueOf(right.getTerritory()));
    }

    @EventHandler
    void on(EvidenceAttachedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Evidence attached: %s v%d (%s, sha256 %s)".formatted(e.evidence().kind(), e.version(),
                e.evidence().fileName(), e.evidence().sha256()), null, view -> {
            view.document.getEvidence().add(ApiModels.evidence(e.evidence(), e.version(), e.at(), e.by().describe()));
            refreshMissingEvidence(view.document);
        });
    }

    @EventHandler
    void on(ApplicationSubmittedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Application submitted", "Application submitted", view -> {
            status(view, RegistrationStatus.SUBMITTED);
            view.awaitReview(ReviewStage.ACCEPTANCE, time(e.at()), due(e.at()));
        });
    }

    @EventHandler
    void on(ApplicationWithdrawnEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Application withdrawn", "Application withdrawn", view -> {
            status(view, RegistrationStatus.WITHDRAWN);
            view.clearReview();
        });
    }

    // ---------------------------------------------------------------- review

    @EventHandler
    void on(ApplicationAcceptedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Accepted as " + e.registrationNumber(), "Application accepted", view -> {
            status(view, RegistrationStatus.ACCEPTED);
            view.document.setRegistrationNumber(e.registrationNumber());
        });
    }

    @EventHandler
    void on(AcceptanceRefusedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Not accepted (" + e.grounds() + ")", "Application not accepted", view -> {
            status(view, RegistrationStatus.NOT_ACCEPTED);
            view.clearReview();
        });
    }

    @EventHandler
    void on(FormalReviewStartedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Formal review started; due " + e.dueOn(), null, view -> {
            status(view, RegistrationStatus.FORMAL_REVIEW);
            view.awaitReview(ReviewStage.FORMAL_REVIEW, time(e.at()), e.dueOn());
        });
    }

    @EventHandler
    void on(CorrectionRequestedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Correction requested (" + e.items().size() + " items), due " + e.dueOn(), null, view -> {
            status(view, RegistrationStatus.CORRECTION_REQUESTED);
            view.document.setCorrectionRequest(new CorrectionRequestView().reason(e.reason())
                    .items(new ArrayList<>(e.items())).requestedAt(time(e.at())).dueOn(e.dueOn()));
            view.clearReview();
        });
    }

    @EventHandler
    void on(CorrectionResubmittedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Corrected application resubmitted", null, view -> {
            status(view, RegistrationStatus.FORMAL_REVIEW);
            view.document.setCorrectionRequest(null);
            view.awaitReview(ReviewStage.FORMAL_REVIEW, time(e.at()), e.reviewDueOn());
        });
    }

    @EventHandler
    void on(ApplicationLapsedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Lapsed: no correction by " + e.dueOn(), "Application lapsed", view -> {
            status(view, RegistrationStatus.LAPSED);
            view.clearReview();
        });
    }

    @EventHandler
    void on(FormalReviewPassedEvent e, @SequenceNumber long sequence) {
        String next = e.substantiveReviewRequired() ? "substantive review on a " + e.requiredReport() : "notice approval";
        update(e, sequence, "Formal review passed; next: " + next, null, view -> {
            view.document.setSubstantiveReviewRequired(e.substantiveReviewRequired());
            if (e.substantiveReviewRequired()) {
                status(view, RegistrationStatus.SUBSTANTIVE_REVIEW);
                view.awaitReview(ReviewStage.SUBSTANTIVE_REVIEW, time(e.at()), due(e.at()));
            } else {
                status(view, RegistrationStatus.APPROVED_FOR_NOTICE);
                view.awaitReview(ReviewStage.NOTICE_APPROVAL, time(e.at()), due(e.at()));
            }
        });
    }

    @EventHandler
    void on(SubstantiveReviewPassedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Substantive review passed on report " + e.reportSha256(), null, view -> {
            status(view, RegistrationStatus.APPROVED_FOR_NOTICE);
            view.awaitReview(ReviewStage.NOTICE_APPROVAL, time(e.at()), due(e.at()));
        });
    }

    @EventHandler
    void on(ApplicationRejectedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Rejected (" + e.grounds() + ")", "Application rejected", view -> {
            status(view, RegistrationStatus.REJECTED);
            view.clearReview();
        });
    }

    // ---------------------------------------------------------------- notice and objections

    @EventHandler
    void on(NoticePublishedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Public notice from " + e.startsOn() + " to " + e.endsOn(),
                "Public notice from " + e.startsOn() + " to " + e.endsOn(), view -> {
                    status(view, RegistrationStatus.IN_NOTICE);
                    view.document.setNotice(new Notice(e.startsOn(), e.endsOn()));
                    view.clearReview();
                });
    }

    @EventHandler
    void on(ObjectionRaisedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Objection by " + e.objectorName() + "; response due " + e.responseDueOn(),
                "Objection raised; notice paused", view -> {
                    status(view, RegistrationStatus.OBJECTION_RAISED);
                    view.document.getObjections().add(new Objection(e.objectionId(), Objection.StatusEnum.AWAITING_RESPONSE,
                            e.objectorName(), e.grounds(), time(e.at()), e.responseDueOn())
                            .objectorOrganisation(e.by().organisation())
                            .evidence(new ArrayList<>(ApiModels.evidence(e.evidence(), e.at(), e.by().describe()))));
                    view.clearReview();
                });
    }

    @EventHandler
    void on(ObjectionRespondedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Applicant responded to objection " + e.objectionId(), null, view -> {
            Objection objection = objection(view, e.objectionId());
            objection.status(Objection.StatusEnum.AWAITING_DECISION).response(e.statement());
            objection.getEvidence().addAll(ApiModels.evidence(e.evidence(), e.at(), e.by().describe()));
            objectionStatus(view, e.at());
        });
    }

    @EventHandler
    void on(ObjectionResponseWindowClosedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Response window closed for objection " + e.objectionId(), null, view -> {
            objection(view, e.objectionId()).status(Objection.StatusEnum.AWAITING_DECISION);
            objectionStatus(view, e.at());
        });
    }

    @EventHandler
    void on(ObjectionUpheldEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Objection " + e.objectionId() + " upheld", "Objection upheld", view ->
                objection(view, e.objectionId()).status(Objection.StatusEnum.UPHELD).decisionReason(e.reason()));
    }

    @EventHandler
    void on(ObjectionDismissedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Objection " + e.objectionId() + " dismissed", "Objection dismissed", view -> {
            objection(view, e.objectionId()).status(Objection.StatusEnum.DISMISSED).decisionReason(e.reason());
            objectionStatus(view, e.at());
        });
    }

    @EventHandler
    void on(NoticeResumedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Notice resumed; ends " + e.endsOn(), "Notice resumed; ends " + e.endsOn(), view -> {
            status(view, RegistrationStatus.IN_NOTICE);
            view.document.getNotice().setEndsOn(e.endsOn());
        });
    }

    @EventHandler
    void on(RegistrationGrantedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Registered; certificate " + e.certificateNumber() + " valid " + e.validFrom() + " to " + e.validUntil(),
                "Registered; certificate issued", view -> {
                    status(view, RegistrationStatus.REGISTERED);
                    view.document.setCertificate(new Certificate(e.certificateNumber(), 1, time(e.at()), e.validFrom(),
                            e.validUntil()).verificationUrl(properties.verificationUrlOf(e.certificateNumber())));
                });
    }

    // ---------------------------------------------------------------- filings

    @EventHandler
    void on(ChangeFiledEvent e, @SequenceNumber long sequence) {
        filed(e, sequence, e.filingId(), RegistrationType.CHANGE, e.reason(), "Change of particulars");
    }

    @EventHandler
    void on(CorrectionFiledEvent e, @SequenceNumber long sequence) {
        filed(e, sequence, e.filingId(), RegistrationType.CORRECTION, e.reason(), "Correction of the record");
    }

    @EventHandler
    void on(TransferFiledEvent e, @SequenceNumber long sequence) {
        filed(e, sequence, e.filingId(), RegistrationType.TRANSFER, e.reason(),
                "Transfer of the " + e.right() + " right to " + e.transfereeName() + " (" + e.transfereeOrganisation() + ")");
    }

    @EventHandler
    void on(LicenceFiledEvent e, @SequenceNumber long sequence) {
        filed(e, sequence, e.filingId(), RegistrationType.LICENCE, e.reason(), (e.exclusive() ? "Exclusive" : "Non-exclusive")
                + " licence of the " + e.right() + " right to " + e.licenseeName() + " (" + e.licenseeOrganisation() + ")");
    }

    @EventHandler
    void on(PledgeFiledEvent e, @SequenceNumber long sequence) {
        filed(e, sequence, e.filingId(), RegistrationType.PLEDGE, e.reason(), "Pledge of the " + e.right() + " right to "
                + e.pledgeeName() + " securing " + e.securedAmount().toPlainString() + " " + e.currency());
    }

    @EventHandler
    void on(PledgeReleaseFiledEvent e, @SequenceNumber long sequence) {
        filed(e, sequence, e.filingId(), RegistrationType.PLEDGE_RELEASE, e.reason(), "Release of pledge " + e.pledgeId());
    }

    @EventHandler
    void on(RenewalFiledEvent e, @SequenceNumber long sequence) {
        filed(e, sequence, e.filingId(), RegistrationType.RENEWAL, e.reason(), "Renewal");
    }

    @EventHandler
    void on(CancellationFiledEvent e, @SequenceNumber long sequence) {
        filed(e, sequence, e.filingId(), RegistrationType.CANCELLATION, e.reason(), "Voluntary cancellation");
    }

    @EventHandler
    void on(FilingRejectedEvent e, @SequenceNumber long sequence) {
        decided(e, sequence, e.filingId(), Filing.StatusEnum.REJECTED, e.reason(),
                e.type() + " filing rejected (" + e.grounds() + ")", null, view -> { });
    }

    @EventHandler
    void on(FilingLapsedEvent e, @SequenceNumber long sequence) {
        decided(e, sequence, e.filingId(), Filing.StatusEnum.LAPSED, e.reason(), e.type() + " filing lapsed: " + e.reason(),
                null, view -> { });
    }

    @EventHandler
    void on(FilingWithdrawnEvent e, @SequenceNumber long sequence) {
        decided(e, sequence, e.filingId(), Filing.StatusEnum.WITHDRAWN, e.reason(), e.type() + " filing withdrawn", null,
                view -> { });
    }

    @EventHandler
    void on(ParticularsChangedEvent e, @SequenceNumber long sequence) {
        decided(e, sequence, e.filingId(), Filing.StatusEnum.APPROVED, e.reason(),
                "Change registered; certificate version " + e.certificateVersion(), "Particulars changed", view -> {
                    ApiModels.change(view.document, e.change());
                    certificateVersion(view, e.certificateVersion());
                });
    }

    @EventHandler
    void on(RecordCorrectedEvent e, @SequenceNumber long sequence) {
        Consumer<RegistrationView> change = view -> {
            ApiModels.change(view.document, e.change());
            certificateVersion(view, e.certificateVersion());
        };
        String summary = (e.exOfficio() ? "Corrected ex officio" : "Correction registered") + "; certificate version "
                + e.certificateVersion();
        if (e.filingId() == null) {
            update(e, sequence, summary, "Record corrected", change);
        } else {
            decided(e, sequence, e.filingId(), Filing.StatusEnum.APPROVED, e.reason(), summary, "Record corrected", change);
        }
    }

    @EventHandler
    void on(RightTransferredEvent e, @SequenceNumber long sequence) {
        decided(e, sequence, e.filingId(), Filing.StatusEnum.APPROVED, e.reason(),
                "The " + e.right() + " right transferred from " + e.fromOrganisation() + " to " + e.toOrganisation(),
                "The " + e.right() + " right transferred to " + e.toName(), view -> {
                    Right right = right(view, e.right());
                    right.holderOrganisation(e.toOrganisation()).holderName(e.toName());
                    if (e.right() == RightKind.HOLDING) {
                        view.document.setHolderOrganisation(e.toOrganisation());
                    }
                    certificateVersion(view, e.certificateVersion());
                });
    }

    @EventHandler
    void on(RightLicensedEvent e, @SequenceNumber long sequence) {
        decided(e, sequence, e.filingId(), Filing.StatusEnum.APPROVED, e.reason(),
                "The " + e.right() + " right licensed to " + e.licenseeOrganisation(),
                "The " + e.right() + " right licensed to " + e.licenseeName(), view ->
                        right(view, e.right()).getLicences().add(new RightLicence(e.filingId(), e.licenseeOrganisation(),
                                e.scope(), ApiModels.term(e.term()), e.territory(), e.exclusive())
                                .licenseeName(e.licenseeName()).registeredAt(time(e.at()))));
    }

    @EventHandler
    void on(RightPledgedEvent e, @SequenceNumber long sequence) {
        decided(e, sequence, e.filingId(), Filing.StatusEnum.APPROVED, e.reason(),
                "The " + e.right() + " right pledged to " + e.pledgeeOrganisation(),
                "The " + e.right() + " right pledged", view ->
                        right(view, e.right()).getPledges().add(new Pledge(e.filingId(), e.pledgeeOrganisation(),
                                e.securedAmount().toPlainString(), e.currency(), ApiModels.term(e.term()))
                                .pledgeeName(e.pledgeeName()).registeredAt(time(e.at()))));
    }

    @EventHandler
    void on(PledgeReleasedEvent e, @SequenceNumber long sequence) {
        decided(e, sequence, e.filingId(), Filing.StatusEnum.APPROVED, e.reason(), "Pledge " + e.pledgeId() + " released",
                "Pledge released", view -> view.document.getRights()
                        .forEach(right -> right.getPledges().removeIf(p -> p.getPledgeId().equals(e.pledgeId()))));
    }

    @EventHandler
    void on(RegistrationRenewedEvent e, @SequenceNumber long sequence) {
        decided(e, sequence, e.filingId(), Filing.StatusEnum.APPROVED, e.reason(), "Renewed until " + e.validUntil(),
                "Renewed until " + e.validUntil(), view -> view.document.getCertificate().setValidUntil(e.validUntil()));
    }

    @EventHandler
    void on(RegistrationCancelledEvent e, @SequenceNumber long sequence) {
        Consumer<RegistrationView> cancel = view -> status(view, RegistrationStatus.CANCELLED);
        if (e.exOfficio()) {
            update(e, sequence, "Cancelled ex officio (" + e.grounds() + ")", "Cancelled ex officio", cancel);
        } else {
            decided(e, sequence, e.filingId(), Filing.StatusEnum.APPROVED, e.reason(), "Cancelled at the holder's request",
                    "Cancelled", cancel);
        }
    }

    // ---------------------------------------------------------------- registrar actions and deadlines

    @EventHandler
    void on(RegistrationFrozenEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Frozen on order " + e.orderReference() + " of " + e.issuingAuthority(), "Frozen", view -> {
            status(view, RegistrationStatus.FROZEN);
            view.document.setFrozen(true);
        });
    }

    @EventHandler
    void on(RegistrationUnfrozenEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Unfrozen on order " + e.orderReference() + " of " + e.issuingAuthority(), "Unfrozen", view -> {
            status(view, RegistrationStatus.REGISTERED);
            view.document.setFrozen(false);
        });
    }

    @EventHandler
    void on(RegistrationRevokedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Revoked (" + e.grounds() + ")", "Revoked", view -> status(view, RegistrationStatus.REVOKED));
    }

    @EventHandler
    void on(RegistrationExpiredEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Expired at the end of " + e.validUntil(), "Expired", view -> status(view, RegistrationStatus.EXPIRED));
    }

    @EventHandler
    void on(RenewalReminderIssuedEvent e, @SequenceNumber long sequence) {
        update(e, sequence, "Renewal window open; valid until " + e.validUntil(), null, view -> { });
    }

    // ---------------------------------------------------------------- helpers

    /** The rights as applied for; a right without a named holder is the applicant's. */
    private static List<Right> rights(ApplicationContent content, String applicant, String applicantName) {
        return new ArrayList<>(content.rights().stream().map(claim -> {
            boolean applicants = claim.holderOrganisation() == null || claim.holderOrganisation().equals(applicant);
            return new Right(ApiModels.right(claim.kind()), applicants ? applicant : claim.holderOrganisation(),
                    claim.scope(), ApiModels.term(claim.term()), claim.territory())
                    .holderName(claim.holderName() != null ? claim.holderName() : applicants ? applicantName : null);
        }).toList());
    }

    private void filed(RegistrationEvent e, long sequence, UUID filingId, RegistrationType type, String reason, String summary) {
        update(e, sequence, summary + " filed", null, view -> {
            view.document.getFilings().add(new Filing(filingId, type, Filing.StatusEnum.PENDING, time(e.at()),
                    e.by().describe(), reason).summary(summary));
            view.pendingFilingId = filingId;
            view.pendingFilingType = type.getValue();
            view.awaitReview(ReviewStage.FILING, time(e.at()), due(e.at()));
        });
    }

    private void decided(RegistrationEvent e, long sequence, UUID filingId, Filing.StatusEnum outcome, String reason,
                         String summary, String publicSummary, Consumer<RegistrationView> effect) {
        update(e, sequence, summary, publicSummary, view -> {
            view.document.getFilings().stream().filter(f -> f.getFilingId().equals(filingId)).findFirst()
                    .ifPresent(f -> f.status(outcome).decidedAt(time(e.at())).decisionReason(reason));
            view.pendingFilingId = null;
            view.pendingFilingType = null;
            view.clearReview();
            effect.accept(view);
        });
    }

    private void update(RegistrationEvent e, long sequence, String summary, String publicSummary,
                        Consumer<RegistrationView> change) {
        RegistrationView view = store.find(e.registrationId())
                .orElseThrow(() -> new IllegalStateException("No view of registration " + e.registrationId()));
        change.accept(view);
        save(view, e, sequence, summary, publicSummary);
    }

    private void save(RegistrationView view, RegistrationEvent e, long sequence, String summary, String publicSummary) {
        view.document.setUpdatedAt(time(e.at()));
        view.document.setVersion(sequence + 1);
        store.save(view, new RegistrationViewStore.TimelineLine(sequence, time(e.at()), eventName(e),
                e.by().describe(), e.reason(), summary, publicSummary));
    }

    private static String eventName(Object event) {
        return eventName(event.getClass());
    }

    /** The event's name in {@code registration_timeline.type}, e.g. {@code ApplicationSubmitted}. */
    static String eventName(Class<?> eventType) {
        return eventType.getSimpleName().replaceFirst("Event$", "");
    }

    private static void status(RegistrationView view, RegistrationStatus status) {
        view.document.setStatus(status);
    }

    private void objectionStatus(RegistrationView view, Instant at) {
        List<Objection> objections = view.document.getObjections();
        if (objections.stream().anyMatch(o -> o.getStatus() == Objection.StatusEnum.AWAITING_RESPONSE)) {
            status(view, RegistrationStatus.OBJECTION_RAISED);
            view.clearReview();
        } else if (objections.stream().anyMatch(o -> o.getStatus() == Objection.StatusEnum.AWAITING_DECISION)) {
            status(view, RegistrationStatus.OBJECTION_REVIEW);
            view.awaitReview(ReviewStage.OBJECTION_DECISION, time(at), due(at));
        } else {
            status(view, RegistrationStatus.IN_NOTICE);
            view.clearReview();
        }
    }

    private static Objection objection(RegistrationView view, UUID objectionId) {
        return view.document.getObjections().stream().filter(o -> o.getObjectionId().equals(objectionId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No objection " + objectionId));
    }

    private static Right right(RegistrationView view, RightKind kind) {
        org.datadeed.api.registry.model.RightKind apiKind = ApiModels.right(kind);
        return view.document.getRights().stream().filter(r -> r.getKind() == apiKind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + kind + " right"));
    }

    private static void certificateVersion(RegistrationView view, int version) {
        if (view.document.getCertificate() != null) {
            view.document.getCertificate().setVersion(version);
        }
    }

    private LocalDate due(Instant at) {
        return calendar.addWorkingDays(policy.today(at), policy.reviewWorkingDays());
    }

    private void refreshMissingEvidence(Registration doc) {
        Set<org.datadeed.registry.registration.api.EvidenceKind> attached = EnumSet.noneOf(org.datadeed.registry.registration.api.EvidenceKind.class);
        doc.getEvidence().forEach(ev -> attached.add(convert(ev.getKind(), org.datadeed.registry.registration.api.EvidenceKind.class)));
        List<EvidenceKind> missing = policy.requiredEvidenceFor(convert(doc.getObjectType(), ObjectType.class), doc.getAgentName(),
                        convert(doc.getClassification(), Classification.class), Boolean.TRUE.equals(doc.getPersonalInformation()))
                .stream().filter(kind -> !attached.contains(kind)).sorted()
                .map(kind -> convert(kind, EvidenceKind.class)).toList();
        doc.setMissingEvidence(new ArrayList<>(missing));
    }
}
