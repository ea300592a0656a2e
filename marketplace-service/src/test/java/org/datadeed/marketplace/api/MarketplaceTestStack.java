package org.datadeed.marketplace.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.datadeed.devauth.DevAuthProperties;
import org.datadeed.devsupport.CoHosting;
import org.datadeed.devsupport.DevAuthServer;
import org.datadeed.devsupport.LocalPostgres;
import org.datadeed.devsupport.OAuthTokens;
import org.datadeed.devsupport.SettableClock;
import org.datadeed.marketplace.MarketplaceApplication;
import org.datadeed.registry.RegistryApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real thing, once per test JVM: an embedded PostgreSQL, the development authorization server issuing real
 * tokens, the registry (where products are registered) and the marketplace, both on the same event store and reading
 * the time from one {@link SettableClock}.
 */
final class MarketplaceTestStack {

    static final String CLI = "test-cli";
    static final String REDIRECT = "http://127.0.0.1:8765/callback";
    static final String ENTERPRISE_CLIENT = "ent-api";

    private static MarketplaceTestStack instance;

    final LocalPostgres postgres;
    final DevAuthServer auth;
    final ConfigurableApplicationContext registry;
    final ConfigurableApplicationContext marketplace;
    final SettableClock clock;
    final String registryUri;
    final String marketplaceUri;
    final String entApiSecret = "ent-api-secret-" + UUID.randomUUID();
    private final OAuthTokens tokens;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, String> tokenCache = new ConcurrentHashMap<>();

    static final List<DevAuthProperties.User> USERS = List.of(
            user("holder", "org-holder", "Holder", "HOLDER"),
            user("reviewer", "org-registrar", "Reviewer", "REVIEWER"),
            user("operator", "org-operator", "Operator", "OPERATOR"),
            user("operator-b", "org-operator-b", "Operator B", "OPERATOR"),
            user("enterprise", "org-ent", "Enterprise", "ENTERPRISE"),
            user("enterprise-b", "org-ent-b", "Enterprise B", "ENTERPRISE"),
            user("unverified", "org-unverified", "Unverified", "ENTERPRISE"),
            user("regulator", "org-regulator", "Regulator", "REGULATOR"));

    private static DevAuthProperties.User user(String name, String org, String display, String role) {
        return new DevAuthProperties.User(name, "pw-" + name + "-" + UUID.randomUUID(), display, org, List.of(role));
    }

    private MarketplaceTestStack() throws IOException {
        postgres = LocalPostgres.temporary();
        auth = DevAuthServer.start(0, null, DevAuthServer.Database.of(postgres, "marketplace_it"), USERS, List.of(
                new DevAuthProperties.Client(CLI, null, "Test CLI", List.of("authorization_code"), List.of(REDIRECT),
                        List.of(), null, List.of()),
                new DevAuthProperties.Client(ENTERPRISE_CLIENT, entApiSecret, "Enterprise API",
                        List.of("client_credentials"), List.of(), List.of(), "org-ent", List.of("ENTERPRISE"))),
                Map.of("org-holder", "Holder Data Co.", "org-operator", "Public Data Operator",
                        "org-operator-b", "Operator B", "org-ent", "Enterprise A Ltd.", "org-ent-b", "Enterprise B Ltd."));
        USERS.forEach(u -> passwords.put(u.username(), u.password()));
        tokens = new OAuthTokens(auth.issuer());
        clock = new SettableClock(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
        String database = postgres.database("marketplace_it");
        registry = RegistryApplication.builder()
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(CoHosting.arguments(List.of(
                        "server.port=0",
                        "spring.datasource.url=" + database,
                        "spring.datasource.username=" + postgres.username(),
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + auth.issuer(),
                        CoHosting.excludeProperty(CoHosting.SERVICE_EXCLUDES))));
        Path keyFile = Files.createTempDirectory("marketplace-it-keys").resolve("licence-key.json");
        marketplace = MarketplaceApplication.builder()
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(CoHosting.arguments(List.of(
                        "server.port=0",
                        "spring.datasource.url=" + database,
                        "spring.datasource.username=" + postgres.username(),
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + auth.issuer(),
                        "datadeed.marketplace.licence-key-file=" + keyFile,
                        CoHosting.excludeProperty(CoHosting.SERVICE_EXCLUDES))));
        registryUri = "http://localhost:" + ((WebServerApplicationContext) registry).getWebServer().getPort();
        marketplaceUri = "http://localhost:" + ((WebServerApplicationContext) marketplace).getWebServer().getPort();
    }

    static synchronized MarketplaceTestStack get() throws IOException {
        if (instance == null) {
            instance = new MarketplaceTestStack();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }

    String token(String username) {
        return tokenCache.computeIfAbsent(username, u -> tokens.authorizationCode(CLI, null, REDIRECT, u, passwords.get(u)));
    }

    String clientCredentialsToken() {
        return tokens.clientCredentials(ENTERPRISE_CLIENT, entApiSecret);
    }

    /** The marketplace's generated client acting for a person who signed in with authorization code + PKCE. */
    org.datadeed.client.marketplace.ApiClient market(String username) {
        return marketWithToken(token(username));
    }

    org.datadeed.client.marketplace.ApiClient marketWithToken(String token) {
        org.datadeed.client.marketplace.ApiClient client = marketAnonymous();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    org.datadeed.client.marketplace.ApiClient marketAnonymous() {
        org.datadeed.client.marketplace.ApiClient client = new org.datadeed.client.marketplace.ApiClient();
        client.updateBaseUri(marketplaceUri);
        client.setReadTimeout(Duration.ofSeconds(30));
        return client;
    }

    org.datadeed.client.registry.ApiClient registry(String username) {
        org.datadeed.client.registry.ApiClient client = new org.datadeed.client.registry.ApiClient();
        client.updateBaseUri(registryUri);
        client.setReadTimeout(Duration.ofSeconds(30));
        String token = token(username);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private void close() {
        marketplace.close();
        registry.close();
        auth.close();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is ending
        }
    }
}
