package org.datadeed.marketplace.licence;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.datadeed.marketplace.licence.LicenceStatus.ACTIVE;
import static org.datadeed.marketplace.licence.LicenceStatus.AWAITING_APPROVAL;
import static org.datadeed.marketplace.licence.LicenceStatus.CHECKS_FAILED;
import static org.datadeed.marketplace.licence.LicenceStatus.EXPIRED;
import static org.datadeed.marketplace.licence.LicenceStatus.REJECTED;
import static org.datadeed.marketplace.licence.LicenceStatus.REVOKED;
import static org.datadeed.marketplace.licence.LicenceStatus.SUSPENDED;
import static org.datadeed.marketplace.licence.LicenceStatus.TERMINATED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.marketplace.messages.ApplyForLicenceCommand;
import org.datadeed.marketplace.messages.ApproveLicenceCommand;
import org.datadeed.marketplace.messages.LicenceAppliedEvent;
import org.datadeed.marketplace.messages.LicenceChecksCompletedEvent;
import org.datadeed.marketplace.messages.LicenceExpiredEvent;
import org.datadeed.marketplace.messages.LicenceGrantedEvent;
import org.datadeed.marketplace.messages.LicenceLimits;
import org.datadeed.marketplace.messages.LicenceRejectedEvent;
import org.datadeed.marketplace.messages.LicenceRenewalRejectedEvent;
import org.datadeed.marketplace.messages.LicenceRenewalRequestedEvent;
import org.datadeed.marketplace.messages.LicenceRenewedEvent;
import org.datadeed.marketplace.messages.LicenceResumedEvent;
import org.datadeed.marketplace.messages.LicenceRevokedEvent;
import org.datadeed.marketplace.messages.LicenceSuspendedEvent;
import org.datadeed.marketplace.messages.LicenceTerminatedEvent;
import org.datadeed.marketplace.messages.ProductFacts;
import org.datadeed.marketplace.messages.ProductTermsSpec;
import org.datadeed.marketplace.messages.QuoteFacts;
import org.datadeed.marketplace.messages.RecordUsageCommand;
import org.datadeed.marketplace.messages.RejectLicenceCommand;
import org.datadeed.marketplace.messages.RenewLicenceCommand;
import org.datadeed.marketplace.messages.ResumeLicenceCommand;
import org.datadeed.marketplace.messages.RevokeLicenceCommand;
import org.datadeed.marketplace.messages.SuspendLicenceCommand;
import org.datadeed.marketplace.messages.TerminateLicenceCommand;
import org.datadeed.marketplace.messages.UsageAlertRaisedEvent;
import org.datadeed.marketplace.messages.UsageRecordedEvent;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.datadeed.platform.domain.Forbidden;
import org.datadeed.platform.domain.IllegalTransition;

/**
 * One licence of a public-data product to an enterprise, from the application and its automatic checks through the
 * operator's approval, the signed licence, usage against its limits, suspension and resumption, to revocation,
 * termination, expiry or renewal. Every step is a command checked against {@link LicenceStatus} and the actor's role
 * and organisation, and recorded as an event; event sourcing handlers only assign state.
 */
@Aggregate
public class Licence {

    public static final String OPERATOR = "OPERATOR";
    public static final String REGULATOR = "REGULATOR";
    public static final String ENTERPRISE = "ENTERPRISE";

    /** Why a licence was suspended. */
    public static final String CAUSE_OPERATOR = "OPERATOR";
    public static final String CAUSE_OVER_USE = "OVER_USE";
    public static final String CAUSE_PRODUCT_UNAVAILABLE = "PRODUCT_UNAVAILABLE";

    public static final String OVER_USE_WARNING = "OVER_USE_WARNING";
    public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";

    private static final double BYTES_PER_GB = 1e9;

    @AggregateIdentifier
    private UUID licenceId;
    private LicenceStatus status;
    private String licenseeOrganisation;
    private String operatorOrganisation;
    private UUID productId;
    private String productName;
    private String useCategory;
    private String scenario;
    private String purpose;
    private String deliveryCountry;
    private String crossBorderAssessmentSha256;
    private String eligibilityEvidenceSha256;
    private String delivery;
    private UUID quoteId;
    private String price;
    private int termMonths;
    private LicenceLimits limits;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private int documentVersion;
    private PendingRenewal pendingRenewal;
    private String suspensionCause;
    private final Map<String, Usage> usageByPeriod = new HashMap<>();
    private final Set<String> alertsRaised = new HashSet<>();

