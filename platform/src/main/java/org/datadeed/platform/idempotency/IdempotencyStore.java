package org.datadeed.platform.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keys and first responses, in the service's own schema (table {@code idempotency_record}). The statements join the
 * caller's transaction: the filter claims, runs the request and completes in one.
 */
public class IdempotencyStore {

    /** What is on record for a key. */
    public record Entry(String requestHash, boolean completed, Instant lockedAt, int status, String contentType,
                        String location, byte[] body) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public IdempotencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Claims the key for the request {@code owner}; false when it is already on record. A claim of the same key in a
     * transaction still open makes this wait until that transaction ends (PostgreSQL's {@code ON CONFLICT}).
     */
    public boolean claim(String scope, String key, String requestHash, UUID owner) {
        int inserted = jdbc.sql("""
                        INSERT INTO idempotency_record (scope, idempotency_key, request_hash, locked_at, created_at, owner)
                        VALUES (:scope, :key, :hash, :now, :now, :owner) ON CONFLICT DO NOTHING""")
                .param("scope", scope).param("key", key).param("hash", requestHash).param("owner", owner)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return inserted == 1;
    }

    public Optional<Entry> find(String scope, String key) {
        return jdbc.sql("""
                        SELECT request_hash, completed, locked_at, response_status, response_content_type,
                               response_location, response_body
                        FROM idempotency_record WHERE scope = :scope AND idempotency_key = :key""")
                .param("scope", scope).param("key", key)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getBoolean(2), rs.getTimestamp(3).toInstant(),
                        rs.getInt(4), rs.getString(5), rs.getString(6), rs.getBytes(7)))
                .optional();
    }

    /** Takes over a claim whose request never finished (its process died); true when {@code owner} now holds it. */
    public boolean takeOver(String scope, String key, Instant staleLock, UUID owner) {
        return jdbc.sql("""
                        UPDATE idempotency_record SET locked_at = :now, owner = :owner
                        WHERE scope = :scope AND idempotency_key = :key AND NOT completed AND locked_at = :stale""")
                .param("scope", scope).param("key", key).param("owner", owner)
                .param("now", Timestamp.from(clock.instant())).param("stale", Timestamp.from(staleLock))
                .update() == 1;
    }

    /** Keeps the first response, if {@code owner} still holds the claim. */
    public void complete(String scope, String key, UUID owner, int status, String contentType, String location, byte[] body) {
        jdbc.sql("""
                        UPDATE idempotency_record SET completed = TRUE, response_status = :status,
                               response_content_type = :contentType, response_location = :location, response_body = :body
                        WHERE scope = :scope AND idempotency_key = :key AND owner = :owner""")
                .param("scope", scope).param("key", key).param("owner", owner).param("status", status)
                .param("contentType", contentType).param("location", location).param("body", body)
                .update();
    }

    /** Keeps the answer of a request that changed nothing (it was refused), unless the key is on record already. */
    public void record(String scope, String key, String requestHash, int status, String contentType, String location,
                       byte[] body) {
        jdbc.sql("""
                        INSERT INTO idempotency_record (scope, idempotency_key, request_hash, locked_at, created_at,
                                                        completed, response_status, response_content_type,
                                                        response_location, response_body)
                        VALUES (:scope, :key, :hash, :now, :now, TRUE, :status, :contentType, :location, :body)
                        ON CONFLICT DO NOTHING""")
                .param("scope", scope).param("key", key).param("hash", requestHash)
                .param("now", Timestamp.from(clock.instant())).param("status", status)
                .param("contentType", contentType).param("location", location).param("body", body)
                .update();
    }

    /** Forgets keys older than the retention period; returns how many. */
    public int purgeOlderThan(Duration retention) {
        return jdbc.sql("DELETE FROM idempotency_record WHERE created_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(retention)))
                .update();
    }
}
