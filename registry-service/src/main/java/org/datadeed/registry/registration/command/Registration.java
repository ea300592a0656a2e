package org.datadeed.registry.registration.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.datadeed.registry.registration.command.RegistrationStatus.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.datadeed.platform.domain.Forbidden;
import org.datadeed.platform.domain.IllegalTransition;
import org.datadeed.platform.domain.NotFound;
import org.datadeed.registry.calendar.WorkingDayCalendar;
import org.datadeed.registry.registration.api.*;

/**
 * One registration unit: a data resource, product or asset with its rights, from draft through review, notice and
 * objections to a certificate, and everything registered after it. Every decision is a command handled here, checked
 * against the state machine ({@link RegistrationStatus}) and the rules, and recorded as an event naming who, when
 * and why. Event sourcing handlers only assign state.
 */
@Aggregate
public class Registration {

    private static final Set<RegistrationStatus> EDITABLE = EnumSet.of(DRAFT, CORRECTION_REQUESTED);
    private static final Set<RegistrationStatus> WITHDRAWABLE = EnumSet.of(DRAFT, SUBMITTED, ACCEPTED, FORMAL_REVIEW,
            CORRECTION_REQUESTED, SUBSTANTIVE_REVIEW, APPROVED_FOR_NOTICE, IN_NOTICE, OBJECTION_RAISED, OBJECTION_REVIEW);
    private static final Set<RegistrationStatus> OBJECTIONS_OPEN = EnumSet.of(IN_NOTICE, OBJECTION_RAISED, OBJECTION_REVIEW);
    private static final Set<RegistrationStatus> LIVE = EnumSet.of(REGISTERED, FROZEN);
    private static final String REVIEWER = "REVIEWER";

    @AggregateIdentifier
    private UUID registrationId;
    private String holderOrganisation;
    private RegistrationStatus status;
    private ApplicationContent content;
    private final Map<EvidenceKind, Integer> evidenceVersions = new EnumMap<>(EvidenceKind.class);
    private final Map<String, EvidenceKind> evidenceByHash = new HashMap<>();
    private EvidenceKind requiredReport;
    private LocalDate correctionDueOn;
    private LocalDate noticeEndsOn;
    private int noticeWorkingDaysLeft;
    private final Map<UUID, ObjectionState> objections = new LinkedHashMap<>();
    private final Map<RightKind, RightState> rights = new EnumMap<>(RightKind.class);
    private PendingFiling pendingFiling;
    private LocalDate validUntil;
    private int certificateVersion;
    private final Set<String> freezeOrders = new HashSet<>();
    /** Claims of rights held by other organisations, as those organisations confirmed them. */
    private final Set<RightClaim> confirmedClaims = new HashSet<>();

    /** What the aggregate needs to know about an objection. */
    private record ObjectionState(String objectorOrganisation, LocalDate responseDueOn, ObjectionStage stage) {
        ObjectionState at(ObjectionStage next) {
            return new ObjectionState(objectorOrganisation, responseDueOn, next);
        }
    }

    private enum ObjectionStage { AWAITING_RESPONSE, AWAITING_DECISION, DECIDED }

    /** A right as registered, with its pledges and licences. */
    private static final class RightState {
        String holderOrganisation;
        Term term;
        final Map<UUID, String> pledgeeByPledge = new HashMap<>();
        final List<RightLicensedEvent> licences = new ArrayList<>();

        RightState(String holderOrganisation, Term term) {
            this.holderOrganisation = holderOrganisation;
            this.term = term;
        }

        /** Value equality, so that Axon's fixture can compare the state a command built with the replayed one. */
        @Override
        public boolean equals(Object other) {
            return other instanceof RightState that && holderOrganisation.equals(that.holderOrganisation)
                    && java.util.Objects.equals(term, that.term) && pledgeeByPledge.equals(that.pledgeeByPledge)
                    && licences.equals(that.licences);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(holderOrganisation, term, pledgeeByPledge, licences);
        }
    }

    /** The one filing that may be pending at a time, with the event that filed it. */
    private record PendingFiling(UUID filingId, FilingType type, String filerOrganisation, RegistrationEvent filed) {
    }

    protected Registration() {
        // for Axon
    }

    // ---------------------------------------------------------------- application

