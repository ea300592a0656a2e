package org.datadeed.devsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the embedded binaries on Maven Central: no Docker, no installed database. Persistent
 * when given a data folder (the local stack), throw-away otherwise (tests).
 */
public final class LocalPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL keeping its data in {@code dataDirectory} across restarts, durably: every commit is flushed
     * to disk before it is acknowledged (the embedded binaries' launcher turns {@code fsync} and
     * {@code synchronous_commit} off unless told otherwise, which loses acknowledged work, or corrupts the data folder,
     * when the machine stops).
     */
    public static LocalPostgres persistent(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        return new LocalPostgres(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start());
    }

    /** Starts a fresh PostgreSQL on a free port, not durable (tests); everything is removed on close. */
    public static LocalPostgres temporary() throws IOException {
        return new LocalPostgres(EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .start());
    }

    public int port() {
        return postgres.getPort();
    }

    /** The JDBC URL of a database, created first when it does not exist yet. */
    public String database(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    public String username() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
