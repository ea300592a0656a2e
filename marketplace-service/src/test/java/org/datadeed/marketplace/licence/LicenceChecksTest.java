package org.datadeed.marketplace.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datadeed.marketplace.licence.LicenceChecks.CLASSIFICATION_ALLOWS;
import static org.datadeed.marketplace.licence.LicenceChecks.CROSS_BORDER;
import static org.datadeed.marketplace.licence.LicenceChecks.OPERATION_RIGHT_PRESENT;
import static org.datadeed.marketplace.licence.LicenceChecks.PRODUCT_ACTIVE;
import static org.datadeed.marketplace.licence.LicenceChecks.QUOTE_VALID;
import static org.datadeed.marketplace.licence.LicenceChecks.REQUESTER_VERIFIED;
import static org.datadeed.marketplace.licence.LicenceChecks.SCENARIO_DECLARED;
import static org.datadeed.marketplace.licence.LicenceChecks.USE_CATEGORY_OFFERED;
import static org.datadeed.marketplace.licence.LicenceFixtures.ASSESSMENT;
import static org.datadeed.marketplace.licence.LicenceFixtures.ELIGIBILITY;
import static org.datadeed.marketplace.licence.LicenceFixtures.LICENCE;
import static org.datadeed.marketplace.licence.LicenceFixtures.NOW;
import static org.datadeed.marketplace.licence.LicenceFixtures.OTHER_LICENCE;
import static org.datadeed.marketplace.licence.LicenceFixtures.OTHER_PRODUCT;
import static org.datadeed.marketplace.licence.LicenceFixtures.TODAY;
import static org.datadeed.marketplace.licence.LicenceFixtures.ZONE;
import static org.datadeed.marketplace.licence.LicenceFixtures.application;
import static org.datadeed.marketplace.licence.LicenceFixtures.product;
import static org.datadeed.marketplace.licence.LicenceFixtures.quote;
import static org.datadeed.marketplace.licence.LicenceFixtures.terms;

import java.time.LocalTime;
import java.util.List;

import org.datadeed.marketplace.messages.CheckOutcome;
import org.datadeed.marketplace.messages.RequesterFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The eight automatic checks and the reasons for manual approval, each varied alone from a passing application. */
class LicenceChecksTest {

    private static final String IMPORTANT = "important data: every licence is approved by the operator";
    private static final String OPERATOR_APPROVES = "the operator approves every licence of this product";

