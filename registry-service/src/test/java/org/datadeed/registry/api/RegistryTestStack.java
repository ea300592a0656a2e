package org.datadeed.registry.api;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.datadeed.client.registry.ApiClient;
import org.datadeed.devauth.DevAuthProperties;
import org.datadeed.devsupport.CoHosting;
import org.datadeed.devsupport.DevAuthServer;
import org.datadeed.devsupport.LocalPostgres;
import org.datadeed.devsupport.OAuthTokens;
import org.datadeed.devsupport.SettableClock;
import org.datadeed.registry.RegistryApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real thing, once per test JVM: an embedded PostgreSQL, the development authorization server issuing real
 * tokens, and the registry service on a free port. The registry and its deadline scheduler read the time from a
 * {@link SettableClock}, so a test lets working days pass by moving that clock on.
 */
final class RegistryTestStack {

    static final String CLI = "test-cli";
    static final String REDIRECT = "http://127.0.0.1:8765/callback";

    private static RegistryTestStack instance;

    final LocalPostgres postgres;
    final DevAuthServer auth;
    final ConfigurableApplicationContext registry;
    final SettableClock clock;
    final String baseUri;
    final String entApiSecret = "ent-api-secret-" + UUID.randomUUID();
    private final OAuthTokens tokens;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, String> tokenCache = new ConcurrentHashMap<>();

    /** Users of the test organisations, each with its role. */
    static final List<DevAuthProperties.User> USERS = List.of(
            user("holder-a", "org-a", "Hana Li", "HOLDER"),
            user("holder-b", "org-b", "Holder B Analytics", "HOLDER"),
            user("reviewer", "org-registrar", "Registrar Reviewer", "REVIEWER"),
            user("regulator", "org-regulator", "Regulator", "REGULATOR"),
            user("enterprise", "org-ent", "Enterprise User", "ENTERPRISE"));

    private static DevAuthProperties.User user(String name, String org, String display, String role) {
        return new DevAuthProperties.User(name, "pw-" + name + "-" + UUID.randomUUID(), display, org, List.of(role));
    }

    private RegistryTestStack() throws IOException {
        postgres = LocalPostgres.temporary();
        auth = DevAuthServer.start(0, null, DevAuthServer.Database.of(postgres, "registry_it"), USERS, List.of(
                new DevAuthProperties.Client(CLI, null, "Test CLI", List.of("authorization_code"), List.of(REDIRECT),
                        List.of(), null, List.of()),
                new DevAuthProperties.Client("ent-api", entApiSecret, "Enterprise API",
                        List.of("client_credentials"), List.of(), List.of(), "org-ent", List.of("ENTERPRISE"))),
                java.util.Map.of("org-a", "Holder A Data Co.", "org-b", "Holder B Analytics"));
        USERS.forEach(u -> passwords.put(u.username(), u.password()));
        tokens = new OAuthTokens(auth.issuer());
        clock = new SettableClock(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
        registry = RegistryApplication.builder()
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(CoHosting.arguments(List.of(
                        "server.port=0",
                        "spring.datasource.url=" + postgres.database("registry_it"),
                        "spring.datasource.username=" + postgres.username(),
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + auth.issuer(),
                        CoHosting.excludeProperty(CoHosting.SERVICE_EXCLUDES))));
        int port = ((WebServerApplicationContext) registry).getWebServer().getPort();
        baseUri = "http://localhost:" + port;
    }

    static synchronized RegistryTestStack get() throws IOException {
        if (instance == null) {
            instance = new RegistryTestStack();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }

    /** A client acting for a person who signed in with authorization code + PKCE. */
    ApiClient as(String username) {
        String token = tokenCache.computeIfAbsent(username,
                u -> tokens.authorizationCode(CLI, null, REDIRECT, u, passwords.get(u)));
        return withToken(token);
    }

    ApiClient anonymous() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        client.setReadTimeout(Duration.ofSeconds(30));
        return client;
    }

    ApiClient withToken(String token) {
        ApiClient client = anonymous();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    String clientCredentialsToken(String clientId, String secret) {
        return tokens.clientCredentials(clientId, secret);
    }

    private void close() {
        registry.close();
        auth.close();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is ending
        }
    }
}
