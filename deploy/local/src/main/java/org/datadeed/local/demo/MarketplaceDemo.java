package org.datadeed.local.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.datadeed.client.marketplace.ApiClient;
import org.datadeed.client.marketplace.ApiException;
import org.datadeed.client.marketplace.api.CatalogueApi;
import org.datadeed.client.marketplace.api.LicencesApi;
import org.datadeed.client.marketplace.api.PricingApi;
import org.datadeed.client.marketplace.api.QuotesApi;
import org.datadeed.client.marketplace.api.UsageApi;
import org.datadeed.client.marketplace.model.CeilingFilingRequest;
import org.datadeed.client.marketplace.model.ChargingUnit;
import org.datadeed.client.marketplace.model.CostEntryRequest;
import org.datadeed.client.marketplace.model.CostEntryRequestAllocationsInner;
import org.datadeed.client.marketplace.model.Delivery;
import org.datadeed.client.marketplace.model.Licence;
import org.datadeed.client.marketplace.model.LicenceApplication;
import org.datadeed.client.marketplace.model.PriceLine;
import org.datadeed.client.marketplace.model.PriceScheduleRequest;
import org.datadeed.client.marketplace.model.PriceScheduleRequestScenarioDiscountsInner;
import org.datadeed.client.marketplace.model.ProductSummary;
import org.datadeed.client.marketplace.model.ProductTerms;
import org.datadeed.client.marketplace.model.Quote;
import org.datadeed.client.marketplace.model.QuoteRequest;
import org.datadeed.client.marketplace.model.Tier;
import org.datadeed.client.marketplace.model.UsageBatch;
import org.datadeed.client.marketplace.model.UsageRecord;
import org.datadeed.client.marketplace.model.UseCategory;
import org.datadeed.devsupport.OAuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The marketplace's demo, seeded through its API like everything else: the operator sets the licence terms of the
 * registered bus-arrivals product, records the price authority's ceiling (a tiered per-call tariff), sets its prices
 * below it and books its operating costs; the demo enterprise gets a quote and a licence; the operator's delivery
 * point reports a day of usage. Every step is idempotent by what it finds, so a repeated run adds nothing twice.
 */
public final class MarketplaceDemo {

    private static final Logger log = LoggerFactory.getLogger(MarketplaceDemo.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final String marketplaceUrl;
    private final OAuthTokens tokens;
    private final DemoSeeder.ApiCredentials operator;
    private final DemoSeeder.ApiCredentials enterprise;
    private final Clock clock;

    public MarketplaceDemo(String marketplaceUrl, OAuthTokens tokens, DemoSeeder.ApiCredentials operator,
                           DemoSeeder.ApiCredentials enterprise, Clock clock) {
        this.marketplaceUrl = marketplaceUrl;
        this.tokens = tokens;
        this.operator = operator;
        this.enterprise = enterprise;
        this.clock = clock;
    }

    /** Seeds the demo offer, licence and usage; returns what it did, or throws naming the step that failed. */
    public List<String> seed() {
        List<String> done = new ArrayList<>();
        ApiClient asOperator = client(operator);
        ApiClient asEnterprise = client(enterprise);
        UUID product = findProduct(asOperator);
        PricingApi pricing = new PricingApi(asOperator);
        if (step("read the product", () -> new CatalogueApi(asOperator).getProduct(product)).getScheduleVersion() == null) {
            step("set the licence terms", () -> pricing.setProductTerms(product, new ProductTerms()
                    .useCategories(List.of(UseCategory.COMMERCIAL, UseCategory.INDUSTRY, UseCategory.PUBLIC_WELFARE))
                    .delivery(Delivery.API).termMonths(12).maxCallsPerMonth(2_000_000L).overUseAlertPercent(90)
                    .autoApprove(true).crossBorderAllowed(false)));
            LocalDate today = LocalDate.now(clock.withZone(ZONE));
            step("record the ceiling filing", () -> pricing.fileCeiling(product, new CeilingFilingRequest()
                    .filingReference("杭发改价格〔" + today.getYear() + "〕18号").authorisingBody("杭州市发展和改革委员会")
                    .effectiveFrom(today).ceilings(List.of(tiered("0.010", "0.008", "0.006"))), "demo-ceiling-" + product));
            step("set the prices", () -> pricing.setPriceSchedule(product, new PriceScheduleRequest()
                    .prices(List.of(tiered("0.008", "0.006", "0.004")))
                    .scenarioDiscounts(List.of(new PriceScheduleRequestScenarioDiscountsInner().scenario("公交到站提醒").percent(20)))));
            String year = Integer.toString(today.getYear());
            cost(pricing, product, year, CostEntryRequest.ComponentEnum.STAFF, "180000.00");
            cost(pricing, product, year, CostEntryRequest.ComponentEnum.COMPUTE_AND_STORAGE, "96000.00");
            cost(pricing, product, year, CostEntryRequest.ComponentEnum.SECURITY, "24000.00");
            done.add(DemoSeeder.REGISTERED_PRODUCT + ": terms, ceiling (tiered per call, ≤0.010 CNY), prices, 3 cost entries");
        }
        if (step("list the enterprise's licences", () -> new LicencesApi(asEnterprise).searchLicences(null, product, 0, 1))
                .getTotalItems() == 0) {
            Quote quote = step("request a quote", () -> new QuotesApi(asEnterprise).requestQuote(new QuoteRequest()
                    .productId(product).useCategory(UseCategory.COMMERCIAL).scenario("出行服务与导航")
                    .purpose("杭州智行出行App的实时公交到站提醒").months(12).calls(1_500_000L), "demo-quote-" + product));
            Licence licence = step("apply for the licence", () -> new LicencesApi(asEnterprise).applyForLicence(
                    new LicenceApplication().quoteId(quote.getQuoteId()).scenario("出行服务与导航")
                            .purpose("杭州智行出行App的实时公交到站提醒").deliveryCountry("CN"), "demo-licence-" + product));
            OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusHours(1);
            List<UsageRecord> records = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                records.add(new UsageRecord().recordId("demo-gw-" + i).licenceId(licence.getLicenceId())
                        .occurredAt(at.plusSeconds(i * 15L)).calls(50L).bytes(40_000L));
            }
            step("report usage", () -> new UsageApi(asOperator).ingestUsage(new UsageBatch().records(records), "demo-usage-" + product));
            done.add("杭州智行科技有限公司: quote " + quote.getTotal() + " CNY, licence " + licence.getLicenceId() + " "
                    + licence.getStatus() + ", 10,000 calls metered");
        }
        done.forEach(line -> log.info("Demo data: {}", line));
        return done;
    }

