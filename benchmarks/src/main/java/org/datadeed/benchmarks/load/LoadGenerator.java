package org.datadeed.benchmarks.load;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.datadeed.client.marketplace.ApiClient;
import org.datadeed.client.marketplace.ApiException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the running local stack's marketplace through the generated client, as enterprises and operators' delivery
 * points do, and measures it: licence applications on auto-approvable products until their grant (every answer must
 * be ACTIVE), and usage ingest in batches. Latencies go into HdrHistogram; errors are counted, never hidden. Logs one
 * summary line ({@code LOAD …}) and writes the JSON result to {@code --out}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.datadeed.benchmarks.load.LoadGenerator --mixes=grant,usage</pre>
 */
public final class LoadGenerator {

    private static final Logger log = LoggerFactory.getLogger(LoadGenerator.class);
    private static final Clock WALL = Clock.systemUTC();

    private final LoadOptions options;
    private final String enterpriseToken;
    private final String operatorToken;

    LoadGenerator(LoadOptions options) throws IOException, InterruptedException {
        this.options = options;
        Properties credentials = new Properties();
        try (Reader reader = Files.newBufferedReader(options.credentials())) {
            credentials.load(reader);
        }
        this.enterpriseToken = token(options.issuer(), "enterprise-a-api", credentials.getProperty("client.enterprise-a-api.secret"));
        this.operatorToken = token(options.issuer(), "operator-api", credentials.getProperty("client.operator-api.secret"));
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("startedAt", WALL.instant().toString());
        results.put("options", options.describe());
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")));
        LoadGenerator generator = new LoadGenerator(options);
        List<String> summary = new ArrayList<>();
        for (String mix : options.mixes()) {
            Map<String, Object> result = switch (mix) {
                case "grant" -> generator.grants();
                case "usage" -> generator.usage();
                default -> throw new IllegalArgumentException("unknown mix " + mix);
            };
            results.put(mix, result);
            summary.add(mix + ": " + result.get("summary"));
        }
        Files.createDirectories(options.out());
        Path file = options.out().resolve("load-" + WALL.instant().toString().replace(':', '-') + ".json");
        Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(results));
        log.info("LOAD {} -> {}", String.join(" | ", summary), file);
    }

    // ---------------------------------------------------------------- mixes

    /** Applications on prepared quotes, each granted at once (auto-approvable product): grants per second. */
    Map<String, Object> grants() throws Exception {
        UUID product = licensableProduct();
        List<Quote> quotes = prepareQuotes(product, options.applications());
        ConcurrentLinkedQueue<Quote> pending = new ConcurrentLinkedQueue<>(quotes);
        Recorder latencies = new Recorder(TimeUnit.MINUTES.toMicros(1), 3);
        AtomicLong granted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Instant start = WALL.instant();
        runThreads(() -> {
            LicencesApi licences = new LicencesApi(client(enterpriseToken));
            Quote quote;
            while ((quote = pending.poll()) != null) {
                long t0 = System.nanoTime();
                try {
                    Licence licence = licences.applyForLicence(application(quote), UUID.randomUUID().toString());
                    latencies.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                    if (licence.getStatus() == LicenceStatus.ACTIVE) {
                        granted.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                } catch (ApiException e) {
                    errors.incrementAndGet();
                }
            }
        });
        Duration took = Duration.between(start, WALL.instant());
        Histogram histogram = latencies.getIntervalHistogram();
        double rate = granted.get() / seconds(took);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("applications", quotes.size());
        result.put("granted", granted.get());
        result.put("errors", errors.get());
        result.put("seconds", seconds(took));
        result.put("grantsPerSecond", rate);
        result.put("latencyMs", percentiles(histogram));
        result.put("summary", String.format(Locale.ROOT, "%.0f grants/s (%d of %d, %d errors), p50 %.1f ms, p99 %.1f ms",
                rate, granted.get(), quotes.size(), errors.get(), histogram.getValueAtPercentile(50) / 1000.0,
                histogram.getValueAtPercentile(99) / 1000.0));
        return result;
    }

    /** Batches of usage records, spread over several licences: records accepted per second. */
    Map<String, Object> usage() throws Exception {
        UUID product = licensableProduct();
        List<UUID> licences = new ArrayList<>();
        LicencesApi enterprise = new LicencesApi(client(enterpriseToken));
        for (Quote quote : prepareQuotes(product, options.licences())) {
            licences.add(enterprise.applyForLicence(application(quote), UUID.randomUUID().toString()).getLicenceId());
        }
        long batches = options.records() / options.batch();
        AtomicLong next = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Recorder latencies = new Recorder(TimeUnit.MINUTES.toMicros(1), 3);
        String run = Long.toString(WALL.millis(), 36);
        OffsetDateTime at = OffsetDateTime.now(WALL).withOffsetSameInstant(ZoneOffset.UTC).minusMinutes(1);
        Instant start = WALL.instant();
        runThreads(() -> {
            UsageApi usage = new UsageApi(client(operatorToken));
            long batch;
            while ((batch = next.getAndIncrement()) < batches) {
                List<UsageRecord> records = new ArrayList<>(options.batch());
                UUID licence = licences.get((int) (batch % licences.size()));
                for (int i = 0; i < options.batch(); i++) {
                    records.add(new UsageRecord().recordId(run + "-" + batch + "-" + i).licenceId(licence)
                            .occurredAt(at).calls(1L).bytes(2_000L));
                }
                long t0 = System.nanoTime();
                try {
                    UsageBatchResult result = usage.ingestUsage(new UsageBatch().records(records), null);
                    latencies.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                    accepted.addAndGet(result.getAccepted());
                    if (result.getAccepted() != records.size()) {
                        errors.incrementAndGet();
                    }
                } catch (ApiException e) {
                    errors.incrementAndGet();
                }
            }
        });
        Duration took = Duration.between(start, WALL.instant());
        Histogram histogram = latencies.getIntervalHistogram();
        double rate = accepted.get() / seconds(took);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("records", batches * options.batch());
        result.put("accepted", accepted.get());
        result.put("batchErrors", errors.get());
        result.put("licences", licences.size());
        result.put("seconds", seconds(took));
        result.put("recordsPerSecond", rate);
        result.put("batchLatencyMs", percentiles(histogram));
        result.put("summary", String.format(Locale.ROOT, "%.0f records/s (%d accepted, batches of %d, %d batch errors), "
                        + "batch p50 %.1f ms, p99 %.1f ms", rate, accepted.get(), options.batch(), errors.get(),
                histogram.getValueAtPercentile(50) / 1000.0, histogram.getValueAtPercentile(99) / 1000.0));
        return result;
    }

    // ---------------------------------------------------------------- helpers

    private UUID licensableProduct() throws ApiException {
        return new CatalogueApi(client(enterpriseToken))
                .searchProducts(options.product(), null, null, UseCategory.COMMERCIAL, null, null, null, false, 0, 20)
                .getItems().stream().filter(ProductSummary::getLicensable).map(ProductSummary::getProductId).findFirst()
                .orElseThrow(() -> new IllegalStateException("no licensable product named like '" + options.product() + "'"));
    }

    private String scenario;

    private List<Quote> prepareQuotes(UUID product, int count) throws Exception {
        scenario = new CatalogueApi(client(enterpriseToken)).getProduct(product).getScenarios().get(0);
        ConcurrentLinkedQueue<Quote> quotes = new ConcurrentLinkedQueue<>();
        AtomicLong left = new AtomicLong(count);
        runThreads(() -> {
            QuotesApi api = new QuotesApi(client(enterpriseToken));
            while (left.getAndDecrement() > 0) {
                try {
                    quotes.add(api.requestQuote(new QuoteRequest().productId(product).useCategory(UseCategory.COMMERCIAL)
                            .scenario(scenario).purpose("load test").months(12).calls(1000L), UUID.randomUUID().toString()));
                } catch (ApiException e) {
                    throw new IllegalStateException("a quote was refused: " + e.getCode() + " " + e.getResponseBody(), e);
                }
            }
        });
        return new ArrayList<>(quotes);
    }

    private LicenceApplication application(Quote quote) {
        return new LicenceApplication().quoteId(quote.getQuoteId()).scenario(scenario).purpose("load test")
                .deliveryCountry("CN");
    }

    private void runThreads(Runnable work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < options.threads(); i++) {
                futures.add(pool.submit(work));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(options.marketplace());
        client.setReadTimeout(Duration.ofSeconds(60));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    static Map<String, Double> percentiles(Histogram histogram) {
        Map<String, Double> ms = new LinkedHashMap<>();
        for (double p : new double[] {50, 90, 99, 99.9}) {
            ms.put("p" + (p == Math.rint(p) ? Integer.toString((int) p) : Double.toString(p)), histogram.getValueAtPercentile(p) / 1000.0);
        }
        ms.put("max", histogram.getMaxValue() / 1000.0);
        return ms;
    }

    private static double seconds(Duration duration) {
        return Math.max(duration.toNanos(), 1) / 1e9;
    }

    private static String token(String issuer, String clientId, String secret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("no token for " + clientId + ": HTTP " + response.statusCode());
        }
        return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
    }
}
