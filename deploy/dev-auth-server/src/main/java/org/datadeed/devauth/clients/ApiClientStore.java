package org.datadeed.devauth.clients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.RowMapper;

/** The {@code api_client} table: what an organisation sees of its API clients (schema {@code identity}). */
final class ApiClientStore {

    private static final String COLUMNS = "registered_client_id, client_id, organisation, role, name, description, status, "
            + "created_at, created_by, created_by_name, secret_rotated_at, secret_rotated_by, secret_rotated_by_name, "
            + "revoked_at, revoked_by, revoked_by_name, request_hash";
    private static final RowMapper<ApiClientRecord> ROW = ApiClientStore::record;

    private final JdbcOperations jdbc;

    ApiClientStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ApiClientRecord client, String idempotencyScope, String idempotencyKey) {
        jdbc.update("INSERT INTO api_client (" + COLUMNS + ", idempotency_scope, idempotency_key) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, NULL, ?, ?, ?)",
                client.registeredClientId(), client.clientId(), client.organisation(), client.role(), client.name(),
                client.description(), client.status().name(), Timestamp.from(client.createdAt()),
                client.createdBy().subject(), client.createdBy().name(), client.requestHash(),
                idempotencyKey == null ? null : idempotencyScope, idempotencyKey);
    }

    Optional<ApiClientRecord> find(String clientId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_client WHERE client_id = ?", ROW, clientId).stream().findFirst();
    }

    Optional<ApiClientRecord> findByIdempotencyKey(String scope, String key) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_client WHERE idempotency_scope = ? AND idempotency_key = ?",
                ROW, scope, key).stream().findFirst();
    }

    /** An organisation's clients, newest first. */
    List<ApiClientRecord> list(String organisation) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_client WHERE organisation = ? ORDER BY created_at DESC, client_id",
                ROW, organisation);
    }

    void rotated(String clientId, Instant at, ApiClientRecord.Actor by) {
        jdbc.update("UPDATE api_client SET secret_rotated_at = ?, secret_rotated_by = ?, secret_rotated_by_name = ? "
                + "WHERE client_id = ?", Timestamp.from(at), by.subject(), by.name(), clientId);
    }

    void revoked(String clientId, Instant at, ApiClientRecord.Actor by) {
        jdbc.update("UPDATE api_client SET status = 'REVOKED', revoked_at = ?, revoked_by = ?, revoked_by_name = ? "
                + "WHERE client_id = ?", Timestamp.from(at), by.subject(), by.name(), clientId);
    }

    /** Whether a registered client is one of these and revoked: such a client obtains no tokens. */
    boolean isRevoked(String registeredClientId) {
        return !jdbc.queryForList("SELECT 1 FROM api_client WHERE registered_client_id = ? AND status = 'REVOKED'",
                Integer.class, registeredClientId).isEmpty();
    }

    private static ApiClientRecord record(ResultSet row, int number) throws SQLException {
        return new ApiClientRecord(row.getString("registered_client_id"), row.getString("client_id"),
                row.getString("organisation"), row.getString("role"), row.getString("name"), row.getString("description"),
                ApiClientRecord.Status.valueOf(row.getString("status")), instant(row, "created_at"),
                actor(row, "created_by"), instant(row, "secret_rotated_at"), actor(row, "secret_rotated_by"),
                instant(row, "revoked_at"), actor(row, "revoked_by"), row.getString("request_hash"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static ApiClientRecord.Actor actor(ResultSet row, String column) throws SQLException {
        String subject = row.getString(column);
        return subject == null ? null : new ApiClientRecord.Actor(subject, row.getString(column + "_name"));
    }
}
