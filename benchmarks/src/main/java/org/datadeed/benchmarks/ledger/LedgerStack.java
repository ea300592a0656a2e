package org.datadeed.benchmarks.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
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
import org.datadeed.ledger.core.anchor.AnchoredCheckpoint;
import org.datadeed.ledger.core.anchor.CheckpointAnchor;
import org.datadeed.ledger.service.LedgerApplication;
import org.datadeed.ledger.service.log.Sequencer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A throw-away PostgreSQL, the development authorization server and the ledger service with its own configuration
 * ({@code ledger-service.yml}, local anchor) in this JVM, the way the ledger's integration tests start them; and
 * appends to the shared event store through Axon's {@link EventStorageEngine}, as the domain services do.
 */
final class LedgerStack implements AutoCloseable {

    static final String ORIGIN = "datadeed.bench/ledger";

    private final LocalPostgres postgres;
    private final DevAuthServer auth;
    private final ConfigurableApplicationContext ledger;
    private final EventStorageEngine engine;
    private final TransactionTemplate transactions;
    private final CheckpointAnchor anchor;
    private final Clock clock = Clock.systemUTC();

    private LedgerStack(LocalPostgres postgres, DevAuthServer auth, ConfigurableApplicationContext ledger) {
        this.postgres = postgres;
        this.auth = auth;
        this.ledger = ledger;
        this.engine = ledger.getBean(EventStorageEngine.class);
        this.transactions = ledger.getBean(TransactionTemplate.class);
        this.anchor = ledger.getBean(CheckpointAnchor.class);
    }

    /**
     * @param ledgerProperties extra properties for the ledger (e.g. {@code datadeed.ledger.batch-size=1000}); they
     *                         override its configuration file
     */
    static LedgerStack start(List<String> ledgerProperties) throws IOException {
        LocalPostgres postgres = LocalPostgres.temporary();
        String jdbcUrl = postgres.database("ledger_bench");
        Path keys = Files.createTempDirectory("ledger-bench-keys");
        DevAuthServer auth = DevAuthServer.start(0, null, DevAuthServer.Database.of(postgres, "ledger_bench"), List.of(new DevAuthProperties.User("regulator",
                        "pw-" + UUID.randomUUID(), "Regulator", "org-regulator", List.of("REGULATOR"))),
                List.of(new DevAuthProperties.Client("bench-cli", null, "Benchmark", List.of("authorization_code"),
                        List.of("http://127.0.0.1:8765/callback"), List.of(), null, List.of())));
        List<String> properties = new ArrayList<>(List.of(
                "server.port=0",
                "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=" + postgres.username(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + auth.issuer(),
                "datadeed.ledger.origin=" + ORIGIN,
                "datadeed.ledger.key-directory=" + keys,
                CoHosting.excludeProperty(CoHosting.SERVICE_EXCLUDES)));
        properties.addAll(ledgerProperties);
        ConfigurableApplicationContext ledger = LedgerApplication.builder().run(CoHosting.arguments(properties));
        return new LedgerStack(postgres, auth, ledger);
    }

    /**
     * Appends {@code count} events of fresh aggregates in one transaction.
     *
     * @return their identifiers and the instant the transaction committed
     */
    Appended append(int count) {
        List<EventMessage<?>> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(new GenericDomainEventMessage<>("BenchmarkAggregate", UUID.randomUUID().toString(), 0,
                    new BenchmarkEvent("benchmark event " + i, i)));
        }
        transactions.executeWithoutResult(status -> engine.appendEvents(events));
        Instant committed = clock.instant();
        return new Appended(events.stream().map(EventMessage::getIdentifier).toList(), committed);
    }

    /** Events appended together, and when their transaction committed. */
    record Appended(List<String> eventIds, Instant committedAt) {
    }

    /** The size of the newest anchored checkpoint, 0 if none. */
    long anchoredSize() {
        return anchor.latest(ORIGIN).map(AnchoredCheckpoint::treeSize).orElse(0L);
    }

    long eventsInStore() {
        return jdbc().sql("SELECT COUNT(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }

    Sequencer sequencer() {
        return ledger.getBean(Sequencer.class);
    }

    JdbcClient jdbc() {
        return ledger.getBean(JdbcClient.class);
    }

    Instant now() {
        return clock.instant();
    }

    @Override
    public void close() throws IOException {
        ledger.close();
        auth.close();
        postgres.close();
    }
}
