package org.datadeed.marketplace.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.marketplace.api.Products.key;
import static org.datadeed.marketplace.api.Products.perCall;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.datadeed.client.marketplace.ApiException;
import org.datadeed.client.marketplace.api.CatalogueApi;
import org.datadeed.client.marketplace.api.LicencesApi;
import org.datadeed.client.marketplace.api.PricingApi;
import org.datadeed.client.marketplace.api.PublicMarketplaceApi;
import org.datadeed.client.marketplace.api.QuotesApi;
import org.datadeed.client.marketplace.model.CeilingFilingRequest;
import org.datadeed.client.marketplace.model.ChargingUnit;
import org.datadeed.client.marketplace.model.CostEntryRequest;
import org.datadeed.client.marketplace.model.CostEntryRequestAllocationsInner;
import org.datadeed.client.marketplace.model.CostLedger;
import org.datadeed.client.marketplace.model.Licence;
import org.datadeed.client.marketplace.model.LicenceApplication;
import org.datadeed.client.marketplace.model.LicenceStatus;
import org.datadeed.client.marketplace.model.MarTracker;
import org.datadeed.client.marketplace.model.PriceLine;
import org.datadeed.client.marketplace.model.PriceScheduleRequest;
import org.datadeed.client.marketplace.model.PriceScheduleRequestScenarioDiscountsInner;
import org.datadeed.client.marketplace.model.Product;
import org.datadeed.client.marketplace.model.ProductPage;
import org.datadeed.client.marketplace.model.Quote;
import org.datadeed.client.marketplace.model.QuoteRequest;
import org.datadeed.client.marketplace.model.Reason;
import org.datadeed.client.marketplace.model.Tier;
import org.datadeed.client.marketplace.model.UseCategory;
import org.datadeed.client.registry.api.RegistrarActionsApi;
import org.datadeed.client.registry.model.Classification;
import org.datadeed.client.registry.model.OrderDecision;
import org.datadeed.marketplace.messages.QuoteIssuedEvent;
import org.datadeed.marketplace.quote.QuoteQueries;
import org.datadeed.marketplace.quote.QuoteService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operator's and the price auditor's side, end to end: a tiered annual-plus-usage tariff under a filed ceiling,
 * the worked pricing example (costs → MAR → ceiling → quote → revenue), manual approval, the catalogue's facets and
 * DCAT export, a frozen product's licences, and the refusals of bad input.
 */
class OperatorJourneyIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static MarketplaceTestStack stack;
    static UUID credit;
    static UUID other;

    @BeforeAll
    static void start() throws Exception {
        stack = MarketplaceTestStack.get();
        credit = Products.registered(stack, "Enterprise credit index " + UUID.randomUUID(), "org-operator-b", Classification.GENERAL);
        other = Products.registered(stack, "Parking occupancy " + UUID.randomUUID(), "org-operator-b", Classification.GENERAL);
        PricingApi pricing = new PricingApi(stack.market("operator-b"));
        pricing.setProductTerms(credit, Products.terms(false).maxCallsPerMonth(null));
        pricing.fileCeiling(credit, new CeilingFilingRequest().filingReference("ZJ-FGW-2026-017")
                .authorisingBody("Zhejiang Provincial Development and Reform Commission").effectiveFrom(today())
                .ceilings(List.of(annualPlusCalls("20000.00", "0.05", "0.03"))), key());
        pricing.setPriceSchedule(credit, new PriceScheduleRequest().prices(List.of(annualPlusCalls("18000.00", "0.04", "0.025")))
                .scenarioDiscounts(List.of(new PriceScheduleRequestScenarioDiscountsInner().scenario("route planning").percent(10))));
        Products.offer(stack, "operator-b", other, true, List.of(perCall("1.00")), List.of(perCall("0.50")));
    }

    static LocalDate today() {
        return LocalDate.ofInstant(stack.clock.instant(), ZONE);
    }

    static PriceLine annualPlusCalls(String annual, String upTo100k, String beyond) {
        return new PriceLine().unit(ChargingUnit.ANNUAL_PLUS_PER_CALL).price(upTo100k).annualFee(annual)
                .tiers(List.of(new Tier().upTo(100_000L).unitPrice(upTo100k), new Tier().upTo(0L).unitPrice(beyond)));
    }

    @Test
    void theWorkedPricingExampleFromCostsToMarToCeilingToQuoteToRevenue() throws Exception {
        int year = today().getYear();
        PricingApi operator = new PricingApi(stack.market("operator-b"));
        cost(operator, year, CostEntryRequest.ComponentEnum.STAFF, "600000.00", 3, 1);
        cost(operator, year, CostEntryRequest.ComponentEnum.COMPUTE_AND_STORAGE, "250000.00", 1, 1);
        cost(operator, year, CostEntryRequest.ComponentEnum.SECURITY, "50000.00", 1, 1);
        CostLedger ledger = cost(operator, year, CostEntryRequest.ComponentEnum.TAXES, "27000.00", 1, 1);
        assertThat(ledger.getTotal()).isEqualTo("927000.00");
        assertThat(ledger.getByProduct()).anySatisfy(p -> {
            assertThat(p.getProductId()).isEqualTo(credit);
            assertThat(p.getAmount()).isEqualTo("613500.00"); // staff 3:1, the rest 1:1: 450000 + 125000 + 25000 + 13500
        });

        MarTracker before = operator.getMarTracker("org-operator-b", Integer.toString(year));
        assertThat(before.getOperatingCost()).isEqualTo("900000.00");
        assertThat(before.getPermittedProfit()).isEqualTo("72000.00"); // 8 % of operating cost
        assertThat(before.getTaxes()).isEqualTo("27000.00");           // the taxes booked, passed through
        assertThat(before.getMar()).isEqualTo("999000.00");

        // 12 months, 250,000 calls, a supported scenario (10 % off): 18000 + 100000 × 0.04 + 150000 × 0.025 = 25750,
        // less 10 % = 23175.00; the ceiling would allow 20000 + 100000 × 0.05 + 150000 × 0.03 = 29500.
        Quote quote = new QuotesApi(stack.market("enterprise")).requestQuote(new QuoteRequest().productId(credit)
                .useCategory(UseCategory.COMMERCIAL).scenario("route planning").purpose("credit checks for SME loans")
                .months(12).calls(250_000L), key());
        assertThat(quote.getTotal()).isEqualTo("23175.00");
        assertThat(quote.getLines()).extracting(l -> l.getAmount()).containsExactlyInAnyOrder("16200.00", "3600.00", "3375.00");
        assertThat(quote.getLines()).extracting(l -> l.getCeilingUnitPrice()).containsExactlyInAnyOrder("20000.00", "0.05", "0.03");
        QuoteIssuedEvent recorded = stack.marketplace.getBean(QuoteQueries.class).find(quote.getQuoteId()).orElseThrow();
        assertThat(recorded.ceilingTotal()).isEqualTo("29500.00");
        assertThat(stack.marketplace.getBean(QuoteService.class).reproduces(recorded)).isTrue();
        QuoteIssuedEvent altered = new QuoteIssuedEvent(recorded.quoteId(), recorded.productId(),
                recorded.operatorOrganisation(), recorded.requesterOrganisation(), recorded.useCategory(), recorded.scenario(),
                recorded.purpose(), recorded.months(), recorded.calls() + 1, recorded.gigabytes(), recorded.thousandRecords(),
                recorded.sme(), recorded.research(), recorded.lines(), recorded.total(), recorded.ceilingTotal(),
                recorded.eligibilityReviewRequired(), recorded.ceilingFilingId(), recorded.scheduleVersion(),
                recorded.policyVersion(), recorded.rulesVersion(), recorded.discount(), recorded.digest(), recorded.by(),
                recorded.at(), recorded.validUntil());
        assertThat(stack.marketplace.getBean(QuoteService.class).reproduces(altered))
                .as("a record whose inputs were changed no longer reproduces its digest").isFalse();

        Licence applied = new LicencesApi(stack.market("enterprise")).applyForLicence(new LicenceApplication()
                .quoteId(quote.getQuoteId()).scenario("route planning").purpose("credit checks for SME loans")
                .deliveryCountry("CN"), key());
        assertThat(applied.getStatus()).isEqualTo(LicenceStatus.AWAITING_APPROVAL);
        Licence granted = new LicencesApi(stack.market("operator-b")).approveLicence(applied.getLicenceId(),
                new Reason().reason("purpose and scenario verified"), key());
        assertThat(granted.getStatus()).isEqualTo(LicenceStatus.ACTIVE);

        MarTracker after = operator.getMarTracker("org-operator-b", Integer.toString(year));
        assertThat(after.getRevenue()).isEqualTo("23175.00");
        assertThat(after.getHeadroom()).isEqualTo("975825.00");
        assertThat(after.getExcess()).isEqualTo("0.00");

        var report = operator.getAnnualReport("org-operator-b", year);
        assertThat(report.getDueBy()).isEqualTo(LocalDate.of(year + 1, 3, 31));
        assertThat(report.getProducts()).anySatisfy(p -> {
            assertThat(p.getProductId()).isEqualTo(credit);
            assertThat(p.getRevenue()).isEqualTo("23175.00");
            assertThat(p.getLicences()).isEqualTo(1);
        });
        var disclosure = new PublicMarketplaceApi(stack.marketAnonymous()).getDisclosure(year);
        assertThat(disclosure.getProducts()).anySatisfy(p -> {
            assertThat(p.getProductId()).isEqualTo(credit);
            assertThat(p.getCeilings()).singleElement().satisfies(c -> assertThat(c.getAnnualFee()).isEqualTo("20000.00"));
            assertThat(p.getActualPrices()).singleElement().satisfies(c -> assertThat(c.getAnnualFee()).isEqualTo("18000.00"));
        });

        assertThatThrownBy(() -> new PricingApi(stack.market("operator")).getMarTracker("org-operator-b", Integer.toString(year)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThat(new PricingApi(stack.market("regulator")).getMarTracker("org-operator-b", Integer.toString(year)).getMar())
                .isEqualTo("999000.00");
    }

    /** A cost shared between the credit index and the parking product by the given weights. */
    static CostLedger cost(PricingApi operator, int year, CostEntryRequest.ComponentEnum component, String amount,
                           int creditShare, int otherShare) throws ApiException {
        return operator.recordCost("org-operator-b", new CostEntryRequest().period(Integer.toString(year))
                .component(component).amount(amount).description(component + " " + year)
                .allocations(List.of(new CostEntryRequestAllocationsInner().productId(credit).share(creditShare),
                        new CostEntryRequestAllocationsInner().productId(other).share(otherShare))), key());
    }

    @Test
    void theApprovalQueueIsTheOperatorsAndTheLicenseeCannotApproveItself() throws Exception {
        Quote quote = new QuotesApi(stack.market("enterprise-b")).requestQuote(new QuoteRequest().productId(credit)
                .useCategory(UseCategory.INDUSTRY).scenario("urban research").purpose("index study").calls(1000L), key());
        Licence applied = new LicencesApi(stack.market("enterprise-b")).applyForLicence(new LicenceApplication()
                .quoteId(quote.getQuoteId()).scenario("urban research").purpose("index study").deliveryCountry("CN"), key());
        assertThat(applied.getStatus()).isEqualTo(LicenceStatus.AWAITING_APPROVAL);
        assertThat(new LicencesApi(stack.market("operator-b")).searchLicences(LicenceStatus.AWAITING_APPROVAL, credit, 0, 100)
                .getItems()).extracting(Licence::getLicenceId).contains(applied.getLicenceId());
        assertThatThrownBy(() -> new LicencesApi(stack.market("enterprise-b")).approveLicence(applied.getLicenceId(),
                new Reason().reason("me"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThatThrownBy(() -> new LicencesApi(stack.market("operator")).approveLicence(applied.getLicenceId(),
                new Reason().reason("not mine"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        Licence rejected = new LicencesApi(stack.market("operator-b")).rejectLicence(applied.getLicenceId(),
                new Reason().reason("purpose not substantiated"), key());
        assertThat(rejected.getStatus()).isEqualTo(LicenceStatus.REJECTED);
        assertThat(rejected.getHistory()).last().satisfies(h -> assertThat(h.getReason()).isEqualTo("purpose not substantiated"));
    }

    @Test
    void freeUseNeedsEligibilityEvidenceAndTheOperatorsReview() throws Exception {
        Quote quote = new QuotesApi(stack.market("enterprise")).requestQuote(new QuoteRequest().productId(other)
                .useCategory(UseCategory.PUBLIC_WELFARE).scenario("urban research").purpose("accessibility map").calls(5000L), key());
        assertThat(quote.getTotal()).isEqualTo("0.00");
        assertThat(quote.getEligibilityReviewRequired()).isTrue();
        LicencesApi enterprise = new LicencesApi(stack.market("enterprise"));
        Licence without = enterprise.applyForLicence(new LicenceApplication().quoteId(quote.getQuoteId())
                .scenario("urban research").purpose("accessibility map").deliveryCountry("CN"), key());
        assertThat(without.getStatus()).isEqualTo(LicenceStatus.CHECKS_FAILED);
        Quote again = new QuotesApi(stack.market("enterprise")).requestQuote(new QuoteRequest().productId(other)
                .useCategory(UseCategory.PUBLIC_WELFARE).scenario("urban research").purpose("accessibility map").calls(5000L), key());
        Licence with = enterprise.applyForLicence(new LicenceApplication().quoteId(again.getQuoteId())
                .scenario("urban research").purpose("accessibility map").deliveryCountry("CN")
                .eligibilityEvidenceSha256(Products.sha256("welfare certificate")), key());
        assertThat(with.getStatus()).isEqualTo(LicenceStatus.AWAITING_APPROVAL);
    }

    @Test
    void theCatalogueFiltersWithFacetsAndExportsDcat() throws Exception {
        ProductPage page = new CatalogueApi(stack.market("enterprise")).searchProducts("credit", null, "route planning",
                UseCategory.COMMERCIAL, ChargingUnit.ANNUAL_PLUS_PER_CALL, "0.01", "1.00", false, 0, 20);
        assertThat(page.getItems()).extracting(p -> p.getProductId()).contains(credit).doesNotContain(other);
        assertThat(page.getItems()).filteredOn(p -> p.getProductId().equals(credit)).singleElement()
                .satisfies(p -> {
                    assertThat(p.getFromPrice()).isEqualTo("0.025");
                    assertThat(p.getLicensable()).isTrue();
                    assertThat(p.getOperatorOrganisation()).isEqualTo("org-operator-b");
                });
        assertThat(page.getFacets().getChargingUnit()).allSatisfy(f -> assertThat(f.getValue()).isEqualTo("ANNUAL_PLUS_PER_CALL"));
        assertThat(page.getFacets().getScenario()).extracting(f -> f.getValue()).contains("route planning");
        assertThat(page.getFacets().getPriceRange()).isNotEmpty();

        Map<String, Object> dcat = new PublicMarketplaceApi(stack.marketAnonymous()).exportCatalogue();
        assertThat(dcat.get("@type")).isEqualTo("dcat:Catalog");
        assertThat(dcat.get("dcat:dataset").toString()).contains(credit.toString()).contains("dcat:DataService");
    }

    @Test
    void aFrozenProductsLicencesAreSuspendedAndResumedAndItCannotBeQuoted() throws Exception {
        UUID product = Products.registered(stack, "Ferry tickets " + UUID.randomUUID(), "org-operator", Classification.GENERAL);
        Products.offer(stack, "operator", product, true, List.of(perCall("1.00")), List.of(perCall("1.00")));
        Quote quote = new QuotesApi(stack.market("enterprise")).requestQuote(new QuoteRequest().productId(product)
                .useCategory(UseCategory.COMMERCIAL).scenario("route planning").purpose("ferry planner").calls(10L), key());
        Licence licence = new LicencesApi(stack.market("enterprise")).applyForLicence(new LicenceApplication()
                .quoteId(quote.getQuoteId()).scenario("route planning").purpose("ferry planner").deliveryCountry("CN"), key());
        assertThat(licence.getStatus()).isEqualTo(LicenceStatus.ACTIVE);

        OrderDecision order = new OrderDecision().orderReference("(2026)浙01执保123号").issuingAuthority("Hangzhou Intermediate Court")
                .reason("property preservation").orderSha256(Products.sha256("court order"));
        new RegistrarActionsApi(stack.registry("reviewer")).freezeRegistration(product, order, key());
        LicencesApi enterprise = new LicencesApi(stack.market("enterprise"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                enterprise.getLicence(licence.getLicenceId()).getStatus() == LicenceStatus.SUSPENDED);
        Product frozen = new CatalogueApi(stack.market("enterprise")).getProduct(product);
        assertThat(frozen.getLicensable()).isFalse();
        assertThat(frozen.getUnavailableReason()).contains("frozen");
        assertThatThrownBy(() -> new QuotesApi(stack.market("enterprise")).requestQuote(new QuoteRequest().productId(product)
                .useCategory(UseCategory.COMMERCIAL).scenario("route planning").purpose("x").calls(1L), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("product-unavailable");
                });

        new RegistrarActionsApi(stack.registry("reviewer")).unfreezeRegistration(product, order.reason("order lifted"), key());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                enterprise.getLicence(licence.getLicenceId()).getStatus() == LicenceStatus.ACTIVE);
    }

    @Test
    void badInputIsAProblemAndChangesNothing() throws Exception {
        PricingApi operator = new PricingApi(stack.market("operator-b"));
        assertThatThrownBy(() -> operator.setPriceSchedule(credit, new PriceScheduleRequest().prices(List.of(
                new PriceLine().unit(ChargingUnit.TIERED_PER_CALL).price("0.01")))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("price-invalid");
                });
        assertThatThrownBy(() -> operator.fileCeiling(credit, new CeilingFilingRequest().filingReference("late")
                .authorisingBody("DRC").effectiveFrom(today().minusDays(3)).ceilings(List.of(perCall("9.00"))), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getResponseBody()).contains("retroactive-effective-date"));
        assertThatThrownBy(() -> operator.fileCeiling(credit, new CeilingFilingRequest().filingReference("trial")
                .authorisingBody("DRC").effectiveFrom(today()).trial(true).ceilings(List.of(perCall("9.00"))), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getResponseBody()).contains("trial-without-expiry"));
        assertThat(operator.listCeilingFilings(credit)).hasSize(1);
        assertThatThrownBy(() -> new QuotesApi(stack.market("enterprise")).requestQuote(new QuoteRequest().productId(credit)
                .useCategory(UseCategory.COMMERCIAL).scenario("route planning").purpose("no volume"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getResponseBody()).contains("quantity-missing"));
        assertThatThrownBy(() -> new QuotesApi(stack.market("enterprise")).requestQuote(new QuoteRequest().productId(credit)
                .useCategory(UseCategory.COMMERCIAL).scenario("").purpose("p").calls(1L), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(400));
        assertThatThrownBy(() -> operator.recordCost("org-operator-b", new CostEntryRequest().period("2026")
                .component(CostEntryRequest.ComponentEnum.STAFF).amount("-5")
                .allocations(List.of(new CostEntryRequestAllocationsInner().productId(credit).share(1))), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(400));
        assertThatThrownBy(() -> operator.recordCost("org-operator-b", new CostEntryRequest().period("2026")
                .component(CostEntryRequest.ComponentEnum.STAFF).amount("5.00")
                .allocations(List.of(new CostEntryRequestAllocationsInner().productId(UUID.randomUUID()).share(1))), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getResponseBody()).contains("allocation-to-foreign-product"));
        assertThatThrownBy(() -> new PricingApi(stack.market("operator")).recordCost("org-operator-b", new CostEntryRequest()
                .period("2026").component(CostEntryRequest.ComponentEnum.STAFF).amount("5.00")
                .allocations(List.of(new CostEntryRequestAllocationsInner().productId(credit).share(1))), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
    }
}
