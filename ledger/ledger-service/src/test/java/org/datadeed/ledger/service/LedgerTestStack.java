package org.datadeed.ledger.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.datadeed.devauth.DevAuthProperties;
import org.datadeed.devsupport.CoHosting;
import org.datadeed.devsupport.DevAuthServer;
import org.datadeed.devsupport.LocalPostgres;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real PostgreSQL, the authorization server and the ledger service, once per test JVM; the ledger can be stopped
 * and started again on the same database and keys, as after a crash or a deployment.
 */
final class LedgerTestStack {

    static final String ORIGIN = "datadeed.test/ledger";
    private static LedgerTestStack instance;

    final LocalPostgres postgres;
    final DevAuthServer auth;
    final String jdbcUrl;
    final Path keys;
    final String regulatorPassword = "pw-" + UUID.randomUUID();
    final String holderPassword = "pw-" + UUID.randomUUID();
    ConfigurableApplicationContext ledger;

    private LedgerTestStack() throws IOException {
        postgres = LocalPostgres.temporary();
        jdbcUrl = postgres.database("ledger_it");
        keys = Files.createTempDirectory("ledger-keys");
        auth = DevAuthServer.start(0, null, DevAuthServer.Database.of(postgres, "ledger_it"), List.of(
                        new DevAuthProperties.User("regulator", regulatorPassword, "Regulator", "org-regulator", List.of("REGULATOR")),
                        new DevAuthProperties.User("holder", holderPassword, "Holder", "org-a", List.of("HOLDER"))),
                List.of(new DevAuthProperties.Client("test-cli", null, "CLI", List.of("authorization_code"),
                        List.of("http://127.0.0.1:8765/callback"), List.of(), null, List.of())));
        startLedger();
    }

    static synchronized LedgerTestStack get() throws IOException {
        if (instance == null) {
            instance = new LedgerTestStack();
        }
        return instance;
    }

    void startLedger() {
        ledger = newLedger();
    }

    /** Another ledger instance on the same database and keys (a standby, or the next deployment). */
    ConfigurableApplicationContext newLedger() {
        return LedgerApplication.builder().run(CoHosting.arguments(List.of(
                "server.port=0",
                "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=" + postgres.username(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + auth.issuer(),
                "datadeed.ledger.origin=" + ORIGIN,
                "datadeed.ledger.key-directory=" + keys,
                CoHosting.excludeProperty(CoHosting.SERVICE_EXCLUDES))));
    }

    void stopLedger() {
        ledger.close();
    }

    String baseUri() {
        return "http://localhost:" + ((WebServerApplicationContext) ledger).getWebServer().getPort();
    }

    JdbcClient jdbc() {
        return ledger.getBean(JdbcClient.class);
    }

    /** Appends {@code count} domain events of fresh aggregates to the shared event store, in one transaction. */
    List<String> appendEvents(int count) {
        EventStorageEngine engine = ledger.getBean(EventStorageEngine.class);
        List<EventMessage<?>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String aggregate = UUID.randomUUID().toString();
            events.add(new GenericDomainEventMessage<>("TestAggregate", aggregate, 0,
                    new LedgerTestEvent("event " + i, i)));
        }
        ledger.getBean(TransactionTemplate.class).executeWithoutResult(status -> engine.appendEvents(events));
        return events.stream().map(EventMessage::getIdentifier).toList();
    }

    /** A domain event payload for tests. */
    record LedgerTestEvent(String text, int number) {
    }
}
