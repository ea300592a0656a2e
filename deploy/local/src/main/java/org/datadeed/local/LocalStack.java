package org.datadeed.local;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.datadeed.devsupport.DevAuthServer;
import org.datadeed.devsupport.LocalPostgres;
import org.datadeed.devsupport.OAuthTokens;
import org.datadeed.local.demo.DemoSeeder;
import org.datadeed.ledger.service.LedgerApplication;
import org.datadeed.marketplace.MarketplaceApplication;
import org.datadeed.portal.PortalApplication;
import org.datadeed.devsupport.CoHosting;
import org.datadeed.devsupport.SettableClock;
import org.datadeed.local.demo.MarketplaceDemo;
import org.datadeed.registry.RegistryApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole DataDeed stack in one JVM, for a laptop: a real PostgreSQL from the embedded binaries, the development
 * authorization server with a user for every role, every DataDeed service, and demo data seeded through the API.
 * Everything is kept in one data folder ({@code .datadeed/} in the repository root), so a second start finds the
 * same database, signing key, passwords and secrets. Ctrl-C stops everything.
 *
 * <pre>java -jar deploy/local/target/datadeed-local.jar</pre>
 */
public final class LocalStack implements AutoCloseable {

    /** Wall-clock time, only to measure and report how long starting took. */
    private static final java.time.Clock CLOCK = java.time.Clock.systemUTC();

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    public static final int POSTGRES_PORT = 15432;
    public static final int AUTH_PORT = 9000;
    public static final int REGISTRY_PORT = 8081;
    public static final int LEDGER_PORT = 8082;
    public static final int MARKETPLACE_PORT = 8083;
    public static final int PORTAL_PORT = 8080;
    /** How far back the demo history starts at a first start (the registered product's notice period passes in it). */
    static final Duration DEMO_HISTORY = Duration.ofDays(40);
    public static final String DATABASE = "datadeed";

    /**
     * The DataDeed services, in start order. A new service is one more line here (ledger 8082, marketplace 8083,
     * portal 8080); each gets the shared database, the issuer and its port, and adds settings of its own.
     */
    static List<LocalService> services(LocalSettings settings, Credentials credentials) {
        return List.of(
                new LocalService("Registry API", RegistryApplication::builder, settings.port("registry", REGISTRY_PORT), "/api/v1",
                        "datadeed.registry.public-base-url=" + settings.baseUrl("registry", REGISTRY_PORT),
                        // a certificate's QR code opens the portal's verification page
                        "datadeed.registry.verification-url=" + settings.baseUrl("portal", PORTAL_PORT) + "/verify/certificates/{number}"),
                new LocalService("Ledger audit API", LedgerApplication::builder, settings.port("ledger", LEDGER_PORT),
                        "/api/v1/audit", "datadeed.ledger.key-directory=" + settings.ledgerKeys()),
                new LocalService("Marketplace API", MarketplaceApplication::builder, settings.port("marketplace", MARKETPLACE_PORT),
                        "/api/v1", "datadeed.marketplace.licence-key-file=" + settings.home().resolve("keys/marketplace/licence-key.json"),
                        "datadeed.marketplace.public-base-url=" + settings.baseUrl("marketplace", MARKETPLACE_PORT)),
                new LocalService("Portal", PortalApplication::builder, settings.port("portal", PORTAL_PORT), "/",
                        "datadeed.portal.registry-url=" + settings.baseUrl("registry", REGISTRY_PORT),
                        "datadeed.portal.ledger-url=" + settings.baseUrl("ledger", LEDGER_PORT),
                        "datadeed.portal.marketplace-url=" + settings.baseUrl("marketplace", MARKETPLACE_PORT),
                        "datadeed.portal.public-base-url=" + settings.baseUrl("portal", PORTAL_PORT),
                        "spring.security.oauth2.client.registration.datadeed.client-secret="
                                + credentials.get(DemoDirectory.client("portal").secretKey()),
                        CoHosting.excludeProperty(CoHosting.portalExcludes())));
    }

    private final LocalSettings settings;
    private final Instant origin;
    private List<LocalService> services = List.of();
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();
    private LocalPostgres postgres;
    private DevAuthServer auth;
    private boolean closed;

    private Credentials credentials;
    private String jdbcUrl;
    private DemoSeeder.Outcome demoData;
    private String marketplaceDemo;
    private SettableClock clock;
    private Duration readyIn;

    /**
     * @param origin the instant the readiness time is measured from (the JVM's start, for {@code java -jar})
     */
    public LocalStack(LocalSettings settings, Instant origin) {
        this.settings = settings;
        this.origin = origin;
    }

