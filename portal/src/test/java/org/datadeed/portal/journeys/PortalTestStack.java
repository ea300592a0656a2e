package org.datadeed.portal.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.datadeed.devsupport.Ports;
import org.datadeed.client.registry.ApiClient;
import org.datadeed.devauth.DevAuthProperties;
import org.datadeed.devsupport.CoHosting;
import org.datadeed.devsupport.DevAuthServer;
import org.datadeed.devsupport.LocalPostgres;
import org.datadeed.devsupport.OAuthTokens;
import org.datadeed.devsupport.SettableClock;
import org.datadeed.ledger.service.LedgerApplication;
import org.datadeed.marketplace.MarketplaceApplication;
import org.datadeed.portal.PortalApplication;
import org.datadeed.registry.RegistryApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole system the portal talks to, once per test JVM, as the local stack runs it: a real PostgreSQL, the
 * development authorization server (with the portal's confidential PKCE client), the registry, the ledger and the
 * marketplace on the shared event store, and the portal itself, all in this JVM. The services read the stack's clock, which
 * tests move on, so that a public notice period can pass.
 */
final class PortalTestStack {

    static final String PORTAL_CLIENT = "portal";
    static final String CLI = "test-cli";
    static final String CLI_REDIRECT = "http://127.0.0.1:8765/callback";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static final DevAuthProperties.User HOLDER = user("hz-data", "org-hz", "李华", "HOLDER");
    static final DevAuthProperties.User OTHER_HOLDER = user("sz-data", "org-sz", "王芳", "HOLDER");
    static final DevAuthProperties.User REVIEWER = user("registrar", "org-registrar", "审查员 张", "REVIEWER");
    static final DevAuthProperties.User REGULATOR = user("regulator", "org-regulator", "监管处 陈", "REGULATOR");
    static final DevAuthProperties.User OPERATOR = user("operator", "org-operator", "运营部 刘", "OPERATOR");
    static final DevAuthProperties.User ENTERPRISE = user("enterprise", "org-ent", "采购部 赵", "ENTERPRISE");
    static final Map<String, String> ORGANISATION_NAMES = Map.of(
            "org-hz", "杭州城市大数据公司", "org-sz", "深圳市城市交通数据公司",
            "org-registrar", "数据产权登记中心", "org-regulator", "数据主管部门",
            "org-operator", "杭州公共数据运营公司", "org-ent", "杭州智慧出行科技有限公司");

    private static PortalTestStack instance;

    final LocalPostgres postgres;
    final DevAuthServer auth;
    /** The services' time: running, from a day the working-day calendar covers; moved on when a notice period must pass. */
    final SettableClock clock = SettableClock.runningBehind(
            Duration.between(Instant.parse("2026-03-02T01:00:00Z"), Instant.now()), ZoneOffset.UTC);
    final ConfigurableApplicationContext registry;
    final ConfigurableApplicationContext ledger;
    final ConfigurableApplicationContext marketplace;
    final ConfigurableApplicationContext portal;
    final String registryUrl;
    final String ledgerUrl;
    final String marketplaceUrl;
    final String portalUrl;
    private final OAuthTokens tokens;
    private final Map<String, String> tokenCache = new ConcurrentHashMap<>();

    private static DevAuthProperties.User user(String username, String org, String name, String role) {
        return new DevAuthProperties.User(username, "pw-" + UUID.randomUUID(), name, org, List.of(role));
    }

    private PortalTestStack() throws IOException {
        int portalPort = Ports.free();
        portalUrl = "http://localhost:" + portalPort;
        String portalSecret = "portal-secret-" + UUID.randomUUID();
        postgres = LocalPostgres.temporary();
        String jdbcUrl = postgres.database("portal_it");
        auth = DevAuthServer.start(0, null, DevAuthServer.Database.of(postgres, "portal_it"), List.of(HOLDER, OTHER_HOLDER, REVIEWER, REGULATOR, OPERATOR, ENTERPRISE), List.of(
                new DevAuthProperties.Client(PORTAL_CLIENT, portalSecret, "DataDeed 门户", List.of("authorization_code", "refresh_token"),
                        List.of(portalUrl + "/login/oauth2/code/datadeed"), List.of(portalUrl + "/"), null, List.of()),
                new DevAuthProperties.Client(CLI, null, "Test CLI", List.of("authorization_code"), List.of(CLI_REDIRECT),
                        List.of(), null, List.of())),
                ORGANISATION_NAMES);
        tokens = new OAuthTokens(auth.issuer());
        String issuer = "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + auth.issuer();

        // events are stamped with the same time as everything else, as in the local stack
        org.axonframework.eventhandling.GenericEventMessage.clock = clock;
        registry = RegistryApplication.builder()
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(CoHosting.arguments(List.of("server.port=0", "spring.datasource.url=" + jdbcUrl,
                        "spring.datasource.username=" + postgres.username(), issuer,
                        CoHosting.excludeProperty(CoHosting.SERVICE_EXCLUDES))));
        registryUrl = baseUrl(registry);
        Path ledgerKeys = Files.createTempDirectory("portal-it-ledger-keys");
        ledger = LedgerApplication.builder()
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(CoHosting.arguments(List.of("server.port=0",
                "spring.datasource.url=" + jdbcUrl, "spring.datasource.username=" + postgres.username(), issuer,
                "datadeed.ledger.key-directory=" + ledgerKeys, "datadeed.ledger.origin=datadeed.test/ledger",
                CoHosting.excludeProperty(CoHosting.SERVICE_EXCLUDES))));
        ledgerUrl = baseUrl(ledger);
        Path licenceKey = Files.createTempDirectory("portal-it-marketplace-keys").resolve("licence-key.json");
        marketplace = MarketplaceApplication.builder()
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(CoHosting.arguments(List.of("server.port=0",
                "spring.datasource.url=" + jdbcUrl, "spring.datasource.username=" + postgres.username(), issuer,
                "datadeed.marketplace.licence-key-file=" + licenceKey,
                CoHosting.excludeProperty(CoHosting.SERVICE_EXCLUDES))));
        marketplaceUrl = baseUrl(marketplace);
        portal = PortalApplication.builder().run(CoHosting.arguments(List.of(
                "server.port=" + portalPort,
                "spring.security.oauth2.client.provider.datadeed.issuer-uri=" + auth.issuer(),
                "spring.security.oauth2.client.registration.datadeed.client-secret=" + portalSecret,
                "datadeed.portal.registry-url=" + registryUrl,
                "datadeed.portal.ledger-url=" + ledgerUrl,
                "datadeed.portal.marketplace-url=" + marketplaceUrl,
                "datadeed.portal.public-base-url=" + portalUrl,
                "logging.level.org.openqa.selenium=ERROR",
                CoHosting.excludeProperty(CoHosting.portalExcludes()))));
    }

    static synchronized PortalTestStack get() throws IOException {
        if (instance == null) {
            instance = new PortalTestStack();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }

    /** A registry client acting for a person (authorization code + PKCE through the login form), to arrange data. */
    ApiClient registryAs(DevAuthProperties.User person) {
        String token = tokenOf(person);
        ApiClient client = new ApiClient();
        client.updateBaseUri(registryUrl);
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** A marketplace client acting for a person, to arrange data. */
    org.datadeed.client.marketplace.ApiClient marketAs(DevAuthProperties.User person) {
        String token = tokenOf(person);
        org.datadeed.client.marketplace.ApiClient client = new org.datadeed.client.marketplace.ApiClient();
        client.updateBaseUri(marketplaceUrl);
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private String tokenOf(DevAuthProperties.User person) {
        return tokenCache.computeIfAbsent(person.username(),
                name -> tokens.authorizationCode(CLI, null, CLI_REDIRECT, name, person.password()));
    }

    private static String baseUrl(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }


    private void close() {
        portal.close();
        marketplace.close();
        ledger.close();
        registry.close();
        auth.close();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is ending
        }
    }
}
