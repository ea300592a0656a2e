package org.datadeed.marketplace.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.marketplace.api.Products.key;
import static org.datadeed.marketplace.api.Products.perCall;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.datadeed.client.marketplace.ApiException;
import org.datadeed.client.marketplace.api.CatalogueApi;
import org.datadeed.client.marketplace.api.LicencesApi;
import org.datadeed.client.marketplace.api.PricingApi;
import org.datadeed.client.marketplace.api.PublicMarketplaceApi;
import org.datadeed.client.marketplace.api.QuotesApi;
import org.datadeed.client.marketplace.api.UsageApi;
import org.datadeed.client.marketplace.model.CheckResult;
import org.datadeed.client.marketplace.model.Licence;
import org.datadeed.client.marketplace.model.LicenceApplication;
import org.datadeed.client.marketplace.model.LicenceDocument;
import org.datadeed.client.marketplace.model.LicenceStatus;
import org.datadeed.client.marketplace.model.LicenceUsage;
import org.datadeed.client.marketplace.model.LicenceVerification;
import org.datadeed.client.marketplace.model.LicenceVerificationRequest;
import org.datadeed.client.marketplace.model.PriceScheduleRequest;
import org.datadeed.client.marketplace.model.Quote;
import org.datadeed.client.marketplace.model.QuoteRequest;
import org.datadeed.client.marketplace.model.Reason;
import org.datadeed.client.marketplace.model.RenewalRequest;
import org.datadeed.client.marketplace.model.UsageBatch;
import org.datadeed.client.marketplace.model.UsageBatchResult;
import org.datadeed.client.marketplace.model.UsageRecord;
import org.datadeed.client.marketplace.model.UseCategory;
import org.datadeed.client.registry.model.Classification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The licence workflow end to end, through the generated client with real tokens, a real PostgreSQL and the real
 * registry: quote, application, automatic checks, grant, the signed licence, usage with alerts and suspension,
 * renewal, termination, and the refusals on the way.
 */
class LicenceJourneyIT {

    static MarketplaceTestStack stack;
    static UUID product;

    @BeforeAll
    static void start() throws Exception {
        stack = MarketplaceTestStack.get();
        product = Products.registered(stack, "Bus boardings " + UUID.randomUUID(), "org-operator", Classification.GENERAL);
        Products.offer(stack, "operator", product, true, List.of(perCall("0.10")), List.of(perCall("0.08")));
    }

    static Quote quote(String enterprise, long calls) throws ApiException {
        return new QuotesApi(stack.market(enterprise)).requestQuote(new QuoteRequest().productId(product)
                .useCategory(UseCategory.COMMERCIAL).scenario("route planning").purpose("journey planner app")
                .months(12).calls(calls), key());
    }

    static Licence apply(String enterprise, Quote quote) throws ApiException {
        return new LicencesApi(stack.market(enterprise)).applyForLicence(new LicenceApplication().quoteId(quote.getQuoteId())
                .scenario("route planning").purpose("journey planner app").deliveryCountry("CN"), key());
    }

    @Test
    void anAutoApprovableApplicationIsGrantedWithALicenceAnyoneCanVerify() throws Exception {
        Quote quote = quote("enterprise", 10_000);
        assertThat(quote.getTotal()).isEqualTo("800.00");
        assertThat(quote.getLines()).singleElement().satisfies(line -> {
            assertThat(line.getUnitPrice()).isEqualTo("0.08");
            assertThat(line.getCeilingUnitPrice()).isEqualTo("0.10");
            assertThat(line.getQuantity()).isEqualTo("10000");
        });
        assertThat(quote.getValidUntil()).isAfter(quote.getCreatedAt());

        Licence licence = apply("enterprise", quote);

        assertThat(licence.getStatus()).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(licence.getChecks()).extracting(CheckResult::getPassed).containsOnly(true);
        assertThat(licence.getChecks()).hasSize(8);
        assertThat(licence.getPrice()).isEqualTo("800.00");
        assertThat(licence.getValidUntil()).isEqualTo(licence.getValidFrom().plusMonths(12).minusDays(1));

        LicenceDocument document = new LicencesApi(stack.market("enterprise")).getLicenceDocument(licence.getLicenceId());
        assertThat(document.getSha256()).isEqualTo(licence.getDocumentSha256());
        JWKSet keys = JWKSet.parse(new PublicMarketplaceApi(stack.marketAnonymous()).getLicenceKeys());
        SignedJWT jwt = SignedJWT.parse(document.getJws());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("EdDSA");
        OctetKeyPair key = (OctetKeyPair) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        // verified from the published key alone, with Bouncy Castle's Ed25519 directly (not the service's code)
        String[] jws = document.getJws().split("\\.");
        byte[] signingInput = (jws[0] + "." + jws[1]).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(key.getDecodedX(), 0));
        verifier.update(signingInput, 0, signingInput.length);
        assertThat(verifier.verifySignature(java.util.Base64.getUrlDecoder().decode(jws[2]))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("org-ent");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("licence_id")).isEqualTo(licence.getLicenceId().toString());
        assertThat(jwt.getJWTClaimsSet().getStringClaim("scenario")).isEqualTo("route planning");

