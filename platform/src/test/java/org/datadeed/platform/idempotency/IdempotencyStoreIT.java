package org.datadeed.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.datadeed.devsupport.LocalPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The key records on a real PostgreSQL: one claim per key, and only its holder completes or releases it. */
class IdempotencyStoreIT {

    private static LocalPostgres postgres;
    private static IdempotencyStore store;

    @BeforeAll
    static void database() throws IOException {
        postgres = LocalPostgres.temporary();
        DataSource dataSource = new DriverManagerDataSource(postgres.database("idempotency"), postgres.username(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        store = new IdempotencyStore(JdbcClient.create(dataSource), Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC));
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
    void aStalledRequestWhoseClaimWasTakenOverCanNeitherCompleteNorReleaseIt() {
        String key = UUID.randomUUID().toString();
        UUID stalled = UUID.randomUUID();
        UUID retry = UUID.randomUUID();
        store.claim("alice@org-a", key, "hash-1", stalled);
        Instant lockedAt = store.find("alice@org-a", key).orElseThrow().lockedAt();
        assertThat(store.takeOver("alice@org-a", key, lockedAt, retry)).isTrue();

        store.release("alice@org-a", key, stalled);
        assertThat(store.find("alice@org-a", key)).as("the retry still holds the key").isPresent();
        store.complete("alice@org-a", key, stalled, 200, "application/json", null, "stale".getBytes());
        assertThat(store.find("alice@org-a", key).orElseThrow().completed()).isFalse();

        store.complete("alice@org-a", key, retry, 200, "application/json", null, "fresh".getBytes());
        assertThat(new String(store.find("alice@org-a", key).orElseThrow().body())).isEqualTo("fresh");
    }

    @Test
    void aReleasedKeyCanBeClaimedAgain() {
        String key = UUID.randomUUID().toString();
        UUID owner = UUID.randomUUID();
        store.claim("alice@org-a", key, "hash-1", owner);
        store.release("alice@org-a", key, owner);
        assertThat(store.claim("alice@org-a", key, "hash-1", UUID.randomUUID())).isTrue();
    }
}