    /** The registered product, once the catalogue (which follows the registry's events) lists it. */
    private static UUID findProduct(ApiClient asOperator) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            java.util.Optional<UUID> found = step("find the registered product", () -> new CatalogueApi(asOperator)
                    .searchProducts(DemoSeeder.REGISTERED_PRODUCT, null, null, null, null, null, null, true, 0, 5)
                    .getItems().stream().map(ProductSummary::getProductId).findFirst());
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new DemoSeeder.SeedFailure("find the registered product",
                        "the catalogue does not list " + DemoSeeder.REGISTERED_PRODUCT, null);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoSeeder.SeedFailure("find the registered product", "interrupted", e);
            }
        }
    }

    private static PriceLine tiered(String upTo500k, String upTo2m, String beyond) {
        return new PriceLine().unit(ChargingUnit.TIERED_PER_CALL).price(upTo500k).tiers(List.of(
                new Tier().upTo(500_000L).unitPrice(upTo500k), new Tier().upTo(2_000_000L).unitPrice(upTo2m),
                new Tier().upTo(0L).unitPrice(beyond)));
    }

    private void cost(PricingApi pricing, UUID product, String year, CostEntryRequest.ComponentEnum component, String amount) {
        step("record the cost " + component, () -> pricing.recordCost(org.datadeed.local.DemoDirectory.OPERATOR, new CostEntryRequest().period(year)
                .component(component).amount(amount).description("公交到站数据接口 " + year + " " + component)
                .allocations(List.of(new CostEntryRequestAllocationsInner().productId(product).share(1))),
                "demo-cost-" + component + "-" + product));
    }

    private ApiClient client(DemoSeeder.ApiCredentials credentials) {
        String token = tokens.clientCredentials(credentials.clientId(), credentials.secret());
        ApiClient client = new ApiClient();
        client.updateBaseUri(marketplaceUrl);
        client.setReadTimeout(java.time.Duration.ofSeconds(60));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static <T> T step(String step, Call<T> call) {
        try {
            return call.call();
        } catch (ApiException e) {
            throw new DemoSeeder.SeedFailure(step, e.getCode() == 0 ? "no answer from the marketplace: " + e.getCause()
                    : "HTTP " + e.getCode() + " " + e.getResponseBody(), e);
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T call() throws ApiException;
    }
}
