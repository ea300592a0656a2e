package org.datadeed.marketplace.licence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.marketplace.messages.ApplyForLicenceCommand;
import org.datadeed.marketplace.messages.LicenceAppliedEvent;
import org.datadeed.marketplace.messages.LicenceLimits;
import org.datadeed.marketplace.messages.ProductFacts;
import org.datadeed.marketplace.messages.ProductTermsSpec;
import org.datadeed.marketplace.messages.QuoteFacts;
import org.datadeed.marketplace.messages.RequesterFacts;
import org.datadeed.marketplace.pricing.MarParameters;
import org.datadeed.marketplace.pricing.Ratio;
import org.datadeed.marketplace.pricing.TaxBase;

/**
 * Shared data of the licence tests: a policy in Beijing time, the parties, and builders for the facts an application
 * rests on. Every builder starts from an application that passes all eight checks and approves automatically.
 */
final class LicenceFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final MarketplacePolicy POLICY = new MarketplacePolicy(ZONE, 60, Duration.ofDays(30), "test-policy-1",
            Ratio.ZERO, Ratio.ZERO, new MarParameters(Ratio.percent("8"), Ratio.ZERO, TaxBase.OPERATING_COST), "CN");

    /** A Tuesday; the application is made at 10:00 on it, Beijing time. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Instant NOW = at(TODAY);
    /** Twelve months from TODAY, counting TODAY. */
    static final LocalDate VALID_UNTIL = LocalDate.of(2027, 3, 9);
    static final Instant RENEWAL_AT = at(LocalDate.of(2027, 2, 1));
    /** Twelve further months. */
    static final LocalDate RENEWED_UNTIL = LocalDate.of(2028, 3, 9);

    static final UUID LICENCE = UUID.fromString("00000000-0000-4000-8000-00000000a001");
    static final UUID OTHER_LICENCE = UUID.fromString("00000000-0000-4000-8000-00000000a002");
    static final UUID PRODUCT = UUID.fromString("00000000-0000-4000-8000-00000000b001");
    static final UUID OTHER_PRODUCT = UUID.fromString("00000000-0000-4000-8000-00000000b002");
    static final UUID QUOTE = UUID.fromString("00000000-0000-4000-8000-00000000c001");
    static final UUID RENEWAL_QUOTE = UUID.fromString("00000000-0000-4000-8000-00000000c002");

    static final String LICENSEE_ORG = "org-acme";
    static final String OPERATOR_ORG = "org-port-ops";
    static final String PRODUCT_NAME = "Port container movements API";

    static final Actor LICENSEE = new Actor("alice", LICENSEE_ORG, Licence.ENTERPRISE);
    static final Actor OPERATOR = new Actor("oscar", OPERATOR_ORG, Licence.OPERATOR);
    static final Actor OTHER_OPERATOR = new Actor("otto", "org-rival-ops", Licence.OPERATOR);
    static final Actor OTHER_ENTERPRISE = new Actor("mallory", "org-other", Licence.ENTERPRISE);
    static final Actor REGULATOR = new Actor("rita", "cac-zhejiang", Licence.REGULATOR);
    /** The licensee's organisation, acting in another role. */
    static final Actor LICENSEE_AS_OPERATOR = new Actor("alice", LICENSEE_ORG, Licence.OPERATOR);
    /** The operator's organisation, acting in another role. */
    static final Actor OPERATOR_AS_ENTERPRISE = new Actor("oscar", OPERATOR_ORG, Licence.ENTERPRISE);

    static final RequesterFacts REQUESTER = new RequesterFacts(LICENSEE_ORG, "Acme Data Co.", true);
    static final String SCENARIO = "route-planning";
    static final String PURPOSE = "plan container routes";
    static final String DOMESTIC = "CN";
    static final String ASSESSMENT = "a1".repeat(32);
    static final String ELIGIBILITY = "e1".repeat(32);

    /** The default terms' limits: 1,000 calls and 10 GB a month, warning at 90 %. */
    static final LicenceLimits LIMITS = new LicenceLimits(1000L, 10.0, 90);

    private LicenceFixtures() {
    }

    /** 10:00 in Beijing on {@code day}. */
    static Instant at(LocalDate day) {
        return at(day, LocalTime.of(10, 0));
    }

    static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(ZONE).toInstant();
    }

    static Terms terms() {
        return new Terms();
    }

    static Product product() {
        return new Product();
    }

    static Quote quote() {
        return new Quote();
    }

    static Application application() {
        return new Application();
    }

    /** Licence terms; by default commercial, industry or public-welfare use, 12 months, auto-approved, domestic only. */
    static final class Terms {
        List<String> useCategories = List.of("COMMERCIAL", "INDUSTRY", "PUBLIC_WELFARE");
        int termMonths = 12;
        Long maxCallsPerMonth = 1000L;
        Double maxGbPerMonth = 10.0;
        int overUseAlertPercent = 90;
        boolean autoApprove = true;
        boolean crossBorderAllowed;

        Terms useCategories(String... categories) {
            useCategories = List.of(categories);
            return this;
        }

        Terms termMonths(int months) {
            termMonths = months;
            return this;
        }

        Terms limits(Long calls, Double gigabytes) {
            maxCallsPerMonth = calls;
            maxGbPerMonth = gigabytes;
            return this;
        }

        Terms manualApproval() {
            autoApprove = false;
            return this;
        }

        Terms crossBorderAllowed() {
            crossBorderAllowed = true;
            return this;
        }

        ProductTermsSpec build() {
            return new ProductTermsSpec(useCategories, "API", termMonths, maxCallsPerMonth, maxGbPerMonth,
                    overUseAlertPercent, autoApprove, crossBorderAllowed);
        }
    }

    /** The catalogue's facts; by default registered, general data, the operator holding the operation right. */
    static final class Product {
        String registrationStatus = "REGISTERED";
        LocalDate registrationValidUntil = LocalDate.of(2029, 3, 18);
        boolean operationRightHeldByOperator = true;
        String classification = "GENERAL";
        List<String> scenarios = List.of(SCENARIO, "insurance-pricing");
        ProductTermsSpec terms = LicenceFixtures.terms().build();

        Product registrationStatus(String status) {
            registrationStatus = status;
            return this;
        }

        Product registrationValidUntil(LocalDate until) {
            registrationValidUntil = until;
            return this;
        }

        Product withoutOperationRight() {
            operationRightHeldByOperator = false;
            return this;
        }

        Product classification(String value) {
            classification = value;
            return this;
        }

        Product scenarios(String... values) {
            scenarios = List.of(values);
            return this;
        }

        Product terms(Terms value) {
            terms = value.build();
            return this;
        }

        Product withoutTerms() {
            terms = null;
            return this;
        }

        ProductFacts build() {
            return new ProductFacts(PRODUCT, PRODUCT_NAME, OPERATOR_ORG, registrationStatus, registrationValidUntil,
                    operationRightHeldByOperator, classification, false, scenarios, terms);
        }
    }

    /** The quote; by default 12,000.00 CNY for 12 months of commercial use, binding for 30 days from NOW. */
    static final class Quote {
        UUID quoteId = QUOTE;
        String requesterOrganisation = LICENSEE_ORG;
        UUID productId = PRODUCT;
        String useCategory = "COMMERCIAL";
        String scenario = SCENARIO;
        String total = "12000.00";
        Integer months = 12;
        Instant validUntil = NOW.plus(Duration.ofDays(30));
        boolean eligibilityReviewRequired;
        UUID alreadyUsedBy;

        Quote id(UUID id) {
            quoteId = id;
            return this;
        }

        Quote requesterOrganisation(String organisation) {
            requesterOrganisation = organisation;
            return this;
        }

        Quote productId(UUID id) {
            productId = id;
            return this;
        }

        /** Free categories (public governance, public welfare) need an eligibility review. */
        Quote useCategory(String category) {
            useCategory = category;
            eligibilityReviewRequired = category.startsWith("PUBLIC_");
            return this;
        }

        Quote scenario(String value) {
            scenario = value;
            return this;
        }

        Quote total(String value) {
            total = value;
            return this;
        }

        Quote months(Integer value) {
            months = value;
            return this;
        }

        Quote validUntil(Instant value) {
            validUntil = value;
            return this;
        }

        Quote usedBy(UUID licence) {
            alreadyUsedBy = licence;
            return this;
        }

        /** The renewal quote: 13,000.00 CNY for 12 more months, binding 30 days from RENEWAL_AT. */
        Quote forRenewal() {
            return id(RENEWAL_QUOTE).total("13000.00").validUntil(RENEWAL_AT.plus(Duration.ofDays(30)));
        }

        QuoteFacts build() {
            return new QuoteFacts(quoteId, requesterOrganisation, productId, useCategory, scenario, total, months,
                    validUntil, eligibilityReviewRequired, alreadyUsedBy);
        }
    }

    /** An application: by default domestic delivery, for the default product and quote, by the licensee, at NOW. */
    static final class Application {
        String scenario = SCENARIO;
        String deliveryCountry = DOMESTIC;
        String crossBorderAssessmentSha256;
        String eligibilityEvidenceSha256;
        RequesterFacts requester = REQUESTER;
        ProductFacts product = LicenceFixtures.product().build();
        QuoteFacts quote = LicenceFixtures.quote().build();
        Actor by = LICENSEE;
        Instant at = NOW;

        Application scenario(String value) {
            scenario = value;
            return this;
        }

        Application deliveredTo(String country, String assessment) {
            deliveryCountry = country;
            crossBorderAssessmentSha256 = assessment;
            return this;
        }

        Application eligibilityEvidence(String sha256) {
            eligibilityEvidenceSha256 = sha256;
            return this;
        }

        Application requester(RequesterFacts value) {
            requester = value;
            return this;
        }

        Application product(Product value) {
            product = value.build();
            return this;
        }

        Application quote(Quote value) {
            quote = value.build();
            return this;
        }

        Application by(Actor actor) {
            by = actor;
            return this;
        }

        Application at(Instant instant) {
            at = instant;
            return this;
        }

        ApplyForLicenceCommand command() {
            return new ApplyForLicenceCommand(LICENCE, scenario, PURPOSE, deliveryCountry, crossBorderAssessmentSha256,
                    eligibilityEvidenceSha256, requester, product, quote, by, at);
        }

        LicenceAppliedEvent event() {
            return new LicenceAppliedEvent(LICENCE, scenario, PURPOSE, deliveryCountry, crossBorderAssessmentSha256,
                    eligibilityEvidenceSha256, requester, product, quote, by, at);
        }

        LicenceChecks.Verdict verdict() {
            return LicenceChecks.evaluate(LICENCE, new LicenceChecks.Declaration(scenario, deliveryCountry,
                    crossBorderAssessmentSha256, eligibilityEvidenceSha256), requester, product, quote, POLICY, at);
        }
    }
}
