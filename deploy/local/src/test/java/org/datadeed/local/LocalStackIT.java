package org.datadeed.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.datadeed.client.registry.model.RegistrationStatus.CORRECTION_REQUESTED;
import static org.datadeed.client.registry.model.RegistrationStatus.DRAFT;
import static org.datadeed.client.registry.model.RegistrationStatus.FORMAL_REVIEW;
import static org.datadeed.client.registry.model.RegistrationStatus.IN_NOTICE;
import static org.datadeed.client.registry.model.RegistrationStatus.REGISTERED;
import static org.datadeed.client.registry.model.RegistrationStatus.SUBMITTED;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.datadeed.devsupport.Ports;
import org.datadeed.client.registry.ApiClient;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.model.RegistrationPage;
import org.datadeed.client.registry.model.RegistrationSummary;
import org.datadeed.devsupport.OAuthTokens;
import org.datadeed.local.demo.DemoSeeder;
import org.datadeed.client.audit.api.AuditApi;
import org.datadeed.client.audit.model.LogStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack as a developer runs it, on free ports and a fresh data folder: start, use, stop, start again. */
class LocalStackIT {

    @TempDir
    Path home;

    @Test
    void startsSeedsTheDemoOnceAndRestartsOnTheSameDataAndCredentials() throws Exception {
        LocalSettings settings = new LocalSettings(home,
                Map.of("postgres", Ports.free(), "auth", 0, "registry", Ports.free(), "ledger", Ports.free(),
                        "marketplace", Ports.free(), "portal", Ports.free()), true);
        String registry = settings.baseUrl("registry", LocalStack.REGISTRY_PORT);
        String regulatorSecret;
        String holderPassword;

        try (LocalStack stack = new LocalStack(settings, Instant.now()).start()) {
            DemoSeeder.Outcome demo = stack.demoData().orElseThrow();
            assertThat(demo.failures()).isEmpty();
            assertThat(demo.seeded()).hasSize(6);
            regulatorSecret = stack.credentials().get("client.regulator-api.secret");
            holderPassword = stack.credentials().get("user.hz-data.password");

            RegistrationPage page = registrations(stack.issuer(), registry, "regulator-api", regulatorSecret);
            assertThat(page.getItems()).extracting(RegistrationSummary::getStatus)
                    .containsExactlyInAnyOrder(REGISTERED, DRAFT, SUBMITTED, FORMAL_REVIEW, CORRECTION_REQUESTED, IN_NOTICE);
            assertThat(page.getItems()).filteredOn(r -> r.getStatus() == REGISTERED).singleElement()
                    .satisfies(r -> assertThat(r.getCreatedAt()).as("back-dated demo history")
                            .isBefore(java.time.OffsetDateTime.now().minusDays(20)));

            HttpResponse<String> notices = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(settings.baseUrl("portal", LocalStack.PORTAL_PORT) + "/notices")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(notices.statusCode()).isEqualTo(200);
            assertThat(notices.body()).as("the portal shows the demo registration in notice").contains("登记公示", "杭州市公交客流数据集");

            assertThat(stack.marketplaceDemo()).hasValueSatisfying(text -> assertThat(text).contains("ACTIVE").doesNotContain("NOT SEEDED"));
            org.datadeed.client.marketplace.ApiClient enterprise = new org.datadeed.client.marketplace.ApiClient();
            enterprise.updateBaseUri(settings.baseUrl("marketplace", LocalStack.MARKETPLACE_PORT));
            String enterpriseToken = new OAuthTokens(stack.issuer()).clientCredentials("enterprise-a-api",
                    stack.credentials().get("client.enterprise-a-api.secret"));
            enterprise.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + enterpriseToken));
            var licences = new org.datadeed.client.marketplace.api.LicencesApi(enterprise).searchLicences(null, null, 0, 10);
            assertThat(licences.getItems()).singleElement().satisfies(licence -> {
                assertThat(licence.getStatus()).isEqualTo(org.datadeed.client.marketplace.model.LicenceStatus.ACTIVE);
                assertThat(licence.getLicenseeOrganisation()).isEqualTo("org-ent-a");
            });

            // the README's enterprise SDK example, as written, against the demo product
            var example = org.datadeed.example.EnterpriseExample.run(stack.issuer(),
                    settings.baseUrl("marketplace", LocalStack.MARKETPLACE_PORT), "enterprise-a-api",
                    stack.credentials().get("client.enterprise-a-api.secret"));
            assertThat(example.product()).isEqualTo(org.datadeed.local.demo.DemoSeeder.REGISTERED_PRODUCT);
            assertThat(example.quote().getTotal()).isEqualTo("800.00"); // 100,000 calls in the first band at 0.008
            assertThat(example.licence().getStatus()).isEqualTo(org.datadeed.client.marketplace.model.LicenceStatus.ACTIVE);
            assertThat(example.verification().getSignatureValid()).isTrue();
            assertThat(example.renewed().getValidUntil()).isEqualTo(example.licence().getValidUntil().plusMonths(12));
            RegistrationPage hangzhou = registrations(stack.issuer(), registry, "holder-hz-api",
                    stack.credentials().get("client.holder-hz-api.secret"));
            assertThat(hangzhou.getItems()).extracting(RegistrationSummary::getHolderOrganisation).containsOnly("org-hz-bigdata");

            HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(registry + "/api/v1/registrations")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));

            AuditApi audit = audit(stack.issuer(), settings.baseUrl("ledger", LocalStack.LEDGER_PORT), regulatorSecret);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                LogStatus status = audit.getLogStatus();
                return status.getSequencedSize() > 0 && status.getBacklog() == 0
                        && status.getAnchoredSize().equals(status.getSequencedSize());
            });
            assertThat(audit.runFullAudit().getOk()).as("every demo event is in the log, anchored, and audits clean").isTrue();

            assertThat(stack.banner()).contains(stack.issuer(), registry + "/api/v1", holderPassword, "杭州城市大数据公司");
            assertThat(home.resolve(".gitignore")).hasContent("# DataDeed local data: database, signing key, passwords. Never commit.\n*");
            assertThat(Files.getPosixFilePermissions(home.resolve("credentials.properties")))
                    .hasSize(2).allMatch(permission -> permission.name().startsWith("OWNER_"));
        }
        assertThat(home.resolve("postgres").resolve("postmaster.pid")).doesNotExist();

        try (LocalStack again = new LocalStack(settings, Instant.now()).start()) {
            assertThat(again.credentials().get("client.regulator-api.secret")).isEqualTo(regulatorSecret);
            assertThat(again.credentials().get("user.hz-data.password")).isEqualTo(holderPassword);
            assertThat(again.demoData().orElseThrow().alreadySeeded()).isTrue();
            assertThat(registrations(again.issuer(), registry, "regulator-api", regulatorSecret).getTotalItems()).isEqualTo(6);
            assertThat(again.marketplaceDemo()).hasValue("seeded at an earlier start");
        }
    }

    private static RegistrationPage registrations(String issuer, String registry, String clientId, String secret)
            throws Exception {
        String token = new OAuthTokens(issuer).clientCredentials(clientId, secret);
        ApiClient client = new ApiClient();
        client.updateBaseUri(registry);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new RegistrationsApi(client).searchRegistrations(null, null, null, null, null, null, null, 0, 50, null);
    }

    private static AuditApi audit(String issuer, String ledger, String secret) {
        String token = new OAuthTokens(issuer).clientCredentials("regulator-api", secret);
        org.datadeed.client.audit.ApiClient client = new org.datadeed.client.audit.ApiClient();
        client.updateBaseUri(ledger);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new AuditApi(client);
    }

}
