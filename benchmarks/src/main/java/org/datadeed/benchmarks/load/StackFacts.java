package org.datadeed.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the stack costs while it runs: the resident memory of its processes (read from {@code /proc}), the database's
 * size and the number of events in it, so the size per million events follows.
 */
final class StackFacts {

    private StackFacts() {
    }

    static Map<String, Object> read(LoadOptions options) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("pssMiB", residentMemory());
        try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(), "");
             Statement statement = connection.createStatement()) {
            long bytes = single(statement, "SELECT pg_database_size(current_database())");
            long events = single(statement, "SELECT count(*) FROM eventstore.domain_event_entry");
            // what grows with the events themselves: the event store, the ledger's log and the anchors
            long history = single(statement, """
                    SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE c.relkind = 'r' AND n.nspname IN ('eventstore', 'ledger', 'anchor')""");
            facts.put("databaseMiB", bytes / 1048576.0);
            facts.put("events", events);
            facts.put("eventStoreAndLogMiBPerMillionEvents", events == 0 ? null : history / 1048576.0 / events * 1_000_000);
        } catch (Exception e) {
            facts.put("database", "not readable: " + e.getMessage());
        }
        return facts;
    }

    /**
     * CPU seconds used so far by the stack JVM, by all PostgreSQL processes and by this load generator (which shares
     * the machine), from {@code /proc/<pid>/stat}.
     */
    record Cpu(double stack, double postgres, double loadGenerator) {
        Cpu minus(Cpu earlier) {
            return new Cpu(stack - earlier.stack, postgres - earlier.postgres, loadGenerator - earlier.loadGenerator);
        }
    }

    static Cpu cpu() {
        double[] seconds = new double[2];
        try (var processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String cmdline = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    int which = cmdline.contains("datadeed-local.jar") ? 0
                            : cmdline.startsWith("postgres") || cmdline.contains("/bin/postgres") ? 1 : -1;
                    if (which < 0) {
                        return;
                    }
                    seconds[which] += cpuSeconds(p);
                } catch (IOException | RuntimeException gone) {
                    // ended meanwhile
                }
            });
            return new Cpu(seconds[0], seconds[1], cpuSeconds(Path.of("/proc/self")));
        } catch (IOException e) {
            return new Cpu(Double.NaN, Double.NaN, Double.NaN);
        }
    }

    private static double cpuSeconds(Path process) throws IOException {
        String stat = Files.readString(process.resolve("stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // utime and stime, plus cutime and cstime: what its ended children used (a PostgreSQL backend that exits
        // during a phase, when a pool retires a connection, is counted by the postmaster), in clock ticks
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14])) / 100.0;
    }

    private static long single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Memory per part of the stack: the launcher JVM and PostgreSQL. PSS (proportional set size) rather than RSS, so
     * that PostgreSQL's shared buffers, mapped by every backend, are counted once when its processes are summed.
     */
    private static Map<String, Double> residentMemory() {
        Map<String, Double> rss = new LinkedHashMap<>();
        try (var processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String cmdline = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    String name = cmdline.contains("datadeed-local.jar") ? "stack JVM (all services)"
                            : cmdline.startsWith("postgres") || cmdline.contains("/bin/postgres") ? "PostgreSQL (all processes)" : null;
                    if (name == null) {
                        return;
                    }
                    for (String line : Files.readAllLines(p.resolve("smaps_rollup"))) {
                        if (line.startsWith("Pss:")) {
                            double kb = Double.parseDouble(line.replaceAll("[^0-9]", ""));
                            rss.merge(name, kb / 1024, Double::sum);
                        }
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile, or is not ours to read
                }
            });
        } catch (IOException e) {
            rss.put("unreadable", -1.0);
        }
        return rss;
    }
}
