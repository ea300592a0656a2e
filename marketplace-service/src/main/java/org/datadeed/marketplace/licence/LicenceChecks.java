package org.datadeed.marketplace.licence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.messages.CheckOutcome;
import org.datadeed.marketplace.messages.ProductFacts;
import org.datadeed.marketplace.messages.ProductTermsSpec;
import org.datadeed.marketplace.messages.QuoteFacts;
import org.datadeed.marketplace.messages.RequesterFacts;

/**
 * The automatic checks of a licence application or renewal (DOMAIN.md §2), run on the facts gathered when it was
 * made, so that replaying the events gives the same verdict. Each check passes or fails with a reason; a passed
 * application may still need the operator's manual approval, and the verdict says why.
 */
public final class LicenceChecks {

    public static final String REQUESTER_VERIFIED = "REQUESTER_VERIFIED";
    public static final String PRODUCT_ACTIVE = "PRODUCT_ACTIVE";
    public static final String OPERATION_RIGHT_PRESENT = "OPERATION_RIGHT_PRESENT";
    public static final String CLASSIFICATION_ALLOWS = "CLASSIFICATION_ALLOWS";
    public static final String SCENARIO_DECLARED = "SCENARIO_DECLARED";
    public static final String CROSS_BORDER = "CROSS_BORDER";
    public static final String QUOTE_VALID = "QUOTE_VALID";
    public static final String USE_CATEGORY_OFFERED = "USE_CATEGORY_OFFERED";

    /** What an application declares besides its quote. */
    public record Declaration(String scenario, String deliveryCountry, String crossBorderAssessmentSha256,
                              String eligibilityEvidenceSha256) {
    }

    /** The outcome of every check, and the reasons a person must approve (empty: grant at once). */
    public record Verdict(List<CheckOutcome> checks, List<String> manualApprovalReasons) {
        public boolean passed() {
            return checks.stream().allMatch(CheckOutcome::passed);
        }
    }

    private LicenceChecks() {
    }

    public static Verdict evaluate(UUID licenceId, Declaration declaration, RequesterFacts requester,
                                   ProductFacts product, QuoteFacts quote, MarketplacePolicy policy, Instant at) {
        List<CheckOutcome> checks = new ArrayList<>();
        List<String> manual = new ArrayList<>();
        ProductTermsSpec terms = product.terms();
        LocalDate today = policy.today(at);

        boolean verified = requester.enterprise() && present(requester.organisation()) && present(requester.organisationName());
        checks.add(new CheckOutcome(REQUESTER_VERIFIED, verified, verified
                ? "enterprise " + requester.organisationName() + " (" + requester.organisation() + ")"
                : "the requester must be an enterprise whose organisation and registered name are verified"));

        boolean registered = "REGISTERED".equals(product.registrationStatus());
        boolean withinValidity = product.registrationValidUntil() == null || !today.isAfter(product.registrationValidUntil());
        boolean offered = terms != null;
        checks.add(new CheckOutcome(PRODUCT_ACTIVE, registered && withinValidity && offered,
                !registered ? "the product's registration is " + product.registrationStatus()
                        : !withinValidity ? "the product's registration ended on " + product.registrationValidUntil()
                        : !offered ? "the operator has not set licence terms for the product"
                        : "registered, valid until " + product.registrationValidUntil()));

        checks.add(new CheckOutcome(OPERATION_RIGHT_PRESENT, product.operationRightHeldByOperator(),
                product.operationRightHeldByOperator()
                        ? "the registration's operation right is held by " + product.operatorOrganisation()
                        : "the registration carries no operation right held by the operator"));

        String classification = product.classification();
        boolean classificationAllows = !"CORE".equals(classification);
        checks.add(new CheckOutcome(CLASSIFICATION_ALLOWS, classificationAllows, classificationAllows
                ? classification + " data" : "core data is never licensed"));
        if ("IMPORTANT".equals(classification)) {
            manual.add("important data: every licence is approved by the operator");
        }

        String scenario = declaration.scenario();
        boolean scenarioDeclared = present(scenario);
        boolean matchesQuote = scenarioDeclared && scenario.equals(quote.scenario());
        boolean productServesIt = scenarioDeclared && (product.scenarios().isEmpty() || product.scenarios().contains(scenario));
        checks.add(new CheckOutcome(SCENARIO_DECLARED, scenarioDeclared && matchesQuote && productServesIt,
                !scenarioDeclared ? "no scenario, no authorisation: declare the application scenario"
                        : !matchesQuote ? "the scenario differs from the quote's (" + quote.scenario() + ")"
                        : !productServesIt ? "the product is offered for " + String.join(", ", product.scenarios()) + " only"
                        : "scenario " + scenario));

        String country = declaration.deliveryCountry();
        boolean domestic = policy.domesticCountry().equals(country);
        boolean crossBorderOk;
        String crossBorderDetail;
        if (domestic) {
            crossBorderOk = true;
            crossBorderDetail = "delivered in " + country;
        } else if (terms == null || !terms.crossBorderAllowed()) {
            crossBorderOk = false;
            crossBorderDetail = "the product is not offered for delivery outside " + policy.domesticCountry();
        } else if (!present(declaration.crossBorderAssessmentSha256())) {
            crossBorderOk = false;
            crossBorderDetail = "delivery to " + country + " needs the security assessment or filing evidence";
        } else {
            crossBorderOk = true;
            crossBorderDetail = "delivery to " + country + " with assessment " + declaration.crossBorderAssessmentSha256();
            manual.add("cross-border delivery to " + country + ": the operator reviews the assessment");
        }
        checks.add(new CheckOutcome(CROSS_BORDER, crossBorderOk, crossBorderDetail));

        String quoteProblem = null;
        if (quote.quoteId() == null) {
            quoteProblem = "no quote";
        } else if (!quote.requesterOrganisation().equals(requester.organisation())) {
            quoteProblem = "the quote was made for another organisation";
        } else if (!quote.productId().equals(product.productId())) {
            quoteProblem = "the quote is for another product";
        } else if (!at.isBefore(quote.validUntil())) {
            quoteProblem = "the quote expired at " + quote.validUntil();
        } else if (quote.alreadyUsedBy() != null && !quote.alreadyUsedBy().equals(licenceId)) {
            quoteProblem = "the quote was used already by licence " + quote.alreadyUsedBy();
        }
        checks.add(new CheckOutcome(QUOTE_VALID, quoteProblem == null,
                quoteProblem == null ? "quote " + quote.quoteId() + " for " + quote.total() + " CNY, binding until " + quote.validUntil()
                        : quoteProblem));

        boolean categoryOffered = terms != null && terms.useCategories().contains(quote.useCategory());
        boolean free = quote.eligibilityReviewRequired();
        boolean evidenced = !free || present(declaration.eligibilityEvidenceSha256());
        checks.add(new CheckOutcome(USE_CATEGORY_OFFERED, categoryOffered && evidenced,
                !categoryOffered ? quote.useCategory() + " use is not offered for this product"
                        : !evidenced ? "free " + quote.useCategory() + " use needs eligibility evidence"
                        : quote.useCategory() + " use"));
        if (free) {
            manual.add("free " + quote.useCategory() + " use: the operator reviews the eligibility evidence");
        }
        if (terms != null && !terms.autoApprove()) {
            manual.add("the operator approves every licence of this product");
        }
        return new Verdict(List.copyOf(checks), List.copyOf(manual));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
