package org.datadeed.benchmarks.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The yardstick every figure is divided by: a raw single-row insert with a commit per transaction, at the same
 * concurrency, on the same database as the stack, for as long as a mix runs. What DataDeed adds on top of "write one
 * row and commit" is then the ratio, comparable across machines.
 */
final class Baseline {

    private final LoadOptions options;

    Baseline(LoadOptions options) {
        this.options = options;
    }

    Map<String, Object> rawInserts() throws Exception {
        try (Connection setup = connect(); Statement ddl = setup.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS public.load_baseline (id BIGSERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL,"
                    + " payload TEXT NOT NULL)");
        }
        Instant until = Timings.WALL.instant().plus(options.warmup()).plus(options.baselineDuration());
        // closed only after the phase: a backend that exits takes its CPU time out of PostgreSQL's sum in /proc
        List<Connection> connections = java.util.Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<PreparedStatement> insert = ThreadLocal.withInitial(() -> {
            try {
                Connection connection = connect();
                connections.add(connection);
                connection.setAutoCommit(false);
                return connection.prepareStatement("INSERT INTO public.load_baseline (at, payload) VALUES (now(), ?)");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String payload = "x".repeat(200);
        Timings timings = Timings.run(options.threads(), options.warmup(), t -> {
            if (Timings.WALL.instant().isAfter(until)) {
                return false;
            }
            PreparedStatement statement = insert.get();
            long start = System.nanoTime();
            try {
                statement.setString(1, payload);
                statement.executeUpdate();
                statement.getConnection().commit();
                t.ok(start, 1);
            } catch (Exception e) {
                t.error(start, e);
            }
            return true;
        });
        for (Connection connection : connections) {
            connection.close();
        }
        String durability;
        try (Connection cleanup = connect(); Statement statement = cleanup.createStatement()) {
            statement.execute("DROP TABLE public.load_baseline");
            durability = "fsync=" + setting(statement, "fsync") + ", synchronous_commit=" + setting(statement, "synchronous_commit");
        }
        Map<String, Object> result = timings.result("inserts");
        // a commit that waits for the disk and one that does not differ by an order of magnitude: say which it was
        result.put("durability", durability);
        result.put("summary", timings.summary("inserts") + " (" + durability + ")");
        return result;
    }

    private static String setting(Statement statement, String name) throws java.sql.SQLException {
        try (java.sql.ResultSet rows = statement.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(), "");
    }
}