    public static void main(String[] args) {
        LocalStack stack = new LocalStack(LocalSettings.standard(),
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "datadeed-local-shutdown"));
        try {
            stack.start();
            log.info(stack.banner());
        } catch (Exception e) {
            if (stack.isClosed()) {
                return; // stopped (Ctrl-C) while starting
            }
            if (e instanceof StartRefused) {
                log.error("The DataDeed local stack could not start: {}", e.getMessage());
            } else {
                log.error("The DataDeed local stack could not start: {}", e.getMessage(), e);
            }
            stack.close();
            System.exit(1);
        }
    }

    /** Starts everything, waits until every part reports healthy, and seeds the demo data (once per data folder). */
    public LocalStack start() throws Exception {
        Path home = settings.home();
        log.info("Starting the DataDeed local stack; data folder {}", home);
        coHostInOneJvm();
        Files.createDirectories(home);
        ignoreInGit(home);
        credentials = Credentials.loadOrCreate(settings.credentialsFile(), DemoDirectory.credentialKeys());
        services = services(settings, credentials);

        stopLeftoverPostgres(settings.postgresData());
        int postgresPort = settings.port("postgres", POSTGRES_PORT);
        int authPort = settings.port("auth", AUTH_PORT);
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("PostgreSQL", postgresPort);
        ports.put("the authorization server", authPort);
        services.forEach(service -> ports.put(service.title(), service.port()));
        requireFree(ports);

        // PostgreSQL first: the authorization server keeps the API clients organisations create in it (schema identity)
        Instant postgresStarted = CLOCK.instant();
        LocalPostgres db = register(LocalPostgres.persistent(settings.postgresData(), postgresPort));
        log.info("PostgreSQL is up on port {} ({} s)", db.port(), seconds(Duration.between(postgresStarted, CLOCK.instant())));
        jdbcUrl = db.database(DATABASE);
        Instant authStarted = CLOCK.instant();
        DevAuthServer authServer = register(DevAuthServer.start(authPort, settings.signingKey(),
                new DevAuthServer.Database(jdbcUrl, db.username()),
                DemoDirectory.users(credentials), DemoDirectory.clients(credentials), DemoDirectory.ORGANISATION_NAMES));
        log.info("The authorization server is up at {} ({} s)", authServer.issuer(),
                seconds(Duration.between(authStarted, CLOCK.instant())));

        // a first start seeds back-dated demo history: the services' clock runs behind until the seeder catches it up
        boolean seedHistory = settings.seedDemoData() && !Files.exists(settings.seededMarker());
        clock = SettableClock.runningBehind(seedHistory ? DEMO_HISTORY : Duration.ZERO, java.time.ZoneOffset.UTC);
        // events are stamped with the same time as everything else (Axon's message clock is JVM-wide; all services here
        // share this one clock anyway)
        org.axonframework.eventhandling.GenericEventMessage.clock = clock;
        for (LocalService service : services) {
            Instant started = CLOCK.instant();
            registerService(service.start(jdbcUrl, db.username(), authServer.issuer(), clock));
            log.info("{} is up at {} ({} s)", service.title(), service.baseUrl(), seconds(Duration.between(started, CLOCK.instant())));
        }

        awaitHealthy("the authorization server", authServer.issuer());
        for (LocalService service : services) {
            awaitHealthy(service.title(), service.baseUrl());
        }
        if (settings.seedDemoData()) {
            demoData = seeder(authServer.issuer()).seedOnce();
            clock.catchUp();
            marketplaceDemo = seedMarketplace(authServer.issuer());
        }
        readyIn = Duration.between(origin, CLOCK.instant());
        return this;
    }

    private DemoSeeder seeder(String issuer) {
        return new DemoSeeder(settings.baseUrl("registry", REGISTRY_PORT), new OAuthTokens(issuer),
                apiCredentials("holder-hz-api"), apiCredentials("holder-sz-api"), apiCredentials("registrar-api"),
                apiCredentials("operator-api"), settings.demoFiles(), settings.seededMarker(), clock);
    }

    /** The marketplace demo (idempotent, so it runs at every start and completes what an earlier start left). */
    private String seedMarketplace(String issuer) {
        try {
            List<String> done = new MarketplaceDemo(settings.baseUrl("marketplace", MARKETPLACE_PORT), new OAuthTokens(issuer),
                    apiCredentials("operator-api"), apiCredentials("enterprise-a-api"), clock).seed();
            return done.isEmpty() ? "seeded at an earlier start" : String.join("\n    ", done);
        } catch (RuntimeException e) {
            log.warn("Demo data: the marketplace demo could not be seeded; the next start tries again: {}", e.getMessage());
            return "NOT SEEDED, retried at next start: " + e.getMessage();
        }
    }

    public Optional<String> marketplaceDemo() {
        return Optional.ofNullable(marketplaceDemo);
    }

    private DemoSeeder.ApiCredentials apiCredentials(String clientId) {
        return new DemoSeeder.ApiCredentials(clientId, credentials.get(DemoDirectory.client(clientId).secretKey()));
    }

    /** Stops the services (newest first), then the authorization server, then PostgreSQL. Safe to call twice. */
    @Override
    public void close() {
        List<ConfigurableApplicationContext> contexts;
        DevAuthServer authServer;
        LocalPostgres db;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            contexts = new ArrayList<>(running);
            authServer = auth;
            db = postgres;
        }
        log.info("Stopping the DataDeed local stack");
        for (int i = contexts.size() - 1; i >= 0; i--) {
            closeQuietly(contexts.get(i)::close, contexts.get(i).getId());
        }
        if (authServer != null) {
            closeQuietly(authServer::close, "the authorization server");
        }
        if (db != null) {
            closeQuietly(db::close, "PostgreSQL");
        }
        log.info("DataDeed local stack stopped");
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    // ---------------------------------------------------------------- what the stack reports

    public Credentials credentials() {
        return credentials;
    }

    public String issuer() {
        return auth.issuer();
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Optional<DemoSeeder.Outcome> demoData() {
        return Optional.ofNullable(demoData);
    }

    public Duration readyIn() {
        return readyIn;
    }

    /** The one message a developer reads: where everything is, who can sign in, and how long it took. */
    public String banner() {
        String issuer = auth.issuer();
        StringBuilder text = new StringBuilder("\n\n")
                .append("  DataDeed local stack is ready (").append(seconds(readyIn)).append(" s from start)\n\n");
        row(text, "Authorization server", issuer + "   OIDC: " + issuer + "/.well-known/openid-configuration");
        for (LocalService service : services) {
            row(text, service.title(), service.baseUrl() + service.apiPath() + "   health: " + service.baseUrl() + "/actuator/health");
        }
        row(text, "PostgreSQL", jdbcUrl + "   (user postgres, no password, localhost only)");
        text.append('\n');
        row(text, "Data folder", settings.home().toString());
        row(text, "Credentials", credentials.file() + "   (generated at first start, mode 600)");
        text.append("\n  Demo users: sign in at ").append(issuer).append("/login\n");
        for (DemoDirectory.DemoUser user : DemoDirectory.USERS) {
            text.append(String.format(Locale.ROOT, "    %-10s %-10s %-24s password %s   %s%n", user.username(), user.role(),
                    user.organisation(), credentials.get(user.passwordKey()), user.name()));
        }
        text.append("\n  API clients: client credentials at ").append(issuer).append("/oauth2/token\n");
        for (DemoDirectory.DemoClient client : DemoDirectory.CLIENTS) {
            if (client.apiClient()) {
                text.append(String.format(Locale.ROOT, "    %-17s %-10s %-24s secret %s%n", client.clientId(), client.role(),
                        client.organisation(), credentials.get(client.secretKey())));
            }
        }
        text.append("  Sign-in clients (authorization code + PKCE):");
        for (DemoDirectory.DemoClient client : DemoDirectory.CLIENTS) {
            if (!client.apiClient()) {
                text.append(' ').append(client.clientId()).append(client.confidential() ? " (confidential) → " : " (public) → ")
                        .append(String.join(", ", client.redirectUris())).append(';');
            }
        }
        text.setLength(text.length() - 1);
        text.append("\n\n  Demo data: ").append(describe(demoData)).append('\n');
        if (marketplaceDemo != null) {
            text.append("  Marketplace demo: ").append(marketplaceDemo).append('\n');
        }
        DemoDirectory.DemoClient example = DemoDirectory.client("regulator-api");
        text.append("\n  Try it:\n")
                .append("    TOKEN=$(curl -s -u ").append(example.clientId()).append(':').append(credentials.get(example.secretKey()))
                .append(" -d grant_type=client_credentials ").append(issuer).append("/oauth2/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n")
                .append("    curl -s -H \"Authorization: Bearer $TOKEN\" ").append(settings.baseUrl("registry", REGISTRY_PORT))
                .append("/api/v1/registrations\n")
                .append("\n  Ctrl-C stops everything; the next start reuses the data folder.\n");
        return text.toString();
    }

    private String describe(DemoSeeder.Outcome outcome) {
        if (outcome == null) {
            return "not seeded (turned off)";
        }
        if (outcome.alreadySeeded()) {
            return "seeded at an earlier start (" + settings.seededMarker() + ")";
        }
        StringBuilder text = new StringBuilder();
        if (!outcome.seeded().isEmpty()) {
            text.append("seeded ").append(outcome.seeded().size()).append(" registration(s) in ").append(seconds(outcome.took()))
                    .append(" s through the registry API; files in ").append(settings.demoFiles());
            outcome.seeded().forEach(line -> text.append("\n    ").append(line));
        }
        if (!outcome.skipped().isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n  ").append("already there: ").append(String.join(", ", outcome.skipped()));
        }
        if (!outcome.failures().isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n  ").append("NOT SEEDED (").append(outcome.failures().size())
                    .append("), retried at next start:");
            outcome.failures().forEach(line -> text.append("\n    ").append(line));
        }
        return text.toString();
    }

    private static void row(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "  %-22s %s%n", label, value));
    }

    private static String seconds(Duration duration) {
        return duration == null ? "?" : String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    // ---------------------------------------------------------------- lifecycle helpers

    /**
     * Several Spring Boot applications share this JVM: the launcher, not each application, decides when they stop
     * (in order, on Ctrl-C), and their start-up banners would only bury the one that matters.
     */
    private static void coHostInOneJvm() {
        System.setProperty("spring.main.register-shutdown-hook", "false");
        System.setProperty("logging.register-shutdown-hook", "false");
        System.setProperty("spring.main.banner-mode", "off");
        // each application would log "Starting LocalStack" (the JVM's main class) and name itself in every line of
        // the one shared log; the launcher logs which part started instead
        System.setProperty("spring.main.log-startup-info", "false");
        System.setProperty("logging.include-application-name", "false");
        // a developer's machine does not report to AxonIQ (usage data, update checks, console advert)
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }

    private synchronized LocalPostgres register(LocalPostgres db) {
        refuseWhenClosed(db::close, "PostgreSQL");
        postgres = db;
        return db;
    }

    private synchronized DevAuthServer register(DevAuthServer server) {
        refuseWhenClosed(server::close, "the authorization server");
        auth = server;
        return server;
    }

    private synchronized ConfigurableApplicationContext registerService(ConfigurableApplicationContext context) {
        refuseWhenClosed(context::close, context.getId());
        running.add(context);
        return context;
    }

    /** Stopped (Ctrl-C) while this was starting: stop it at once, and end the start. */
    private void refuseWhenClosed(Closer closer, String what) {
        if (closed) {
            closeQuietly(closer, what);
            throw new IllegalStateException("Stopped while starting " + what);
        }
    }

    private static void closeQuietly(Closer closer, String what) {
        try {
            closer.close();
        } catch (Exception e) {
            log.warn("Could not stop {} cleanly", what, e);
        }
    }

    @FunctionalInterface
    private interface Closer {
        void close() throws Exception;
    }

    /** Everything in the data folder is local and partly secret: the folder ignores itself in Git. */
    private static void ignoreInGit(Path home) throws IOException {
        Path ignore = home.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            Files.writeString(ignore, "# DataDeed local data: database, signing key, passwords. Never commit.\n*\n");
        }
    }

    private static void requireFree(Map<String, Integer> ports) {
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            if (port.getValue() == 0) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port.getValue()));
            } catch (IOException e) {
                throw new StartRefused("Port " + port.getValue() + " for " + port.getKey()
                        + " is in use. Is another DataDeed stack running? Stop it, or free the port.");
            }
        }
    }

    /**
     * A launcher killed hard (kill -9, a crashed IDE) leaves its PostgreSQL running on the data folder; the next start
     * could not use the folder. Such a server, and only such a server, is asked to shut down (SIGTERM).
     */
    static void stopLeftoverPostgres(Path dataDirectory) throws IOException, InterruptedException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || !process.get().info().command().orElse("").endsWith("postgres")) {
            return; // a stale file: PostgreSQL removes it itself
        }
        Path served = Path.of(lines.get(1).trim());
        if (!Files.exists(served) || !Files.isSameFile(served, dataDirectory)) {
            return;
        }
        log.warn("A PostgreSQL server from an earlier run still serves {} (pid {}); that run was probably killed. Stopping it.",
                dataDirectory, pid);
        process.get().destroy();
        try {
            process.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new StartRefused("PostgreSQL (pid " + pid + ") from an earlier run does not stop; stop it with: kill -INT " + pid);
        }
    }

    private static void awaitHealthy(String title, String baseUrl) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        Instant deadline = CLOCK.instant().plusSeconds(60);
        String last = "no answer";
        while (CLOCK.instant().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new StartRefused(title + " is not healthy at " + request.uri() + ": " + last);
    }

    /** A start refused for a reason the message fully explains (a port in use, say): no stack trace needed. */
    static final class StartRefused extends IllegalStateException {
        StartRefused(String message) {
            super(message);
        }
    }
}
