package org.datadeed.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.datadeed.devsupport.LocalPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key records on a real PostgreSQL: one claim per key, only its holder completes it, and a claim in an open
 * transaction makes a second claim of the same key wait for its outcome.
 */
class IdempotencyStoreIT {

    private static LocalPostgres postgres;
    private static IdempotencyStore store;
    private static TransactionTemplate transactions;
    private static DataSource dataSource;

    @BeforeAll
    static void database() throws IOException {
        postgres = LocalPostgres.temporary();
        dataSource = new DriverManagerDataSource(postgres.database("idempotency"), postgres.username(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        store = new IdempotencyStore(JdbcClient.create(dataSource), Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC));
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void aKeyIsClaimedOnceAndItsFirstResponseIsKeptWithItsLocation() {
        String key = UUID.randomUUID().toString();
        UUID first = UUID.randomUUID();
        assertThat(store.claim("alice@org-a", key, "hash-1", first)).isTrue();
        assertThat(store.claim("alice@org-a", key, "hash-1", UUID.randomUUID())).isFalse();
        store.complete("alice@org-a", key, first, 201, "application/json", "/api/v1/registrations/1", "{}".getBytes());

        IdempotencyStore.Entry entry = store.find("alice@org-a", key).orElseThrow();
        assertThat(entry.completed()).isTrue();
        assertThat(entry.status()).isEqualTo(201);
        assertThat(entry.location()).isEqualTo("/api/v1/registrations/1");
    }

    @Test
    void keysOfDifferentCallersNeverMeet() {
        String key = UUID.randomUUID().toString();
        assertThat(store.claim("alice@org-a", key, "hash-1", UUID.randomUUID())).isTrue();
        assertThat(store.claim("bob@org-b", key, "hash-2", UUID.randomUUID())).isTrue();
    }

    @Test
    void aStalledRequestWhoseClaimWasTakenOverCannotCompleteIt() {
        String key = UUID.randomUUID().toString();
        UUID stalled = UUID.randomUUID();
        UUID retry = UUID.randomUUID();
        store.claim("alice@org-a", key, "hash-1", stalled);
        Instant lockedAt = store.find("alice@org-a", key).orElseThrow().lockedAt();
        assertThat(store.takeOver("alice@org-a", key, lockedAt, retry)).isTrue();

        store.complete("alice@org-a", key, stalled, 200, "application/json", null, "stale".getBytes());
        assertThat(store.find("alice@org-a", key).orElseThrow().completed()).isFalse();

        store.complete("alice@org-a", key, retry, 200, "application/json", null, "fresh".getBytes());
        assertThat(new String(store.find("alice@org-a", key).orElseThrow().body())).isEqualTo("fresh");
    }

    @Test
    void theAnswerOfARefusedRequestIsKeptOnceAndNeverReplacesOneOnRecord() {
        String key = UUID.randomUUID().toString();
        store.record("alice@org-a", key, "hash-1", 422, "application/problem+json", null, "refused".getBytes());
        store.record("alice@org-a", key, "hash-1", 200, "application/json", null, "other".getBytes());

        IdempotencyStore.Entry entry = store.find("alice@org-a", key).orElseThrow();
        assertThat(entry.completed()).isTrue();
        assertThat(entry.status()).isEqualTo(422);
        assertThat(new String(entry.body())).isEqualTo("refused");
        assertThat(store.claim("alice@org-a", key, "hash-1", UUID.randomUUID())).isFalse();
    }

    @Test
    void aSecondClaimWaitsForTheFirstTransactionAndSeesItsAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        UUID first = UUID.randomUUID();
        CountDownLatch claimed = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> firstClaim = executor.submit(() -> transactions.execute(status -> {
                boolean won = store.claim("alice@org-a", key, "hash-1", first);
                claimed.countDown();
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> backendsWaitingForALock() > 0);
                store.complete("alice@org-a", key, first, 201, "application/json", null, "first".getBytes());
                return won;
            }));
            claimed.await(30, TimeUnit.SECONDS);
            Boolean secondClaim = transactions.execute(status -> store.claim("alice@org-a", key, "hash-1", UUID.randomUUID()));

            assertThat(firstClaim.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(secondClaim).as("the second claim waited for the first to commit, and lost").isFalse();
            assertThat(new String(store.find("alice@org-a", key).orElseThrow().body())).isEqualTo("first");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aClaimRolledBackWithItsRequestLeavesTheKeyFree() {
        String key = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            assertThat(store.claim("alice@org-a", key, "hash-1", UUID.randomUUID())).isTrue();
            status.setRollbackOnly();
        });
        assertThat(store.find("alice@org-a", key)).isEmpty();
        assertThat(store.claim("alice@org-a", key, "hash-1", UUID.randomUUID())).isTrue();
    }

    /** Read on a connection of its own: inside a transaction, PostgreSQL keeps showing the activity it first saw. */
    private static int backendsWaitingForALock() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