    private record PendingRenewal(UUID quoteId, String price, int months) {
    }

    /** A metering month's totals. */
    private record Usage(long calls, long bytes, long dataRecords) {
        static final Usage NONE = new Usage(0, 0, 0);
    }

    protected Licence() {
        // for Axon
    }

    // ---------------------------------------------------------------- application, checks and approval

    /** A method with creation policy ALWAYS (not a constructor), so that applied events update the state at once. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(ApplyForLicenceCommand command, MarketplacePolicy policy, LicenceSigner signer, DeadlineManager deadlines) {
        if (!ENTERPRISE.equals(command.by().role()) || !command.by().organisation().equals(command.requester().organisation())) {
            throw new Forbidden("Enterprises apply for licences in their own name");
        }
        apply(new LicenceAppliedEvent(command.licenceId(), command.scenario(), command.purpose(), command.deliveryCountry(),
                command.crossBorderAssessmentSha256(), command.eligibilityEvidenceSha256(), command.requester(),
                command.product(), command.quote(), command.by(), command.at()));
        LicenceChecks.Verdict verdict = LicenceChecks.evaluate(command.licenceId(),
                new LicenceChecks.Declaration(command.scenario(), command.deliveryCountry(),
                        command.crossBorderAssessmentSha256(), command.eligibilityEvidenceSha256()),
                command.requester(), command.product(), command.quote(), policy, command.at());
        apply(new LicenceChecksCompletedEvent(command.licenceId(), verdict.checks(), verdict.passed(),
                verdict.manualApprovalReasons(), command.at()));
        if (verdict.passed() && verdict.manualApprovalReasons().isEmpty()) {
            grant(true, "every automatic check passed and the product's terms approve automatically", Actor.SYSTEM,
                    command.at(), policy, signer, deadlines);
        }
    }

    @CommandHandler
    void handle(ApproveLicenceCommand command, MarketplacePolicy policy, LicenceSigner signer, DeadlineManager deadlines) {
        requireOperator(command.by());
        if (status == ACTIVE && pendingRenewal != null) {
            renew(false, command.reason(), command.by(), command.at(), policy, signer, deadlines);
            return;
        }
        if (status != AWAITING_APPROVAL) {
            throw new IllegalTransition(status, "approve");
        }
        grant(false, command.reason(), command.by(), command.at(), policy, signer, deadlines);
    }

    @CommandHandler
    void handle(RejectLicenceCommand command) {
        requireOperator(command.by());
        if (status == ACTIVE && pendingRenewal != null) {
            apply(new LicenceRenewalRejectedEvent(licenceId, pendingRenewal.quoteId(), command.reason(), command.by(), command.at()));
            return;
        }
        status.checkMoveTo(REJECTED, "reject");
        apply(new LicenceRejectedEvent(licenceId, command.reason(), command.by(), command.at()));
    }

    private void grant(boolean automatic, String reason, Actor by, Instant at, MarketplacePolicy policy,
                       LicenceSigner signer, DeadlineManager deadlines) {
        status.checkMoveTo(ACTIVE, "grant");
        LocalDate from = policy.today(at);
        LocalDate until = from.plusMonths(termMonths).minusDays(1);
        LicenceSigner.Signed document = signer.sign(claims(from, until, price, quoteId, at, policy));
        apply(new LicenceGrantedEvent(licenceId, from, until, limits, document.jws(), document.sha256(), automatic,
                reason, by, at));
        deadlines.schedule(policy.endOf(until), LicenceExpiry.NAME, new LicenceExpiry(until));
    }

    /** The signed document's claims; {@code jti} numbers the documents of one licence (1 at grant, +1 per renewal). */
    private Map<String, Object> claims(LocalDate from, LocalDate until, String amount, UUID quote, Instant at,
                                       MarketplacePolicy policy) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "datadeed-marketplace");
        claims.put("jti", licenceId + "/" + (documentVersion + 1));
        claims.put("sub", licenseeOrganisation);
        claims.put("iat", at.getEpochSecond());
        claims.put("nbf", from.atStartOfDay(policy.zone()).toEpochSecond());
        claims.put("exp", policy.endOf(until).getEpochSecond());
        claims.put("licence_id", licenceId.toString());
        claims.put("product_id", productId.toString());
        claims.put("product_name", productName);
        claims.put("operator", operatorOrganisation);
        claims.put("use_category", useCategory);
        claims.put("scenario", scenario);
        claims.put("purpose", purpose);
        claims.put("delivery", delivery);
        claims.put("delivery_country", deliveryCountry);
        claims.put("valid_from", from.toString());
        claims.put("valid_until", until.toString());
        claims.put("quote_id", quote.toString());
        claims.put("price_cny", amount);
        Map<String, Object> limitClaims = new LinkedHashMap<>();
        if (limits.maxCallsPerMonth() != null) {
            limitClaims.put("max_calls_per_month", limits.maxCallsPerMonth());
        }
        if (limits.maxGbPerMonth() != null) {
            limitClaims.put("max_gb_per_month", limits.maxGbPerMonth());
        }
        claims.put("limits", limitClaims);
        return claims;
    }

    // ---------------------------------------------------------------- suspension, resumption, revocation, termination

    @CommandHandler
    void handle(SuspendLicenceCommand command) {
        String cause;
        if (Actor.SYSTEM.equals(command.by())) {
            if (status != ACTIVE) {
                return; // the product became unavailable; this licence is not running anyway
            }
            cause = CAUSE_PRODUCT_UNAVAILABLE;
        } else {
            requireOperator(command.by());
            cause = CAUSE_OPERATOR;
        }
        status.checkMoveTo(SUSPENDED, "suspend");
        apply(new LicenceSuspendedEvent(licenceId, cause, command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(ResumeLicenceCommand command) {
        boolean system = Actor.SYSTEM.equals(command.by());
        if (system && !(status == SUSPENDED && CAUSE_PRODUCT_UNAVAILABLE.equals(suspensionCause))) {
            return; // the product is available again, but this licence was not suspended for its being unavailable
        }
        if (!system) {
            requireOperator(command.by());
        }
        if (status != SUSPENDED) {
            throw new IllegalTransition(status, "resume");
        }
        apply(new LicenceResumedEvent(licenceId, command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(RevokeLicenceCommand command) {
        boolean regulator = REGULATOR.equals(command.by().role());
        if (!regulator && !Actor.SYSTEM.equals(command.by())) {
            requireOperator(command.by());
        }
        status.checkMoveTo(REVOKED, "revoke");
        apply(new LicenceRevokedEvent(licenceId, command.reason(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(TerminateLicenceCommand command) {
        requireLicensee(command.by());
        status.checkMoveTo(TERMINATED, "terminate");
        apply(new LicenceTerminatedEvent(licenceId, command.reason(), command.by(), command.at()));
    }

    @DeadlineHandler(deadlineName = LicenceExpiry.NAME)
    void on(LicenceExpiry expiry, MarketplacePolicy policy) {
        if (status.isInForce() && expiry.validUntil().equals(validUntil)) {
            apply(new LicenceExpiredEvent(licenceId, validUntil, Actor.SYSTEM, policy.endOf(validUntil)));
        }
    }

    // ---------------------------------------------------------------- renewal

    @CommandHandler
    void handle(RenewLicenceCommand command, MarketplacePolicy policy, LicenceSigner signer, DeadlineManager deadlines) {
        requireLicensee(command.by());
        if (status != ACTIVE) {
            throw new IllegalTransition(status, "renew");
        }
        if (pendingRenewal != null) {
            throw new DomainRuleViolation("renewal-pending", "A renewal on quote " + pendingRenewal.quoteId()
                    + " awaits the operator's approval");
        }
        QuoteFacts quote = command.quote();
        if (!useCategory.equals(quote.useCategory())) {
            throw new DomainRuleViolation("renewal-changes-use", "A renewal keeps the licence's use category ("
                    + useCategory + "); apply for a new licence for " + quote.useCategory() + " use");
        }
        apply(new LicenceRenewalRequestedEvent(licenceId, command.reason(), command.requester(), command.product(),
                quote, command.by(), command.at()));
        LicenceChecks.Verdict verdict = LicenceChecks.evaluate(licenceId,
                new LicenceChecks.Declaration(scenario, deliveryCountry, crossBorderAssessmentSha256, eligibilityEvidenceSha256),
                command.requester(), command.product(), quote, policy, command.at());
        apply(new LicenceChecksCompletedEvent(licenceId, verdict.checks(), verdict.passed(),
                verdict.manualApprovalReasons(), command.at()));
        if (!verdict.passed()) {
            apply(new LicenceRenewalRejectedEvent(licenceId, quote.quoteId(), "the automatic checks failed",
                    Actor.SYSTEM, command.at()));
        } else if (verdict.manualApprovalReasons().isEmpty()) {
            renew(true, "every automatic check passed and the product's terms approve automatically", Actor.SYSTEM,
                    command.at(), policy, signer, deadlines);
        }
    }

    private void renew(boolean automatic, String reason, Actor by, Instant at, MarketplacePolicy policy,
                       LicenceSigner signer, DeadlineManager deadlines) {
        LocalDate until = validUntil.plusDays(1).plusMonths(pendingRenewal.months()).minusDays(1); // whole months after the term
        LicenceSigner.Signed document = signer.sign(claims(validFrom, until, pendingRenewal.price(),
                pendingRenewal.quoteId(), at, policy));
        apply(new LicenceRenewedEvent(licenceId, pendingRenewal.quoteId(), pendingRenewal.price(), until, document.jws(),
                document.sha256(), automatic, reason, by, at));
        deadlines.schedule(policy.endOf(until), LicenceExpiry.NAME, new LicenceExpiry(until));
    }

    // ---------------------------------------------------------------- usage metering

    @CommandHandler
    void handle(RecordUsageCommand command) {
        if (!status.isInForce()) {
            throw new IllegalTransition(status, "record usage");
        }
        Usage before = usageByPeriod.getOrDefault(command.period(), Usage.NONE);
        long calls = before.calls() + command.calls();
        long bytes = before.bytes() + command.bytes();
        long dataRecords = before.dataRecords() + command.dataRecords();
        apply(new UsageRecordedEvent(licenceId, command.batchSha256(), command.period(), command.records(),
                command.calls(), command.bytes(), command.dataRecords(), calls, bytes, dataRecords, command.at()));
        boolean exceeded = false;
        if (limits.maxCallsPerMonth() != null) {
            exceeded |= checkLimit(command, "calls", calls, limits.maxCallsPerMonth());
        }
        if (limits.maxGbPerMonth() != null) {
            exceeded |= checkLimit(command, "GB", bytes / BYTES_PER_GB, limits.maxGbPerMonth());
        }
        if (exceeded && status == ACTIVE) {
            apply(new LicenceSuspendedEvent(licenceId, CAUSE_OVER_USE, "usage exceeded the licence's monthly limit in "
                    + command.period(), Actor.SYSTEM, command.at()));
        }
    }

    /** Raises the month's warning and limit alerts once each; true when the limit alert is raised now. */
    private boolean checkLimit(RecordUsageCommand command, String unit, double used, double limit) {
        String period = command.period();
        String detail = "%s: %s %s used of %s allowed".formatted(period, format(used), unit, format(limit));
        if (used > limit && !alertsRaised.contains(LIMIT_EXCEEDED + "/" + unit + "/" + period)) {
            apply(new UsageAlertRaisedEvent(licenceId, LIMIT_EXCEEDED, unit, period, detail, command.at()));
            return true;
        }
        if (used * 100 >= limit * limits.overUseAlertPercent()
                && !alertsRaised.contains(OVER_USE_WARNING + "/" + unit + "/" + period)
                && !alertsRaised.contains(LIMIT_EXCEEDED + "/" + unit + "/" + period)) {
            apply(new UsageAlertRaisedEvent(licenceId, OVER_USE_WARNING, unit, period, detail
                    + " (warning at " + limits.overUseAlertPercent() + "%)", command.at()));
        }
        return false;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.3f", value);
    }

    // ---------------------------------------------------------------- who may act

    private void requireOperator(Actor by) {
        if (!OPERATOR.equals(by.role()) || !by.organisation().equals(operatorOrganisation)) {
            throw new Forbidden("Only the product's operator (" + operatorOrganisation + ") may do this");
        }
    }

    private void requireLicensee(Actor by) {
        if (!ENTERPRISE.equals(by.role()) || !by.organisation().equals(licenseeOrganisation)) {
            throw new Forbidden("Only the licensee may do this");
        }
    }

    // ---------------------------------------------------------------- event sourcing

    @EventSourcingHandler
    void on(LicenceAppliedEvent event) {
        licenceId = event.licenceId();
        status = LicenceStatus.APPLIED;
        licenseeOrganisation = event.requester().organisation();
        ProductFacts product = event.product();
        productId = product.productId();
        productName = product.productName();
        operatorOrganisation = product.operatorOrganisation();
        ProductTermsSpec terms = product.terms();
        delivery = terms == null ? null : terms.delivery();
        limits = terms == null ? new LicenceLimits(null, null, 90)
                : new LicenceLimits(terms.maxCallsPerMonth(), terms.maxGbPerMonth(), terms.overUseAlertPercent());
        QuoteFacts quote = event.quote();
        quoteId = quote.quoteId();
        useCategory = quote.useCategory();
        price = quote.total();
        termMonths = months(quote, terms);
        scenario = event.scenario();
        purpose = event.purpose();
        deliveryCountry = event.deliveryCountry();
        crossBorderAssessmentSha256 = event.crossBorderAssessmentSha256();
        eligibilityEvidenceSha256 = event.eligibilityEvidenceSha256();
    }

    private static int months(QuoteFacts quote, ProductTermsSpec terms) {
        if (quote.months() != null) {
            return quote.months();
        }
        return terms == null ? 12 : terms.termMonths();
    }

    @EventSourcingHandler
    void on(LicenceChecksCompletedEvent event) {
        if (status == LicenceStatus.APPLIED) {
            status = event.passed() ? (event.manualApprovalReasons().isEmpty() ? status : AWAITING_APPROVAL) : CHECKS_FAILED;
        }
    }

    @EventSourcingHandler
    void on(LicenceGrantedEvent event) {
        status = ACTIVE;
        validFrom = event.validFrom();
        validUntil = event.validUntil();
        limits = event.limits();
        documentVersion = 1;
    }

    @EventSourcingHandler
    void on(LicenceRejectedEvent event) {
        status = REJECTED;
    }

    @EventSourcingHandler
    void on(LicenceSuspendedEvent event) {
        status = SUSPENDED;
        suspensionCause = event.cause();
    }

    @EventSourcingHandler
    void on(LicenceResumedEvent event) {
        status = ACTIVE;
        suspensionCause = null;
    }

    @EventSourcingHandler
    void on(LicenceRevokedEvent event) {
        status = REVOKED;
        pendingRenewal = null;
    }

    @EventSourcingHandler
    void on(LicenceTerminatedEvent event) {
        status = TERMINATED;
        pendingRenewal = null;
    }

    @EventSourcingHandler
    void on(LicenceExpiredEvent event) {
        status = EXPIRED;
        pendingRenewal = null;
    }

    @EventSourcingHandler
    void on(LicenceRenewalRequestedEvent event) {
        pendingRenewal = new PendingRenewal(event.quote().quoteId(), event.quote().total(),
                months(event.quote(), event.product().terms()));
    }

    @EventSourcingHandler
    void on(LicenceRenewedEvent event) {
        validUntil = event.validUntil();
        quoteId = event.quoteId();
        price = event.price();
        documentVersion++;
        pendingRenewal = null;
    }

    @EventSourcingHandler
    void on(LicenceRenewalRejectedEvent event) {
        pendingRenewal = null;
    }

    @EventSourcingHandler
    void on(UsageRecordedEvent event) {
        usageByPeriod.put(event.period(), new Usage(event.totalCalls(), event.totalBytes(), event.totalDataRecords()));
    }

    @EventSourcingHandler
    void on(UsageAlertRaisedEvent event) {
        alertsRaised.add(event.kind() + "/" + event.measure() + "/" + event.period());
    }
}