    @Test
    void aCompleteApplicationPassesEveryCheckInOrderAndNeedsNoApproval() {
        LicenceChecks.Verdict verdict = application().verdict();

        assertThat(verdict.checks()).extracting(CheckOutcome::check).containsExactly(REQUESTER_VERIFIED, PRODUCT_ACTIVE,
                OPERATION_RIGHT_PRESENT, CLASSIFICATION_ALLOWS, SCENARIO_DECLARED, CROSS_BORDER, QUOTE_VALID,
                USE_CATEGORY_OFFERED);
        assertThat(verdict.checks()).allMatch(CheckOutcome::passed);
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.manualApprovalReasons()).isEmpty();
    }

    @Test
    void oneFailedCheckFailsTheVerdict() {
        LicenceChecks.Verdict verdict = application().product(product().withoutOperationRight()).verdict();

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.checks()).filteredOn(check -> !check.passed()).extracting(CheckOutcome::check)
                .containsExactly(OPERATION_RIGHT_PRESENT);
    }

    // ---------------------------------------------------------------- requester

    @Test
    void theRequesterMustActAsAnEnterprise() {
        assertFailsOnly(application().requester(new RequesterFacts("org-acme", "Acme Data Co.", false)), REQUESTER_VERIFIED,
                "must be an enterprise");
    }

    @Test
    void theRequestersOrganisationMustBeKnown() {
        assertFailsOnly(application().requester(new RequesterFacts(" ", "Acme Data Co.", true)).quote(quote()
                .requesterOrganisation(" ")), REQUESTER_VERIFIED, "verified");
    }

    @Test
    void theRequestersRegisteredNameMustBeKnown() {
        assertFailsOnly(application().requester(new RequesterFacts("org-acme", null, true)), REQUESTER_VERIFIED, "verified");
    }

    // ---------------------------------------------------------------- product

    @Test
    void theProductMustBeRegistered() {
        assertFailsOnly(application().product(product().registrationStatus("FROZEN")), PRODUCT_ACTIVE,
                "the product's registration is FROZEN");
    }

    @Test
    void theProductsRegistrationMustStillBeValidInThePolicyZone() {
        LicenceChecks.Verdict lastDay = application().product(product().registrationValidUntil(TODAY))
                .at(LicenceFixtures.at(TODAY, LocalTime.of(23, 59))).verdict();
        assertThat(outcome(lastDay, PRODUCT_ACTIVE).passed()).isTrue();

        // 00:30 on the next day in Beijing is still TODAY in UTC: the policy's zone decides
        assertFailsOnly(application().product(product().registrationValidUntil(TODAY))
                .at(LicenceFixtures.at(TODAY.plusDays(1), LocalTime.of(0, 30))), PRODUCT_ACTIVE,
                "the product's registration ended on " + TODAY);
        assertThat(TODAY.plusDays(1).atTime(0, 30).atZone(ZONE).toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate())
                .isEqualTo(TODAY);
    }

    @Test
    void aRegistrationWithoutEndStaysValid() {
        LicenceChecks.Verdict verdict = application().product(product().registrationValidUntil(null)).verdict();
        assertThat(outcome(verdict, PRODUCT_ACTIVE).passed()).isTrue();
    }

    @Test
    void theOperatorMustHaveSetLicenceTerms() {
        LicenceChecks.Verdict verdict = application().product(product().withoutTerms()).verdict();

        assertThat(outcome(verdict, PRODUCT_ACTIVE).passed()).isFalse();
        assertThat(outcome(verdict, PRODUCT_ACTIVE).detail()).contains("has not set licence terms");
        // without terms no use category is offered either
        assertThat(outcome(verdict, USE_CATEGORY_OFFERED).passed()).isFalse();
    }

    @Test
    void theOperatorMustHoldTheOperationRight() {
        assertFailsOnly(application().product(product().withoutOperationRight()), OPERATION_RIGHT_PRESENT,
                "no operation right");
    }

    // ---------------------------------------------------------------- classification

    @Test
    void coreDataIsNeverLicensed() {
        assertFailsOnly(application().product(product().classification("CORE")), CLASSIFICATION_ALLOWS,
                "core data is never licensed");
    }

    @Test
    void importantDataPassesButNeedsTheOperatorsApproval() {
        LicenceChecks.Verdict verdict = application().product(product().classification("IMPORTANT")).verdict();

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.manualApprovalReasons()).containsExactly(IMPORTANT);
    }

    // ---------------------------------------------------------------- scenario

    @ParameterizedTest(name = "scenario ''{0}''")
    @ValueSource(strings = {"", "  "})
    void noScenarioNoAuthorisation(String blank) {
        assertFailsOnly(application().scenario(blank), SCENARIO_DECLARED, "no scenario, no authorisation");
    }

    @Test
    void aMissingScenarioFailsTheCheck() {
        assertFailsOnly(application().scenario(null), SCENARIO_DECLARED, "no scenario, no authorisation");
    }

    @Test
    void theScenarioMustBeTheQuotes() {
        assertFailsOnly(application().scenario("insurance-pricing"), SCENARIO_DECLARED,
                "differs from the quote's (route-planning)");
    }

    @Test
    void theProductMustServeTheScenario() {
        assertFailsOnly(application().product(product().scenarios("insurance-pricing")), SCENARIO_DECLARED,
                "offered for insurance-pricing only");
    }

    @Test
    void aProductWithoutListedScenariosServesAny() {
        LicenceChecks.Verdict verdict = application().product(product().scenarios()).verdict();
        assertThat(outcome(verdict, SCENARIO_DECLARED).passed()).isTrue();
    }

    // ---------------------------------------------------------------- cross-border

    @Test
    void domesticDeliveryNeedsNoAssessment() {
        LicenceChecks.Verdict verdict = application().verdict();
        assertThat(outcome(verdict, CROSS_BORDER).passed()).isTrue();
        assertThat(outcome(verdict, CROSS_BORDER).detail()).isEqualTo("delivered in CN");
    }

    @Test
    void crossBorderDeliveryIsRefusedWhenTheProductIsNotOfferedAbroad() {
        assertFailsOnly(application().deliveredTo("SG", ASSESSMENT), CROSS_BORDER, "not offered for delivery outside CN");
    }

    @Test
    void crossBorderDeliveryNeedsTheAssessment() {
        assertFailsOnly(application().product(product().terms(terms().crossBorderAllowed())).deliveredTo("SG", null),
                CROSS_BORDER, "needs the security assessment");
    }

    @Test
    void crossBorderDeliveryWithTheAssessmentPassesForTheOperatorToReview() {
        LicenceChecks.Verdict verdict = application().product(product().terms(terms().crossBorderAllowed()))
                .deliveredTo("SG", ASSESSMENT).verdict();

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.manualApprovalReasons())
                .containsExactly("cross-border delivery to SG: the operator reviews the assessment");
    }

    // ---------------------------------------------------------------- quote

    @Test
    void anApplicationNeedsAQuote() {
        assertFailsOnly(application().quote(quote().id(null)), QUOTE_VALID, "no quote");
    }

    @Test
    void theQuoteMustBeTheRequesters() {
        assertFailsOnly(application().quote(quote().requesterOrganisation("org-other")), QUOTE_VALID,
                "made for another organisation");
    }

    @Test
    void theQuoteMustBeForTheProduct() {
        assertFailsOnly(application().quote(quote().productId(OTHER_PRODUCT)), QUOTE_VALID, "for another product");
    }

    @Test
    void theQuoteBindsUntilJustBeforeItsValidUntil() {
        LicenceChecks.Verdict lastMoment = application().quote(quote().validUntil(NOW.plusNanos(1))).verdict();
        assertThat(outcome(lastMoment, QUOTE_VALID).passed()).isTrue();

        assertFailsOnly(application().quote(quote().validUntil(NOW)), QUOTE_VALID, "the quote expired at");
    }

    @Test
    void aQuoteUsedByAnotherLicenceIsSpent() {
        assertFailsOnly(application().quote(quote().usedBy(OTHER_LICENCE)), QUOTE_VALID,
                "used already by licence " + OTHER_LICENCE);
    }

    @Test
    void aQuoteUsedByThisLicenceStillCounts() {
        LicenceChecks.Verdict verdict = application().quote(quote().usedBy(LICENCE)).verdict();
        assertThat(outcome(verdict, QUOTE_VALID).passed()).isTrue();
    }

    // ---------------------------------------------------------------- use category

    @Test
    void theQuotesUseCategoryMustBeOffered() {
        assertFailsOnly(application().product(product().terms(terms().useCategories("INDUSTRY"))), USE_CATEGORY_OFFERED,
                "COMMERCIAL use is not offered");
    }

    @Test
    void freeUseNeedsEligibilityEvidence() {
        assertFailsOnly(application().quote(quote().useCategory("PUBLIC_WELFARE")), USE_CATEGORY_OFFERED,
                "free PUBLIC_WELFARE use needs eligibility evidence");
    }

    @Test
    void freeUseWithEvidencePassesForTheOperatorToReview() {
        LicenceChecks.Verdict verdict = application().quote(quote().useCategory("PUBLIC_WELFARE"))
                .eligibilityEvidence(ELIGIBILITY).verdict();

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.manualApprovalReasons())
                .containsExactly("free PUBLIC_WELFARE use: the operator reviews the eligibility evidence");
    }

    // ---------------------------------------------------------------- manual approval

    @Test
    void termsWithoutAutomaticApprovalNeedTheOperator() {
        LicenceChecks.Verdict verdict = application().product(product().terms(terms().manualApproval())).verdict();

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.manualApprovalReasons()).containsExactly(OPERATOR_APPROVES);
    }

    @Test
    void everyManualReasonIsListedInOrder() {
        LicenceChecks.Verdict verdict = application()
                .product(product().classification("IMPORTANT").terms(terms().crossBorderAllowed().manualApproval()))
                .deliveredTo("SG", ASSESSMENT)
                .quote(quote().useCategory("PUBLIC_WELFARE")).eligibilityEvidence(ELIGIBILITY)
                .verdict();

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.manualApprovalReasons()).containsExactly(IMPORTANT,
                "cross-border delivery to SG: the operator reviews the assessment",
                "free PUBLIC_WELFARE use: the operator reviews the eligibility evidence", OPERATOR_APPROVES);
    }

    // ================================================================ helpers

    private static void assertFailsOnly(LicenceFixtures.Application application, String check, String detail) {
        LicenceChecks.Verdict verdict = application.verdict();
        assertThat(verdict.passed()).as("verdict passed").isFalse();
        List<String> failed = verdict.checks().stream().filter(c -> !c.passed()).map(CheckOutcome::check).toList();
        assertThat(failed).as("failed checks").containsExactly(check);
        assertThat(outcome(verdict, check).detail()).contains(detail);
    }

    private static CheckOutcome outcome(LicenceChecks.Verdict verdict, String check) {
        return verdict.checks().stream().filter(c -> c.check().equals(check)).findFirst().orElseThrow();
    }
}