        LicenceVerification verification = new PublicMarketplaceApi(stack.marketAnonymous())
                .verifyLicence(new LicenceVerificationRequest().jws(document.getJws()));
        assertThat(verification.getSignatureValid()).isTrue();
        assertThat(verification.getStatus()).isEqualTo(LicenceStatus.ACTIVE);

        String[] parts = document.getJws().split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertThat(new PublicMarketplaceApi(stack.marketAnonymous())
                .verifyLicence(new LicenceVerificationRequest().jws(tampered)).getSignatureValid()).isFalse();
    }

    @Test
    void aQuoteIsUsedOnceAndAnotherOrganisationCannotSeeIt() throws Exception {
        Quote quote = quote("enterprise", 100);
        apply("enterprise", quote);
        Licence second = apply("enterprise", quote);
        assertThat(second.getStatus()).isEqualTo(LicenceStatus.CHECKS_FAILED);
        assertThat(second.getChecks()).filteredOn(c -> c.getCheck() == CheckResult.CheckEnum.QUOTE_VALID)
                .singleElement().satisfies(c -> {
                    assertThat(c.getPassed()).isFalse();
                    assertThat(c.getDetail()).contains("used already");
                });
        assertThatThrownBy(() -> apply("enterprise-b", quote))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> new LicencesApi(stack.market("enterprise-b")).getLicence(second.getLicenceId()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAppliesOnce() throws Exception {
        Quote quote = quote("enterprise", 100);
        String idempotencyKey = key();
        LicencesApi api = new LicencesApi(stack.market("enterprise"));
        LicenceApplication application = new LicenceApplication().quoteId(quote.getQuoteId()).scenario("route planning")
                .purpose("journey planner app").deliveryCountry("CN");
        Licence first = api.applyForLicence(application, idempotencyKey);
        Licence again = api.applyForLicence(application, idempotencyKey);
        assertThat(again.getLicenceId()).isEqualTo(first.getLicenceId());
        assertThat(again.getStatus()).isEqualTo(LicenceStatus.ACTIVE);
        long mine = api.searchLicences(null, product, 0, 200).getItems().stream()
                .filter(l -> quote.getQuoteId().equals(l.getQuoteId())).count();
        assertThat(mine).isEqualTo(1);
    }

    @Test
    void failedChecksAreRecordedWithTheirReasons() throws Exception {
        Quote quote = quote("enterprise", 100);
        Licence abroad = new LicencesApi(stack.market("enterprise")).applyForLicence(new LicenceApplication()
                .quoteId(quote.getQuoteId()).scenario("urban research").purpose("p").deliveryCountry("SG"), key());
        assertThat(abroad.getStatus()).isEqualTo(LicenceStatus.CHECKS_FAILED);
        assertThat(abroad.getChecks()).filteredOn(c -> !c.getPassed()).extracting(CheckResult::getCheck)
                .containsExactlyInAnyOrder(CheckResult.CheckEnum.CROSS_BORDER, CheckResult.CheckEnum.SCENARIO_DECLARED);
        assertThatThrownBy(() -> new LicencesApi(stack.market("enterprise")).getLicenceDocument(abroad.getLicenceId()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));
    }

    @Test
    void usageCountsEachRecordOnceWarnsAndSuspendsOnOverUse() throws Exception {
        Licence licence = apply("enterprise", quote("enterprise", 1000));
        UsageApi usage = new UsageApi(stack.market("operator"));
        OffsetDateTime at = OffsetDateTime.ofInstant(stack.clock.instant(), java.time.ZoneOffset.UTC);
        UsageBatchResult first = usage.ingestUsage(new UsageBatch().records(List.of(
                record("r1", licence.getLicenceId(), at, 500), record("r2", licence.getLicenceId(), at, 350),
                record("r2", licence.getLicenceId(), at, 350), record("x", UUID.randomUUID(), at, 1))), key());
        assertThat(first.getAccepted()).isEqualTo(2);
        assertThat(first.getDuplicates()).isEqualTo(1);
        assertThat(first.getRejected()).singleElement().satisfies(r -> assertThat(r.getReason()).isEqualTo("no such licence"));
        assertThat(first.getBatchSha256()).hasSize(64);

        LicenceUsage counted = new UsageApi(stack.market("enterprise")).getLicenceUsage(licence.getLicenceId());
        assertThat(counted.getCalls()).isEqualTo(850);
        assertThat(counted.getMaxCallsPerMonth()).isEqualTo(1000);
        assertThat(counted.getAlerts()).singleElement().satisfies(a -> assertThat(a.getKind().getValue()).isEqualTo("OVER_USE_WARNING"));

        UsageBatchResult resent = usage.ingestUsage(new UsageBatch().records(List.of(record("r1", licence.getLicenceId(), at, 500))), key());
        assertThat(resent.getAccepted()).isZero();
        assertThat(resent.getDuplicates()).isEqualTo(1);

        usage.ingestUsage(new UsageBatch().records(List.of(record("r3", licence.getLicenceId(), at, 200))), key());
        Licence suspended = new LicencesApi(stack.market("enterprise")).getLicence(licence.getLicenceId());
        assertThat(suspended.getStatus()).isEqualTo(LicenceStatus.SUSPENDED);
        assertThat(new UsageApi(stack.market("enterprise")).getLicenceUsage(licence.getLicenceId()).getAlerts())
                .extracting(a -> a.getKind().getValue()).containsExactly("OVER_USE_WARNING", "LIMIT_EXCEEDED");

        UsageBatchResult foreign = new UsageApi(stack.market("operator-b")).ingestUsage(new UsageBatch()
                .records(List.of(record("r9", licence.getLicenceId(), at, 1))), key());
        assertThat(foreign.getAccepted()).isZero();
        assertThat(foreign.getRejected()).singleElement()
                .satisfies(r -> assertThat(r.getReason()).isEqualTo("not a licence of your products"));
    }

    static UsageRecord record(String id, UUID licenceId, OffsetDateTime at, long calls) {
        return new UsageRecord().recordId(id).licenceId(licenceId).occurredAt(at).calls(calls);
    }

    @Test
    void theOperatorSuspendsResumesAndOnlyTheLicenseeTerminates() throws Exception {
        Licence licence = apply("enterprise", quote("enterprise", 100));
        LicencesApi operator = new LicencesApi(stack.market("operator"));
        assertThat(operator.suspendLicence(licence.getLicenceId(), new Reason().reason("audit"), key()).getStatus())
                .isEqualTo(LicenceStatus.SUSPENDED);
        assertThatThrownBy(() -> operator.suspendLicence(licence.getLicenceId(), new Reason().reason("again"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));
        assertThat(operator.resumeLicence(licence.getLicenceId(), new Reason().reason("audit passed"), key()).getStatus())
                .isEqualTo(LicenceStatus.ACTIVE);
        assertThatThrownBy(() -> operator.terminateLicence(licence.getLicenceId(), new Reason().reason("no"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThatThrownBy(() -> new LicencesApi(stack.market("regulator")).suspendLicence(licence.getLicenceId(),
                new Reason().reason("no"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        Licence ended = new LicencesApi(stack.market("enterprise")).terminateLicence(licence.getLicenceId(),
                new Reason().reason("project finished"), key());
        assertThat(ended.getStatus()).isEqualTo(LicenceStatus.TERMINATED);
        assertThat(ended.getHistory()).extracting(h -> h.getType())
                .containsSubsequence("APPLIED", "CHECKS_PASSED", "GRANTED_AUTOMATICALLY", "SUSPENDED_OPERATOR", "RESUMED", "TERMINATED");
    }

    @Test
    void aRegulatorReadsEverythingAndMayRevoke() throws Exception {
        Licence licence = apply("enterprise", quote("enterprise", 100));
        LicencesApi regulator = new LicencesApi(stack.market("regulator"));
        assertThat(regulator.getLicence(licence.getLicenceId()).getStatus()).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(regulator.searchLicences(null, product, 0, 200).getTotalItems()).isGreaterThanOrEqualTo(1);
        assertThat(regulator.revokeLicence(licence.getLicenceId(), new Reason().reason("breach of purpose"), key())
                .getStatus()).isEqualTo(LicenceStatus.REVOKED);
        LicenceVerification verification = new PublicMarketplaceApi(stack.marketAnonymous()).verifyLicence(
                new LicenceVerificationRequest().jws(new LicencesApi(stack.market("enterprise"))
                        .getLicenceDocument(licence.getLicenceId()).getJws()));
        assertThat(verification.getSignatureValid()).isTrue();
        assertThat(verification.getStatus()).isEqualTo(LicenceStatus.REVOKED);
    }

    @Test
    void aRenewalOnANewQuoteExtendsTheTermAndReissuesTheLicence() throws Exception {
        Licence licence = apply("enterprise", quote("enterprise", 100));
        Licence renewed = new LicencesApi(stack.market("enterprise")).renewLicence(licence.getLicenceId(),
                new RenewalRequest().quoteId(quote("enterprise", 200).getQuoteId()).reason("next year"), key());
        assertThat(renewed.getStatus()).isEqualTo(LicenceStatus.ACTIVE);
        assertThat(renewed.getValidUntil()).isEqualTo(licence.getValidUntil().plusMonths(12));
        assertThat(renewed.getPrice()).isEqualTo("16.00");
        assertThat(renewed.getDocumentSha256()).isNotEqualTo(licence.getDocumentSha256());
    }

    @Test
    void aLicenceExpiresAtTheEndOfItsTermUnlessRenewed() throws Exception {
        Licence ending = apply("enterprise", quote("enterprise", 10));
        Licence renewing = apply("enterprise", quote("enterprise", 10));
        new LicencesApi(stack.market("enterprise")).renewLicence(renewing.getLicenceId(),
                new RenewalRequest().quoteId(quote("enterprise", 10).getQuoteId()).reason("another year"), key());

        stack.clock.advancePast(ending.getValidUntil().plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());

        LicencesApi enterprise = new LicencesApi(stack.market("enterprise"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                enterprise.getLicence(ending.getLicenceId()).getStatus() == LicenceStatus.EXPIRED);
        assertThat(enterprise.getLicence(ending.getLicenceId()).getHistory()).last()
                .satisfies(h -> assertThat(h.getType()).isEqualTo("EXPIRED"));
        assertThat(enterprise.getLicence(renewing.getLicenceId()).getStatus()).isEqualTo(LicenceStatus.ACTIVE);
    }

    @Test
    void anOperatorCannotPriceAboveTheCeilingNorAnotherOperatorsProduct() throws Exception {
        assertThatThrownBy(() -> new PricingApi(stack.market("operator")).setPriceSchedule(product,
                new PriceScheduleRequest().prices(List.of(perCall("0.11")))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("price-above-ceiling");
                });
        assertThatThrownBy(() -> new PricingApi(stack.market("operator-b")).setPriceSchedule(product,
                new PriceScheduleRequest().prices(List.of(perCall("0.01")))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThatThrownBy(() -> new PricingApi(stack.market("enterprise")).setPriceSchedule(product,
                new PriceScheduleRequest().prices(List.of(perCall("0.01")))))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThat(new CatalogueApi(stack.market("enterprise")).getProduct(product).getPrices().getPrices())
                .singleElement().satisfies(p -> assertThat(p.getPrice()).isEqualTo("0.08"));
    }

    @Test
    void anEnterpriseWorksWithAClientCredentialsToken() throws Exception {
        var client = stack.marketWithToken(stack.clientCredentialsToken());
        var page = new CatalogueApi(client).searchProducts(null, "transport", null, UseCategory.COMMERCIAL, null,
                null, null, false, 0, 50);
        assertThat(page.getItems()).extracting(p -> p.getProductId()).contains(product);
        assertThat(page.getFacets().getIndustry()).anySatisfy(f -> assertThat(f.getValue()).isEqualTo("transport"));
        Quote quote = new QuotesApi(client).requestQuote(new QuoteRequest().productId(product)
                .useCategory(UseCategory.COMMERCIAL).scenario("route planning").purpose("sdk").calls(10L), key());
        assertThat(new LicencesApi(client).applyForLicence(new LicenceApplication().quoteId(quote.getQuoteId())
                .scenario("route planning").purpose("sdk").deliveryCountry("CN"), key()).getStatus())
                .isEqualTo(LicenceStatus.ACTIVE);
    }

    @Test
    void publicEndpointsNeedNoTokenAndTheRestDo() throws Exception {
        assertThat(new PublicMarketplaceApi(stack.marketAnonymous()).exportCatalogue()).containsEntry("@type", "dcat:Catalog");
        assertThatThrownBy(() -> new CatalogueApi(stack.marketAnonymous()).getProduct(product))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }
}
