package org.datadeed.example;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;

import org.datadeed.client.marketplace.ApiClient;
import org.datadeed.client.marketplace.ApiException;
import org.datadeed.client.marketplace.api.CatalogueApi;
import org.datadeed.client.marketplace.api.LicencesApi;
import org.datadeed.client.marketplace.api.PublicMarketplaceApi;
import org.datadeed.client.marketplace.api.QuotesApi;
import org.datadeed.client.marketplace.api.UsageApi;
import org.datadeed.client.marketplace.model.Licence;
import org.datadeed.client.marketplace.model.LicenceApplication;
import org.datadeed.client.marketplace.model.LicenceDocument;
import org.datadeed.client.marketplace.model.LicenceUsage;
import org.datadeed.client.marketplace.model.LicenceVerification;
import org.datadeed.client.marketplace.model.LicenceVerificationRequest;
import org.datadeed.client.marketplace.model.ProductSummary;
import org.datadeed.client.marketplace.model.Quote;
import org.datadeed.client.marketplace.model.QuoteRequest;
import org.datadeed.client.marketplace.model.RenewalRequest;
import org.datadeed.client.marketplace.model.UseCategory;

/**
 * An enterprise's program against the DataDeed marketplace, using only the generated client ({@code datadeed-client})
 * and the JDK: it signs in with client credentials, finds a licensable product, gets a binding quote, applies for a
 * licence, reads and verifies the signed licence, reads its usage, and renews it on a new quote.
 *
 * <pre>java -jar api-specs/client-example/target/enterprise-sdk-example-exec.jar</pre>
 *
 * Settings come from system properties or the local stack's credentials file: {@code datadeed.issuer}
 * (http://localhost:9000), {@code datadeed.marketplace} (http://localhost:8083), {@code datadeed.client-id}
 * (enterprise-a-api) and {@code datadeed.client-secret} (read from {@code .datadeed/credentials.properties} if not set).
 */
public final class EnterpriseExample {

    /** What one run did: the licence it obtained and renewed. */
    public record Outcome(String product, Quote quote, Licence licence, LicenceVerification verification,
                          LicenceUsage usage, Licence renewed) {
    }

    private EnterpriseExample() {
    }

    public static void main(String[] args) throws Exception {
        String issuer = System.getProperty("datadeed.issuer", "http://localhost:9000");
        String marketplace = System.getProperty("datadeed.marketplace", "http://localhost:8083");
        String clientId = System.getProperty("datadeed.client-id", "enterprise-a-api");
        String secret = System.getProperty("datadeed.client-secret");
        if (secret == null) {
            Properties credentials = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(".datadeed", "credentials.properties"))) {
                credentials.load(reader);
            }
            secret = credentials.getProperty("client." + clientId + ".secret");
        }
        Outcome outcome = run(issuer, marketplace, clientId, secret);
        System.out.printf("product   %s%n", outcome.product());
        System.out.printf("quote     %s CNY, binding until %s%n", outcome.quote().getTotal(), outcome.quote().getValidUntil());
        System.out.printf("licence   %s %s, %s to %s%n", outcome.licence().getLicenceId(), outcome.licence().getStatus(),
                outcome.licence().getValidFrom(), outcome.licence().getValidUntil());
        System.out.printf("verified  signature %s, status %s%n", outcome.verification().getSignatureValid(),
                outcome.verification().getStatus());
        System.out.printf("usage     %d calls this month (limit %s)%n", outcome.usage().getCalls(),
                outcome.usage().getMaxCallsPerMonth());
        System.out.printf("renewed   until %s on quote %s%n", outcome.renewed().getValidUntil(), outcome.renewed().getQuoteId());
    }

    public static Outcome run(String issuer, String marketplace, String clientId, String secret)
            throws IOException, InterruptedException, ApiException {
        // 1. a token for the enterprise's API client (OAuth2 client credentials)
        ApiClient api = new ApiClient();
        api.updateBaseUri(marketplace);
        String token = clientCredentialsToken(issuer, clientId, secret);
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        // 2. search the catalogue for licensable products offered for commercial use
        ProductSummary product = new CatalogueApi(api)
                .searchProducts(null, null, null, UseCategory.COMMERCIAL, null, null, null, false, 0, 20)
                .getItems().stream().filter(ProductSummary::getLicensable).findFirst()
                .orElseThrow(() -> new IllegalStateException("no licensable product"));
        String scenario = product.getScenarios().get(0);

        // 3. a binding, itemised quote for a year and 100,000 calls (no scenario, no authorisation)
        Quote quote = new QuotesApi(api).requestQuote(new QuoteRequest().productId(product.getProductId())
                .useCategory(UseCategory.COMMERCIAL).scenario(scenario).purpose("SDK example: " + scenario)
                .months(12).calls(100_000L), idempotencyKey());

        // 4. apply on the quote: automatic checks run at once; auto-approvable products grant at once
        Licence licence = new LicencesApi(api).applyForLicence(new LicenceApplication().quoteId(quote.getQuoteId())
                .scenario(scenario).purpose("SDK example: " + scenario).deliveryCountry("CN"), idempotencyKey());

        // 5. the signed licence (compact JWS), verified by the public endpoint (anyone can, with the published keys)
        LicenceDocument document = new LicencesApi(api).getLicenceDocument(licence.getLicenceId());
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(marketplace);
        LicenceVerification verification = new PublicMarketplaceApi(anonymous)
                .verifyLicence(new LicenceVerificationRequest().jws(document.getJws()));

        // 6. usage metered against the licence's limits (reported by the operator's delivery point)
        LicenceUsage usage = new UsageApi(api).getLicenceUsage(licence.getLicenceId());

        // 7. renew for a further term on a new quote
        Quote next = new QuotesApi(api).requestQuote(new QuoteRequest().productId(product.getProductId())
                .useCategory(UseCategory.COMMERCIAL).scenario(scenario).purpose("SDK example: renewal")
                .months(12).calls(100_000L), idempotencyKey());
        Licence renewed = new LicencesApi(api).renewLicence(licence.getLicenceId(),
                new RenewalRequest().quoteId(next.getQuoteId()).reason("another year"), idempotencyKey());
        return new Outcome(product.getName(), quote, licence, verification, usage, renewed);
    }

    /** Retries of one request reuse its key; every new request gets a new one. */
    private static String idempotencyKey() {
        return java.util.UUID.randomUUID().toString();
    }

    private static String clientCredentialsToken(String issuer, String clientId, String secret)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("token request refused: HTTP " + response.statusCode() + " " + response.body());
        }
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
    }
}