    @CommandHandler
    public Registration(CreateDraftCommand command) {
        requireRole(command.by(), "HOLDER");
        if (!command.by().organisation().equals(command.holderOrganisation())) {
            throw new Forbidden("A holder applies only in its own organisation's name");
        }
        checkRights(command.content(), command.holderOrganisation());
        apply(new DraftCreatedEvent(command.registrationId(), command.holderOrganisation(), command.holderName(),
                command.content(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(UpdateDraftCommand command) {
        requireApplicant(command.by());
        status.checkIn(EDITABLE, "update the application");
        checkRights(command.content(), holderOrganisation);
        apply(new DraftUpdatedEvent(registrationId, command.content(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(AttachEvidenceCommand command) {
        requireApplicant(command.by());
        status.checkIn(EDITABLE, "attach evidence");
        attach(command.evidence(), command.by(), command.at());
    }

    @CommandHandler
    void handle(ConfirmRightClaimCommand command) {
        status.checkIn(EDITABLE, "confirm a right claimed in the application");
        String organisation = command.by().organisation();
        if (organisation.equals(holderOrganisation)) {
            throw new DomainRuleViolation("confirmation-not-needed", "The applicant's own rights need no confirmation");
        }
        RightClaim claim = content.rights().stream()
                .filter(r -> r.kind() == command.kind() && organisation.equals(r.holderOrganisation()))
                .findFirst()
                .orElseThrow(() -> new Forbidden("The application claims no " + command.kind()
                        + " right in the name of " + organisation));
        apply(new RightClaimConfirmedEvent(registrationId, claim, command.by(), command.at()));
    }

    @CommandHandler
    void handle(SubmitApplicationCommand command, RegistrationPolicy policy) {
        requireApplicant(command.by());
        status.checkMoveTo(SUBMITTED, "submit");
        checkAdmissible(policy, evidenceVersions.keySet());
        apply(new ApplicationSubmittedEvent(registrationId, command.by(), command.at()));
    }

    @CommandHandler
    void handle(WithdrawApplicationCommand command) {
        requireApplicant(command.by());
        status.checkIn(WITHDRAWABLE, "withdraw");
        apply(new ApplicationWithdrawnEvent(registrationId, command.reason(), command.by(), command.at()));
    }

    // ---------------------------------------------------------------- review

    @CommandHandler
    void handle(AcceptApplicationCommand command, RegistrationNumbers numbers, RegistrationPolicy policy,
                WorkingDayCalendar calendar) {
        requireRole(command.by(), REVIEWER);
        status.checkMoveTo(ACCEPTED, "accept");
        LocalDate today = policy.today(command.at());
        apply(new ApplicationAcceptedEvent(registrationId, numbers.nextRegistrationNumber(content.objectType(), today),
                command.reason(), command.by(), command.at()));
        apply(new FormalReviewStartedEvent(registrationId, calendar.addWorkingDays(today, policy.reviewWorkingDays()),
                command.by(), command.at()));
    }

    @CommandHandler
    void handle(RefuseAcceptanceCommand command) {
        requireRole(command.by(), REVIEWER);
        status.checkMoveTo(NOT_ACCEPTED, "refuse acceptance");
        apply(new AcceptanceRefusedEvent(registrationId, command.grounds(), command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(RequestCorrectionCommand command, RegistrationPolicy policy, WorkingDayCalendar calendar,
                DeadlineManager deadlines) {
        requireRole(command.by(), REVIEWER);
        status.checkMoveTo(CORRECTION_REQUESTED, "request a correction");
        LocalDate dueOn = calendar.addWorkingDays(policy.today(command.at()), policy.correctionWorkingDays());
        apply(new CorrectionRequestedEvent(registrationId, List.copyOf(command.items()), command.reason(), dueOn,
                command.by(), command.at()));
        deadlines.schedule(policy.endOf(dueOn), Deadlines.CORRECTION_DUE, new Deadlines.CorrectionDue(dueOn));
    }

    @CommandHandler
    void handle(ResubmitCorrectedCommand command, RegistrationPolicy policy, WorkingDayCalendar calendar) {
        requireApplicant(command.by());
        status.checkIn(EnumSet.of(CORRECTION_REQUESTED), "resubmit");
        Set<EvidenceKind> kinds = EnumSet.noneOf(EvidenceKind.class);
        kinds.addAll(evidenceVersions.keySet());
        command.evidence().forEach(evidence -> kinds.add(evidence.kind()));
        checkAdmissible(policy, kinds);
        for (EvidenceRef evidence : command.evidence()) {
            attach(evidence, command.by(), command.at());
        }
        apply(new CorrectionResubmittedEvent(registrationId, command.statement(),
                calendar.addWorkingDays(policy.today(command.at()), policy.reviewWorkingDays()), command.by(), command.at()));
    }

    @DeadlineHandler(deadlineName = Deadlines.CORRECTION_DUE)
    void on(Deadlines.CorrectionDue deadline, RegistrationPolicy policy) {
        if (status == CORRECTION_REQUESTED && deadline.dueOn().equals(correctionDueOn)) {
            apply(new ApplicationLapsedEvent(registrationId, deadline.dueOn(), Actor.SYSTEM, policy.endOf(deadline.dueOn())));
        }
    }

    @CommandHandler
    void handle(PassFormalReviewCommand command, RegistrationPolicy policy) {
        requireRole(command.by(), REVIEWER);
        Optional<EvidenceKind> report = policy.substantiveReportFor(content);
        status.checkMoveTo(report.isPresent() ? SUBSTANTIVE_REVIEW : APPROVED_FOR_NOTICE, "pass formal review");
        apply(new FormalReviewPassedEvent(registrationId, report.isPresent(), report.orElse(null), command.reason(),
                command.by(), command.at()));
    }

    @CommandHandler
    void handle(PassSubstantiveReviewCommand command) {
        requireRole(command.by(), REVIEWER);
        status.checkIn(EnumSet.of(SUBSTANTIVE_REVIEW), "pass substantive review");
        if (evidenceByHash.get(command.reportSha256()) != requiredReport) {
            throw new DomainRuleViolation("substantive-report-missing",
                    "Substantive review rests on an attached " + requiredReport + "; " + command.reportSha256() + " is not one");
        }
        apply(new SubstantiveReviewPassedEvent(registrationId, command.reportSha256(), command.reason(), command.by(),
                command.at()));
    }

    @CommandHandler
    void handle(RejectApplicationCommand command) {
        requireRole(command.by(), REVIEWER);
        status.checkIn(EnumSet.of(FORMAL_REVIEW, SUBSTANTIVE_REVIEW), "reject");
        apply(new ApplicationRejectedEvent(registrationId, command.grounds(), command.reason(), command.by(), command.at()));
    }

    // ---------------------------------------------------------------- public notice and objections

    @CommandHandler
    void handle(PublishNoticeCommand command, RegistrationPolicy policy, WorkingDayCalendar calendar,
                DeadlineManager deadlines) {
        requireRole(command.by(), REVIEWER);
        status.checkMoveTo(IN_NOTICE, "publish the notice");
        LocalDate today = policy.today(command.at());
        LocalDate endsOn = calendar.addWorkingDays(today, policy.noticeWorkingDays());
        apply(new NoticePublishedEvent(registrationId, calendar.addWorkingDays(today, 1), endsOn, command.reason(),
                command.by(), command.at()));
        deadlines.schedule(policy.endOf(endsOn), Deadlines.NOTICE_ENDS, new Deadlines.NoticeEnds(endsOn));
    }

    @CommandHandler
    void handle(RaiseObjectionCommand command, RegistrationPolicy policy, WorkingDayCalendar calendar,
                DeadlineManager deadlines) {
        status.checkIn(OBJECTIONS_OPEN, "raise an objection");
        if (command.by().organisation().equals(holderOrganisation)) {
            throw new DomainRuleViolation("objector-is-applicant", "The applicant cannot object to its own application");
        }
        if (objections.containsKey(command.objectionId())) {
            throw new DomainRuleViolation("objection-exists", "This objection was raised already");
        }
        if (command.evidence().isEmpty()) {
            throw new DomainRuleViolation("objection-evidence-missing", "An objection must come with evidence");
        }
        LocalDate today = policy.today(command.at());
        if (status == IN_NOTICE && today.isAfter(noticeEndsOn)) {
            throw new DomainRuleViolation("notice-period-over", "The notice period ended on " + noticeEndsOn);
        }
        boolean undecidedFromSameObjector = objections.values().stream().anyMatch(o ->
                o.objectorOrganisation().equals(command.by().organisation()) && o.stage() != ObjectionStage.DECIDED);
        if (undecidedFromSameObjector) {
            throw new DomainRuleViolation("objection-pending",
                    "This organisation's earlier objection is still undecided; add to it rather than raise another");
        }
        int daysLeft = status == IN_NOTICE ? calendar.workingDaysBetween(today, noticeEndsOn) : noticeWorkingDaysLeft;
        LocalDate responseDueOn = calendar.addWorkingDays(today, policy.objectionResponseWorkingDays());
        apply(new ObjectionRaisedEvent(registrationId, command.objectionId(), command.objectorName(), command.grounds(),
                List.copyOf(command.evidence()), responseDueOn, daysLeft, command.by(), command.at()));
        deadlines.schedule(policy.endOf(responseDueOn), Deadlines.OBJECTION_RESPONSE_DUE,
                new Deadlines.ObjectionResponseDue(command.objectionId(), responseDueOn));
    }

    @CommandHandler
    void handle(RespondToObjectionCommand command) {
        requireApplicant(command.by());
        status.checkIn(OBJECTIONS_OPEN, "respond to an objection");
        ObjectionState objection = objection(command.objectionId());
        if (objection.stage() != ObjectionStage.AWAITING_RESPONSE) {
            throw new IllegalTransition(status, "respond to an objection that no longer awaits a response");
        }
        apply(new ObjectionRespondedEvent(registrationId, command.objectionId(), command.statement(),
                List.copyOf(command.evidence()), command.by(), command.at()));
    }

    @DeadlineHandler(deadlineName = Deadlines.OBJECTION_RESPONSE_DUE)
    void on(Deadlines.ObjectionResponseDue deadline, RegistrationPolicy policy) {
        ObjectionState objection = objections.get(deadline.objectionId());
        if (objection != null && objection.stage() == ObjectionStage.AWAITING_RESPONSE && OBJECTIONS_OPEN.contains(status)) {
            apply(new ObjectionResponseWindowClosedEvent(registrationId, deadline.objectionId(), deadline.dueOn(),
                    Actor.SYSTEM, policy.endOf(deadline.dueOn())));
        }
    }

    @CommandHandler
    void handle(DecideObjectionCommand command, RegistrationPolicy policy, WorkingDayCalendar calendar,
                DeadlineManager deadlines) {
        requireRole(command.by(), REVIEWER);
        status.checkIn(OBJECTIONS_OPEN, "decide an objection");
        ObjectionState objection = objection(command.objectionId());
        if (objection.stage() != ObjectionStage.AWAITING_DECISION) {
            throw new IllegalTransition(status, "decide an objection that is not awaiting a decision");
        }
        if (command.upheld()) {
            status.checkMoveTo(REJECTED, "uphold an objection");
            apply(new ObjectionUpheldEvent(registrationId, command.objectionId(), command.reason(), command.by(), command.at()));
            apply(new ApplicationRejectedEvent(registrationId, RefusalGrounds.OBJECTION_UPHELD, command.reason(),
                    command.by(), command.at()));
            return;
        }
        apply(new ObjectionDismissedEvent(registrationId, command.objectionId(), command.reason(), command.by(), command.at()));
        if (status == IN_NOTICE) {
            LocalDate today = policy.today(command.at());
            LocalDate endsOn = noticeWorkingDaysLeft == 0 ? today : calendar.addWorkingDays(today, noticeWorkingDaysLeft);
            apply(new NoticeResumedEvent(registrationId, endsOn, command.by(), command.at()));
            deadlines.schedule(policy.endOf(endsOn), Deadlines.NOTICE_ENDS, new Deadlines.NoticeEnds(endsOn));
        }
    }

    @DeadlineHandler(deadlineName = Deadlines.NOTICE_ENDS)
    void on(Deadlines.NoticeEnds deadline, RegistrationPolicy policy, RegistrationNumbers numbers, DeadlineManager deadlines) {
        if (status != IN_NOTICE || !deadline.endsOn().equals(noticeEndsOn)) {
            return;
        }
        Instant at = policy.endOf(deadline.endsOn());
        LocalDate validFrom = deadline.endsOn().plusDays(1);
        LocalDate until = validFrom.plus(policy.validity()).minusDays(1);
        apply(new RegistrationGrantedEvent(registrationId, numbers.nextCertificateNumber(content.objectType(), validFrom),
                validFrom, until, Actor.SYSTEM, at));
        scheduleValidity(until, policy, deadlines);
    }

    // ---------------------------------------------------------------- filings after registration

    @CommandHandler
    void handle(FileChangeCommand command) {
        requireRegistrant(command.by());
        requireNoPendingFiling();
        requireChange(command.change());
        apply(new ChangeFiledEvent(registrationId, command.filingId(), command.change(), List.copyOf(command.evidence()),
                command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(FileCorrectionCommand command) {
        requireRegistrant(command.by());
        requireNoPendingFiling();
        requireChange(command.change());
        apply(new CorrectionFiledEvent(registrationId, command.filingId(), command.change(),
                List.copyOf(command.evidence()), command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(FileTransferCommand command) {
        RightState right = requireRightHolder(command.right(), command.by());
        requireNoPendingFiling();
        if (!right.pledgeeByPledge.isEmpty()) {
            throw new DomainRuleViolation("right-pledged", "A pledged right cannot be transferred until the pledge is released");
        }
        if (command.transfereeOrganisation().equals(right.holderOrganisation)) {
            throw new DomainRuleViolation("transfer-to-self", "The transferee already holds this right");
        }
        apply(new TransferFiledEvent(registrationId, command.filingId(), command.right(), command.transfereeOrganisation(),
                command.transfereeName(), List.copyOf(command.evidence()), command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(FileLicenceCommand command) {
        if (command.right() == RightKind.HOLDING) {
            throw new DomainRuleViolation("holding-not-licensable", "Only the use and operation rights can be licensed");
        }
        RightState right = requireRightHolder(command.right(), command.by());
        requireNoPendingFiling();
        checkTerm(command.term());
        if (!right.term.contains(command.term())) {
            throw new DomainRuleViolation("licence-outside-right-term", "A licence cannot outlast the right it licenses");
        }
        for (RightLicensedEvent licence : right.licences) {
            if ((licence.exclusive() || command.exclusive()) && licence.term().overlaps(command.term())) {
                throw new DomainRuleViolation("exclusive-licence-conflict",
                        "An exclusive licence cannot overlap another licence of the same right");
            }
        }
        apply(new LicenceFiledEvent(registrationId, command.filingId(), command.right(), command.licenseeOrganisation(),
                command.licenseeName(), command.scope(), command.term(), command.territory(), command.exclusive(),
                List.copyOf(command.evidence()), command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(FilePledgeCommand command) {
        RightState right = requireRightHolder(command.right(), command.by());
        requireNoPendingFiling();
        checkTerm(command.term());
        if (command.securedAmount().signum() <= 0) {
            throw new DomainRuleViolation("secured-amount-not-positive", "The secured amount must be positive");
        }
        if (!right.pledgeeByPledge.isEmpty()) {
            throw new DomainRuleViolation("right-pledged", "This right is pledged already");
        }
        apply(new PledgeFiledEvent(registrationId, command.filingId(), command.right(), command.pledgeeOrganisation(),
                command.pledgeeName(), command.securedAmount(), command.currency(), command.term(),
                List.copyOf(command.evidence()), command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(FilePledgeReleaseCommand command) {
        status.checkIn(EnumSet.of(REGISTERED), "file the release of a pledge");
        requireNoPendingFiling();
        RightState pledged = rights.values().stream()
                .filter(right -> right.pledgeeByPledge.containsKey(command.pledgeId()))
                .findFirst()
                .orElseThrow(() -> new NotFound("No registered pledge " + command.pledgeId()));
        String org = command.by().organisation();
        if (!org.equals(pledged.holderOrganisation) && !org.equals(pledged.pledgeeByPledge.get(command.pledgeId()))) {
            throw new Forbidden("Only the holder of the pledged right or the pledgee can release a pledge");
        }
        apply(new PledgeReleaseFiledEvent(registrationId, command.filingId(), command.pledgeId(),
                List.copyOf(command.evidence()), command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(FileRenewalCommand command, RegistrationPolicy policy) {
        requireApplicant(command.by());
        status.checkIn(LIVE, "file a renewal");
        requireNoPendingFiling();
        LocalDate today = policy.today(command.at());
        if (today.isBefore(validUntil.minus(policy.renewalWindow()))) {
            throw new DomainRuleViolation("renewal-window-not-open",
                    "Renewal opens " + policy.renewalWindow().getDays() + " days before " + validUntil);
        }
        apply(new RenewalFiledEvent(registrationId, command.filingId(), List.copyOf(command.evidence()), command.reason(),
                command.by(), command.at()));
    }

    @CommandHandler
    void handle(FileCancellationCommand command, RegistrationPolicy policy) {
        requireRegistrant(command.by());
        requireNoPendingFiling();
        requireNoPledges("cancelled");
        requireNoThirdPartyInterests(policy.today(command.at()));
        apply(new CancellationFiledEvent(registrationId, command.filingId(), List.copyOf(command.evidence()),
                command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(ApproveFilingCommand command, RegistrationPolicy policy, DeadlineManager deadlines) {
        requireRole(command.by(), REVIEWER);
        PendingFiling filing = pendingFiling(command.filingId());
        status.checkIn(filing.type() == FilingType.RENEWAL ? LIVE : EnumSet.of(REGISTERED), "approve a filing");
        String reason = command.reason();
        Actor by = command.by();
        Instant at = command.at();
        RegistrationEvent filed = filing.filed();
        if (filed instanceof ChangeFiledEvent e) {
            apply(new ParticularsChangedEvent(registrationId, e.filingId(), e.change(), certificateVersion + 1, reason, by, at));
        } else if (filed instanceof CorrectionFiledEvent e) {
            apply(new RecordCorrectedEvent(registrationId, e.filingId(), e.change(), false, certificateVersion + 1,
                    reason, by, at));
        } else if (filed instanceof TransferFiledEvent e) {
            RightState right = rights.get(e.right());
            if (!right.pledgeeByPledge.isEmpty()) {
                throw new DomainRuleViolation("right-pledged", "The right was pledged meanwhile");
            }
            apply(new RightTransferredEvent(registrationId, e.filingId(), e.right(), right.holderOrganisation,
                    e.transfereeOrganisation(), e.transfereeName(), certificateVersion + 1, reason, by, at));
        } else if (filed instanceof LicenceFiledEvent e) {
            apply(new RightLicensedEvent(registrationId, e.filingId(), e.right(), e.licenseeOrganisation(),
                    e.licenseeName(), e.scope(), e.term(), e.territory(), e.exclusive(), reason, by, at));
        } else if (filed instanceof PledgeFiledEvent e) {
            apply(new RightPledgedEvent(registrationId, e.filingId(), e.right(), e.pledgeeOrganisation(),
                    e.pledgeeName(), e.securedAmount(), e.currency(), e.term(), reason, by, at));
        } else if (filed instanceof PledgeReleaseFiledEvent e) {
            apply(new PledgeReleasedEvent(registrationId, e.filingId(), e.pledgeId(), reason, by, at));
        } else if (filed instanceof RenewalFiledEvent e) {
            LocalDate until = validUntil.plus(policy.validity());
            apply(new RegistrationRenewedEvent(registrationId, e.filingId(), until, reason, by, at));
            scheduleValidity(until, policy, deadlines);
        } else if (filed instanceof CancellationFiledEvent e) {
            requireNoPledges("cancelled");
            requireNoThirdPartyInterests(policy.today(at));
            apply(new RegistrationCancelledEvent(registrationId, e.filingId(), false, null, reason, by, at));
        } else {
            throw new IllegalStateException("Unknown filing " + filed);
        }
    }

    @CommandHandler
    void handle(RejectFilingCommand command, RegistrationPolicy policy) {
        requireRole(command.by(), REVIEWER);
        PendingFiling filing = pendingFiling(command.filingId());
        apply(new FilingRejectedEvent(registrationId, filing.filingId(), filing.type(), command.grounds(), command.reason(),
                command.by(), command.at()));
        expireIfRenewalWasAllThatKeptItAlive(filing, command.at(), policy);
    }

    private void expireIfRenewalWasAllThatKeptItAlive(PendingFiling filing, Instant at, RegistrationPolicy policy) {
        if (filing.type() == FilingType.RENEWAL && LIVE.contains(status) && !at.isBefore(policy.endOf(validUntil))) {
            expire(Actor.SYSTEM, at);
        }
    }

    @CommandHandler
    void handle(WithdrawFilingCommand command, RegistrationPolicy policy) {
        PendingFiling filing = pendingFiling(command.filingId());
        if (!filing.filerOrganisation().equals(command.by().organisation())) {
            throw new Forbidden("Only the organisation that filed can withdraw a filing");
        }
        apply(new FilingWithdrawnEvent(registrationId, filing.filingId(), filing.type(), command.reason(), command.by(),
                command.at()));
        expireIfRenewalWasAllThatKeptItAlive(filing, command.at(), policy);
    }

    // ---------------------------------------------------------------- registrar actions

    @CommandHandler
    void handle(FreezeRegistrationCommand command) {
        requireRole(command.by(), REVIEWER);
        status.checkIn(LIVE, "freeze");
        if (freezeOrders.contains(command.orderReference())) {
            throw new DomainRuleViolation("order-already-recorded", "The order " + command.orderReference() + " is recorded already");
        }
        apply(new RegistrationFrozenEvent(registrationId, command.orderReference(), command.issuingAuthority(),
                command.orderSha256(), command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(UnfreezeRegistrationCommand command) {
        requireRole(command.by(), REVIEWER);
        if (status != FROZEN) {
            throw new IllegalTransition(status, "unfreeze");
        }
        if (!freezeOrders.contains(command.orderReference())) {
            throw new DomainRuleViolation("no-such-freeze-order",
                    "No freeze order " + command.orderReference() + " is in force; orders in force: " + freezeOrders);
        }
        apply(new RegistrationUnfrozenEvent(registrationId, command.orderReference(), command.issuingAuthority(),
                command.orderSha256(), command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(CancelExOfficioCommand command) {
        requireRole(command.by(), REVIEWER);
        status.checkMoveTo(CANCELLED, "cancel ex officio");
        lapsePendingFiling("the registration was cancelled ex officio", command.by(), command.at());
        apply(new RegistrationCancelledEvent(registrationId, null, true, command.grounds(), command.reason(), command.by(),
                command.at()));
    }

    @CommandHandler
    void handle(CorrectExOfficioCommand command) {
        requireRole(command.by(), REVIEWER);
        status.checkIn(LIVE, "correct ex officio");
        requireChange(command.change());
        apply(new RecordCorrectedEvent(registrationId, null, command.change(), true, certificateVersion + 1,
                command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(RevokeRegistrationCommand command) {
        requireRole(command.by(), REVIEWER);
        status.checkMoveTo(REVOKED, "revoke");
        lapsePendingFiling("the registration was revoked", command.by(), command.at());
        apply(new RegistrationRevokedEvent(registrationId, command.grounds(), command.reason(), command.by(), command.at()));
    }

    @DeadlineHandler(deadlineName = Deadlines.RENEWAL_REMINDER)
    void on(Deadlines.RenewalReminder deadline, RegistrationPolicy policy) {
        if (LIVE.contains(status) && deadline.validUntil().equals(validUntil)) {
            apply(new RenewalReminderIssuedEvent(registrationId, validUntil, Actor.SYSTEM,
                    policy.endOf(validUntil.minus(policy.renewalWindow()).minusDays(1))));
        }
    }

    /** A registration whose renewal was filed in time does not expire while the registrar decides. */
    @DeadlineHandler(deadlineName = Deadlines.VALIDITY_ENDS)
    void on(Deadlines.ValidityEnds deadline, RegistrationPolicy policy) {
        boolean renewalPending = pendingFiling != null && pendingFiling.type() == FilingType.RENEWAL;
        if (LIVE.contains(status) && deadline.validUntil().equals(validUntil) && !renewalPending) {
            expire(Actor.SYSTEM, policy.endOf(validUntil));
        }
    }

    private void expire(Actor by, Instant at) {
        lapsePendingFiling("the registration expired", by, at);
        apply(new RegistrationExpiredEvent(registrationId, validUntil, by, at));
    }

    /** Closes a pending filing that can no longer be decided because the registration is ending. */
    private void lapsePendingFiling(String reason, Actor by, Instant at) {
        if (pendingFiling != null) {
            apply(new FilingLapsedEvent(registrationId, pendingFiling.filingId(), pendingFiling.type(), reason, by, at));
        }
    }

    // ---------------------------------------------------------------- rules

    /** The mandatory refusals and the evidence checklist, checked at every (re)submission. */
    private void checkAdmissible(RegistrationPolicy policy, Set<EvidenceKind> attachedKinds) {
        if (content.classification() == Classification.CORE) {
            throw new DomainRuleViolation("core-data-refused",
                    "Core data (GB/T 43697) cannot be registered; registration is refused at submission");
        }
        if (!content.source().authorisedBySource()) {
            throw new DomainRuleViolation("unauthorised-source-refused",
                    "Data obtained without the source's authorisation cannot be registered");
        }
        if (content.source().ownershipDisputed()) {
            throw new DomainRuleViolation("ownership-dispute-refused",
                    "An application with an unresolved ownership dispute cannot be registered");
        }
        List<String> unconfirmed = content.rights().stream()
                .filter(r -> r.holderOrganisation() != null && !r.holderOrganisation().isBlank()
                        && !r.holderOrganisation().equals(holderOrganisation) && !confirmedClaims.contains(r))
                .map(r -> r.kind() + " right of " + r.holderOrganisation())
                .toList();
        if (!unconfirmed.isEmpty()) {
            throw new DomainRuleViolation("right-holder-confirmation-missing", "Rights claimed in another organisation's"
                    + " name need that organisation's confirmation of the claim as it stands: " + unconfirmed);
        }
        List<EvidenceKind> missing = policy.missingEvidence(content, attachedKinds);
        if (!missing.isEmpty()) {
            throw new DomainRuleViolation("evidence-incomplete", "Evidence still missing: " + missing);
        }
    }

    private void attach(EvidenceRef evidence, Actor by, Instant at) {
        int version = evidenceVersions.getOrDefault(evidence.kind(), 0) + 1;
        apply(new EvidenceAttachedEvent(registrationId, evidence, version, by, at));
    }

    private void requireApplicant(Actor by) {
        if (!holderOrganisation.equals(by.organisation())) {
            throw new Forbidden("Only the applicant organisation can do this");
        }
    }

    private void requireRegistrant(Actor by) {
        requireApplicant(by);
        if (status != REGISTERED) {
            throw new IllegalTransition(status, "file after registration");
        }
    }

    private RightState requireRightHolder(RightKind kind, Actor by) {
        if (status != REGISTERED) {
            throw new IllegalTransition(status, "file after registration");
        }
        RightState right = rights.get(kind);
        if (right == null) {
            throw new DomainRuleViolation("right-not-registered", "The " + kind + " right is not registered here");
        }
        if (!right.holderOrganisation.equals(by.organisation())) {
            throw new Forbidden("Only the holder of the " + kind + " right can file this");
        }
        return right;
    }

    private static void requireRole(Actor by, String role) {
        if (!role.equals(by.role())) {
            throw new Forbidden("Only a " + role + " can do this");
        }
    }

    private void requireNoPendingFiling() {
        if (pendingFiling != null) {
            throw new DomainRuleViolation("filing-pending",
                    "A " + pendingFiling.type() + " filing is pending; it must be decided or withdrawn first");
        }
    }

    private PendingFiling pendingFiling(UUID filingId) {
        if (pendingFiling == null || !pendingFiling.filingId().equals(filingId)) {
            throw new NotFound("No pending filing " + filingId);
        }
        return pendingFiling;
    }

    private void requireNoPledges(String what) {
        if (rights.values().stream().anyMatch(right -> !right.pledgeeByPledge.isEmpty())) {
            throw new DomainRuleViolation("right-pledged", "A registration with a pledged right cannot be " + what);
        }
    }

    /** A holder cancels only what is wholly its own: no right held by others, no licence still running. */
    private void requireNoThirdPartyInterests(LocalDate today) {
        if (rights.values().stream().anyMatch(right -> !right.holderOrganisation.equals(holderOrganisation))) {
            throw new DomainRuleViolation("rights-held-by-others",
                    "Rights registered here are held by other organisations; they must consent or transfer back first");
        }
        if (rights.values().stream().flatMap(right -> right.licences.stream())
                .anyMatch(licence -> licence.term().until() == null || !licence.term().until().isBefore(today))) {
            throw new DomainRuleViolation("licences-outstanding",
                    "Registered licences of rights here must end before the registration can be cancelled");
        }
    }

    private static void requireChange(ParticularsChange change) {
        if (change == null || change.isEmpty()) {
            throw new DomainRuleViolation("nothing-to-change", "The filing changes nothing");
        }
    }

    private ObjectionState objection(UUID objectionId) {
        ObjectionState objection = objections.get(objectionId);
        if (objection == null) {
            throw new NotFound("No objection " + objectionId);
        }
        return objection;
    }

    private static void checkRights(ApplicationContent content, String applicant) {
        if (content.rights().isEmpty()) {
            throw new DomainRuleViolation("no-rights", "At least one of the three rights must be applied for");
        }
        Set<RightKind> kinds = new HashSet<>();
        for (RightClaim right : content.rights()) {
            if (!kinds.add(right.kind())) {
                throw new DomainRuleViolation("duplicate-right", "The " + right.kind() + " right is listed twice");
            }
            checkTerm(right.term());
        }
        if (content.timeSpan() != null) {
            checkTerm(content.timeSpan());
        }
    }

    private static void checkTerm(Term term) {
        if (term.until() != null && term.until().isBefore(term.from())) {
            throw new DomainRuleViolation("term-ends-before-it-starts", "A term cannot end before it starts");
        }
    }

    private void scheduleValidity(LocalDate until, RegistrationPolicy policy, DeadlineManager deadlines) {
        deadlines.schedule(policy.endOf(until.minus(policy.renewalWindow()).minusDays(1)), Deadlines.RENEWAL_REMINDER,
                new Deadlines.RenewalReminder(until));
        deadlines.schedule(policy.endOf(until), Deadlines.VALIDITY_ENDS, new Deadlines.ValidityEnds(until));
    }

    // ---------------------------------------------------------------- state

    @EventSourcingHandler
    void on(RightClaimConfirmedEvent event) {
        confirmedClaims.add(event.claim());
    }

    @EventSourcingHandler
    void on(DraftCreatedEvent event) {
        registrationId = event.registrationId();
        holderOrganisation = event.holderOrganisation();
        content = event.content();
        status = DRAFT;
    }

    @EventSourcingHandler
    void on(DraftUpdatedEvent event) {
        content = event.content();
    }

    @EventSourcingHandler
    void on(EvidenceAttachedEvent event) {
        evidenceVersions.put(event.evidence().kind(), event.version());
        evidenceByHash.put(event.evidence().sha256(), event.evidence().kind());
    }

    @EventSourcingHandler
    void on(ApplicationSubmittedEvent event) {
        status = SUBMITTED;
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawnEvent event) {
        status = WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ApplicationAcceptedEvent event) {
        status = ACCEPTED;
    }

    @EventSourcingHandler
    void on(AcceptanceRefusedEvent event) {
        status = NOT_ACCEPTED;
    }

    @EventSourcingHandler
    void on(FormalReviewStartedEvent event) {
        status = FORMAL_REVIEW;
    }

    @EventSourcingHandler
    void on(CorrectionRequestedEvent event) {
        status = CORRECTION_REQUESTED;
        correctionDueOn = event.dueOn();
    }

    @EventSourcingHandler
    void on(CorrectionResubmittedEvent event) {
        status = FORMAL_REVIEW;
        correctionDueOn = null;
    }

    @EventSourcingHandler
    void on(ApplicationLapsedEvent event) {
        status = LAPSED;
    }

    @EventSourcingHandler
    void on(FormalReviewPassedEvent event) {
        status = event.substantiveReviewRequired() ? SUBSTANTIVE_REVIEW : APPROVED_FOR_NOTICE;
        requiredReport = event.requiredReport();
    }

    @EventSourcingHandler
    void on(SubstantiveReviewPassedEvent event) {
        status = APPROVED_FOR_NOTICE;
    }

    @EventSourcingHandler
    void on(ApplicationRejectedEvent event) {
        status = REJECTED;
    }

    @EventSourcingHandler
    void on(NoticePublishedEvent event) {
        status = IN_NOTICE;
        noticeEndsOn = event.endsOn();
    }

    @EventSourcingHandler
    void on(ObjectionRaisedEvent event) {
        objections.put(event.objectionId(), new ObjectionState(event.by().organisation(), event.responseDueOn(),
                ObjectionStage.AWAITING_RESPONSE));
        noticeWorkingDaysLeft = event.noticeWorkingDaysLeft();
        noticeEndsOn = null;
        status = OBJECTION_RAISED;
    }

    @EventSourcingHandler
    void on(ObjectionRespondedEvent event) {
        objections.computeIfPresent(event.objectionId(), (id, o) -> o.at(ObjectionStage.AWAITING_DECISION));
        status = objectionStatus();
    }

    @EventSourcingHandler
    void on(ObjectionResponseWindowClosedEvent event) {
        objections.computeIfPresent(event.objectionId(), (id, o) -> o.at(ObjectionStage.AWAITING_DECISION));
        status = objectionStatus();
    }

    @EventSourcingHandler
    void on(ObjectionUpheldEvent event) {
        objections.computeIfPresent(event.objectionId(), (id, o) -> o.at(ObjectionStage.DECIDED));
    }

    @EventSourcingHandler
    void on(ObjectionDismissedEvent event) {
        objections.computeIfPresent(event.objectionId(), (id, o) -> o.at(ObjectionStage.DECIDED));
        status = objectionStatus();
    }

    @EventSourcingHandler
    void on(NoticeResumedEvent event) {
        noticeEndsOn = event.endsOn();
    }

    @EventSourcingHandler
    void on(RegistrationGrantedEvent event) {
        status = REGISTERED;
        validUntil = event.validUntil();
        certificateVersion = 1;
        for (RightClaim claim : content.rights()) {
            String holder = claim.holderOrganisation() == null ? holderOrganisation : claim.holderOrganisation();
            rights.put(claim.kind(), new RightState(holder, claim.term()));
        }
    }

    @EventSourcingHandler
    void on(ChangeFiledEvent event) {
        pendingFiling = new PendingFiling(event.filingId(), FilingType.CHANGE, event.by().organisation(), event);
    }

    @EventSourcingHandler
    void on(CorrectionFiledEvent event) {
        pendingFiling = new PendingFiling(event.filingId(), FilingType.CORRECTION, event.by().organisation(), event);
    }

    @EventSourcingHandler
    void on(TransferFiledEvent event) {
        pendingFiling = new PendingFiling(event.filingId(), FilingType.TRANSFER, event.by().organisation(), event);
    }

    @EventSourcingHandler
    void on(LicenceFiledEvent event) {
        pendingFiling = new PendingFiling(event.filingId(), FilingType.LICENCE, event.by().organisation(), event);
    }

    @EventSourcingHandler
    void on(PledgeFiledEvent event) {
        pendingFiling = new PendingFiling(event.filingId(), FilingType.PLEDGE, event.by().organisation(), event);
    }

    @EventSourcingHandler
    void on(PledgeReleaseFiledEvent event) {
        pendingFiling = new PendingFiling(event.filingId(), FilingType.PLEDGE_RELEASE, event.by().organisation(), event);
    }

    @EventSourcingHandler
    void on(RenewalFiledEvent event) {
        pendingFiling = new PendingFiling(event.filingId(), FilingType.RENEWAL, event.by().organisation(), event);
    }

    @EventSourcingHandler
    void on(CancellationFiledEvent event) {
        pendingFiling = new PendingFiling(event.filingId(), FilingType.CANCELLATION, event.by().organisation(), event);
    }

    @EventSourcingHandler
    void on(FilingRejectedEvent event) {
        pendingFiling = null;
    }

    @EventSourcingHandler
    void on(FilingWithdrawnEvent event) {
        pendingFiling = null;
    }

    @EventSourcingHandler
    void on(FilingLapsedEvent event) {
        pendingFiling = null;
    }

    @EventSourcingHandler
    void on(ParticularsChangedEvent event) {
        content = event.change().applyTo(content);
        certificateVersion = event.certificateVersion();
        pendingFiling = null;
    }

    @EventSourcingHandler
    void on(RecordCorrectedEvent event) {
        content = event.change().applyTo(content);
        certificateVersion = event.certificateVersion();
        if (event.filingId() != null) {
            pendingFiling = null;
        }
    }

    @EventSourcingHandler
    void on(RightTransferredEvent event) {
        rights.get(event.right()).holderOrganisation = event.toOrganisation();
        if (event.right() == RightKind.HOLDING) {
            holderOrganisation = event.toOrganisation();
        }
        certificateVersion = event.certificateVersion();
        pendingFiling = null;
    }

    @EventSourcingHandler
    void on(RightLicensedEvent event) {
        rights.get(event.right()).licences.add(event);
        pendingFiling = null;
    }

    @EventSourcingHandler
    void on(RightPledgedEvent event) {
        rights.get(event.right()).pledgeeByPledge.put(event.filingId(), event.pledgeeOrganisation());
        pendingFiling = null;
    }

    @EventSourcingHandler
    void on(PledgeReleasedEvent event) {
        rights.values().forEach(right -> right.pledgeeByPledge.remove(event.pledgeId()));
        pendingFiling = null;
    }

    @EventSourcingHandler
    void on(RegistrationRenewedEvent event) {
        validUntil = event.validUntil();
        pendingFiling = null;
    }

    @EventSourcingHandler
    void on(RegistrationCancelledEvent event) {
        status = CANCELLED;
        pendingFiling = null;
    }

    @EventSourcingHandler
    void on(RegistrationFrozenEvent event) {
        freezeOrders.add(event.orderReference());
        status = FROZEN;
    }

    @EventSourcingHandler
    void on(RegistrationUnfrozenEvent event) {
        freezeOrders.remove(event.orderReference());
        status = freezeOrders.isEmpty() ? REGISTERED : FROZEN;
    }

    @EventSourcingHandler
    void on(RegistrationRevokedEvent event) {
        status = REVOKED;
        pendingFiling = null;
    }

    @EventSourcingHandler
    void on(RegistrationExpiredEvent event) {
        status = EXPIRED;
        pendingFiling = null;
    }

    private RegistrationStatus objectionStatus() {
        boolean awaitingResponse = objections.values().stream().anyMatch(o -> o.stage() == ObjectionStage.AWAITING_RESPONSE);
        boolean awaitingDecision = objections.values().stream().anyMatch(o -> o.stage() == ObjectionStage.AWAITING_DECISION);
        if (awaitingResponse) {
            return OBJECTION_RAISED;
        }
        return awaitingDecision ? OBJECTION_REVIEW : IN_NOTICE;
    }
}
