package org.datadeed.benchmarks.load;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.datadeed.client.marketplace.ApiClient;
import org.datadeed.client.marketplace.api.CatalogueApi;
import org.datadeed.client.marketplace.api.LicencesApi;
import org.datadeed.client.marketplace.api.QuotesApi;
import org.datadeed.client.marketplace.api.UsageApi;
import org.datadeed.client.marketplace.model.Licence;
import org.datadeed.client.marketplace.model.LicenceApplication;
import org.datadeed.client.marketplace.model.LicenceStatus;
import org.datadeed.client.marketplace.model.ProductSummary;
import org.datadeed.client.marketplace.model.Quote;
import org.datadeed.client.marketplace.model.QuoteRequest;
import org.datadeed.client.marketplace.model.UsageBatch;
import org.datadeed.client.marketplace.model.UsageBatchResult;
import org.datadeed.client.marketplace.model.UsageRecord;
import org.datadeed.client.marketplace.model.UseCategory;

/**
 * The marketplace mixes: licence applications on an auto-approvable product until their grant (an answer that is not
 * ACTIVE counts as an error), and usage ingest in batches spread over several licences.
 */
final class MarketplaceLoad {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MarketplaceLoad.class);

    private final LoadOptions options;
    private final String enterpriseToken;
    private final String operatorToken;
    private String scenario;
    /** One client (one HTTP connection pool) per thread and role, reused for every request. */
    private final ThreadLocal<LicencesApi> enterpriseLicences;
    private final ThreadLocal<QuotesApi> enterpriseQuotes;
    private final ThreadLocal<UsageApi> operatorUsage;

    MarketplaceLoad(LoadOptions options, String enterpriseToken, String operatorToken) {
        this.options = options;
        this.enterpriseToken = enterpriseToken;
        this.operatorToken = operatorToken;
        this.enterpriseLicences = ThreadLocal.withInitial(() -> new LicencesApi(client(this.enterpriseToken)));
        this.enterpriseQuotes = ThreadLocal.withInitial(() -> new QuotesApi(client(this.enterpriseToken)));
        this.operatorUsage = ThreadLocal.withInitial(() -> new UsageApi(client(this.operatorToken)));
    }

    /** Applications on quotes prepared first (not timed): grants per second. */
    Map<String, Object> grants() throws Exception {
        UUID product = licensableProduct();
        ConcurrentLinkedQueue<Quote> pending = new ConcurrentLinkedQueue<>(prepareQuotes(product, options.applications()));
        log.info("grant: {} quotes prepared; timing the applications after a warm-up of {}", pending.size(), options.warmup());
        Timings timings = Timings.run(options.threads(), options.warmup(), t -> {
            Quote quote = pending.poll();
            if (quote == null) {
                return false;
            }
            LicencesApi licences = enterpriseLicences.get();
            long start = System.nanoTime();
            try {
                Licence licence = licences.applyForLicence(application(quote), UUID.randomUUID().toString());
                if (licence.getStatus() == LicenceStatus.ACTIVE) {
                    t.ok(start, 1);
                } else {
                    t.error(start, new IllegalStateException("not granted: " + licence.getStatus()));
                }
            } catch (Exception e) {
                t.error(start, e);
            }
            return true;
        });
        Map<String, Object> result = timings.result("grants");
        result.put("summary", timings.summary("grants"));
        return result;
    }

    /** Batches of usage records over several licences: records accepted per second. */
    Map<String, Object> usage() throws Exception {
        UUID product = licensableProduct();
        List<UUID> licences = new ArrayList<>();
        LicencesApi enterprise = new LicencesApi(client(enterpriseToken));
        for (Quote quote : prepareQuotes(product, options.licences())) {
            licences.add(enterprise.applyForLicence(application(quote), UUID.randomUUID().toString()).getLicenceId());
        }
        long batches = options.records() / options.batch();
        AtomicLong next = new AtomicLong();
        String run = Long.toString(Timings.WALL.millis(), 36);
        OffsetDateTime at = OffsetDateTime.now(Timings.WALL).withOffsetSameInstant(ZoneOffset.UTC).minusMinutes(1);
        Timings timings = Timings.run(options.threads(), options.warmup(), t -> {
            long batch = next.getAndIncrement();
            if (batch >= batches) {
                return false;
            }
            List<UsageRecord> records = new ArrayList<>(options.batch());
            UUID licence = licences.get((int) (batch % licences.size()));
            for (int i = 0; i < options.batch(); i++) {
                records.add(new UsageRecord().recordId(run + "-" + batch + "-" + i).licenceId(licence)
                        .occurredAt(at).calls(1L).bytes(2_000L));
            }
            long start = System.nanoTime();
            try {
                UsageBatchResult result = operatorUsage.get().ingestUsage(new UsageBatch().records(records), null);
                if (result.getAccepted() == records.size()) {
                    t.ok(start, result.getAccepted());
                } else {
                    t.error(start, new IllegalStateException(result.getAccepted() + " of " + records.size() + " accepted"));
                }
            } catch (Exception e) {
                t.error(start, e);
            }
            return true;
        });
        Map<String, Object> result = timings.result("records");
        result.put("batch", options.batch());
        result.put("licences", licences.size());
        result.put("summary", timings.summary("records") + " (batches of " + options.batch() + ")");
        return result;
    }

    private UUID licensableProduct() throws Exception {
        return new CatalogueApi(client(enterpriseToken))
                .searchProducts(options.product(), null, null, UseCategory.COMMERCIAL, null, null, null, false, 0, 20)
                .getItems().stream().filter(ProductSummary::getLicensable).map(ProductSummary::getProductId).findFirst()
                .orElseThrow(() -> new IllegalStateException("no licensable product named like '" + options.product() + "'"));
    }

    private List<Quote> prepareQuotes(UUID product, int count) throws Exception {
        scenario = new CatalogueApi(client(enterpriseToken)).getProduct(product).getScenarios().get(0);
        ConcurrentLinkedQueue<Quote> quotes = new ConcurrentLinkedQueue<>();
        AtomicLong left = new AtomicLong(count);
        Timings.run(options.threads(), t -> {
            if (left.getAndDecrement() <= 0) {
                return false;
            }
            quotes.add(enterpriseQuotes.get().requestQuote(new QuoteRequest().productId(product)
                    .useCategory(UseCategory.COMMERCIAL).scenario(scenario).purpose("load test").months(12).calls(1000L),
                    UUID.randomUUID().toString()));
            return true;
        });
        return new ArrayList<>(quotes);
    }

    private LicenceApplication application(Quote quote) {
        return new LicenceApplication().quoteId(quote.getQuoteId()).scenario(scenario).purpose("load test")
                .deliveryCountry("CN");
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.setHttpClientBuilder(Http.client());
        client.updateBaseUri(options.marketplace());
        client.setReadTimeout(java.time.Duration.ofSeconds(60));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
