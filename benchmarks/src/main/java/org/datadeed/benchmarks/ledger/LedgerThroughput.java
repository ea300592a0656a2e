package org.datadeed.benchmarks.ledger;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger service under load, from the event store to the anchored checkpoint (local anchor), in three phases:
 * <ol>
 *   <li>{@code concurrent}: N events are appended to the event store (transactions of {@code append-batch}) while the
 *       ledger runs; events/s from the first append to the first checkpoint covering all of them (integrated) and to
 *       its anchoring (anchored).</li>
 *   <li>{@code backlog}: the sequencer is stopped, N events are appended, the sequencer is started: events/s the
 *       ledger drains from the event store to integrated and anchored checkpoints, with nothing else running.</li>
 *   <li>{@code lag}: a steady {@code rate} events/s in transactions of {@code tx-events} from {@code threads} threads
 *       for {@code duration}; anchoring lag per event (anchoring time of the first anchored checkpoint covering it
 *       minus its append's commit time) as p50, p99 and max with HdrHistogram.</li>
 * </ol>
 * Times come from the ledger's own rows ({@code log_leaf.sequenced_at}, {@code checkpoint.published_at} and
 * {@code anchored_at}), so polling does not blur them. Prints one summary line and writes JSON to {@code --out}.
 */
public final class LedgerThroughput {

    /** Wall-clock time for the result file's name and start time; measured durations use System.nanoTime. */
    private static final java.time.Clock CLOCK = java.time.Clock.systemUTC();

    private static final Logger log = LoggerFactory.getLogger(LedgerThroughput.class);
    private static final Duration POLL = Duration.ofMillis(50);

    private final LedgerStack stack;
    private final Options options;

    private LedgerThroughput(LedgerStack stack, Options options) {
        this.stack = stack;
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("startedAt", CLOCK.instant().toString());
        results.put("machine", machine());
        results.put("options", Map.of("events", options.events(), "appendBatch", options.appendBatch(),
                "rate", options.rate(), "durationSeconds", options.duration().toSeconds(), "threads", options.threads(),
                "txEvents", options.txEvents(), "ledgerProperties", options.ledgerProperties()));
        List<String> summary = new ArrayList<>();
        long started = System.nanoTime();
        try (LedgerStack stack = LedgerStack.start(options.ledgerProperties())) {
            results.put("startupSeconds", seconds(Duration.ofNanos(System.nanoTime() - started)));
            LedgerThroughput harness = new LedgerThroughput(stack, options);
            harness.awaitActive();
            if (options.phases().contains("concurrent")) {
                Map<String, Object> concurrent = harness.throughput(false);
                results.put("concurrent", concurrent);
                summary.add(throughputSummary("concurrent", concurrent));
            }
            if (options.phases().contains("backlog")) {
                Map<String, Object> backlog = harness.throughput(true);
                results.put("backlog", backlog);
                summary.add(throughputSummary("backlog", backlog));
            }
            if (options.phases().contains("lag")) {
                Map<String, Object> lag = harness.lag();
                results.put("lag", lag);
                summary.add(String.format(Locale.ROOT, "lag @%d/s %ds: %.0f events/s achieved, p50 %d ms, p99 %d ms,"
                                + " max %d ms (%d events, %d unanchored)", options.rate(), options.duration().toSeconds(),
                        lag.get("achievedEventsPerSecond"), lag.get("p50Millis"), lag.get("p99Millis"),
                        lag.get("maxMillis"), lag.get("events"), lag.get("unanchored")));
            }
        }
        results.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path file = write(options.out(), results);
        log.info("LEDGER {} -> {}", String.join(" | ", summary), file);
    }

    private void awaitActive() {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        while (!stack.sequencer().isActive()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the sequencer did not become active");
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    /** The concurrent or the backlog phase. */
    private Map<String, Object> throughput(boolean backlog) {
        long base = stack.eventsInStore();
        awaitAnchored(base);
        long target = base + options.events();
        if (backlog) {
            stack.sequencer().stop();
        }
        Instant appendStart = stack.now();
        for (int remaining = options.events(); remaining > 0; remaining -= options.appendBatch()) {
            stack.append(Math.min(remaining, options.appendBatch()));
        }
        Instant appendEnd = stack.now();
        Instant start = appendStart;
        if (backlog) {
            start = stack.now();
            stack.sequencer().start();
        }
        log.info("{} events appended in {} s; waiting for the anchored checkpoint covering size {}", options.events(),
                seconds(Duration.between(appendStart, appendEnd)), target);
        awaitAnchored(target);

        Instant firstSequenced = instant("SELECT MIN(sequenced_at) FROM log_leaf WHERE log_index >= :base AND log_index < :target", base, target);
        Instant lastSequenced = instant("SELECT MAX(sequenced_at) FROM log_leaf WHERE log_index >= :base AND log_index < :target", base, target);
        Instant integrated = instant("SELECT MIN(published_at) FROM checkpoint WHERE tree_size >= :target", base, target);
        Instant anchored = instant("SELECT MIN(anchored_at) FROM checkpoint WHERE anchor_tx IS NOT NULL AND tree_size >= :target", base, target);
        long checkpoints = stack.jdbc().sql("SELECT COUNT(*) FROM checkpoint WHERE tree_size > :base AND tree_size <= :target")
                .param("base", base).param("target", target).query(Long.class).single();
        long anchoredCheckpoints = stack.jdbc().sql("""
                        SELECT COUNT(*) FROM checkpoint WHERE anchor_tx IS NOT NULL AND tree_size > :base AND tree_size <= :target""")
                .param("base", base).param("target", target).query(Long.class).single();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("events", options.events());
        result.put("fromTreeSize", base);
        result.put("appendSeconds", seconds(Duration.between(appendStart, appendEnd)));
        result.put("appendEventsPerSecond", rate(options.events(), appendStart, appendEnd));
        result.put("sequencingSeconds", seconds(Duration.between(firstSequenced, lastSequenced)));
        result.put("integratedSeconds", seconds(Duration.between(start, integrated)));
        result.put("integratedEventsPerSecond", rate(options.events(), start, integrated));
        result.put("anchoredSeconds", seconds(Duration.between(start, anchored)));
        result.put("anchoredEventsPerSecond", rate(options.events(), start, anchored));
        result.put("checkpointsPublished", checkpoints);
        result.put("checkpointsAnchored", anchoredCheckpoints);
        result.put("clockStartsAt", backlog ? "sequencer start (events already in the store)" : "first append");
        log.info("{}: {}", backlog ? "backlog" : "concurrent", result);
        return result;
    }

    /** The lag phase. */
    private Map<String, Object> lag() {
        long base = stack.eventsInStore();
        awaitAnchored(base);
        Queue<LedgerStack.Appended> appended = new ConcurrentLinkedQueue<>();
        AtomicLong failures = new AtomicLong();
        long periodNanos = TimeUnit.SECONDS.toNanos(1) * options.threads() * options.txEvents() / options.rate();
        ScheduledExecutorService producers = Executors.newScheduledThreadPool(options.threads());
        List<ScheduledFuture<?>> schedules = new ArrayList<>();
        for (int t = 0; t < options.threads(); t++) {
            schedules.add(producers.scheduleAtFixedRate(() -> {
                try {
                    appended.add(stack.append(options.txEvents()));
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    log.warn("Append failed", e);
                }
            }, periodNanos * t / options.threads(), periodNanos, TimeUnit.NANOSECONDS));
        }
        long end = System.nanoTime() + options.duration().toNanos();
        long nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            LockSupport.parkNanos(Math.min(end, nextReport) - System.nanoTime());
            if (System.nanoTime() >= nextReport) {
                log.info("Lag phase: {} transactions appended, anchored size {}", appended.size(), stack.anchoredSize());
                nextReport += TimeUnit.SECONDS.toNanos(10);
            }
        }
        schedules.forEach(schedule -> schedule.cancel(false));
        producers.shutdown();
        try {
            if (!producers.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the producers did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        long target = stack.eventsInStore();
        awaitAnchored(target);

        Map<String, Instant> committedAt = new HashMap<>();
        Instant firstCommit = Instant.MAX;
        Instant lastCommit = Instant.MIN;
        for (LedgerStack.Appended batch : appended) {
            batch.eventIds().forEach(id -> committedAt.put(id, batch.committedAt()));
            firstCommit = batch.committedAt().isBefore(firstCommit) ? batch.committedAt() : firstCommit;
            lastCommit = batch.committedAt().isAfter(lastCommit) ? batch.committedAt() : lastCommit;
        }
        List<AnchoringLag.Sequenced> events = new ArrayList<>(committedAt.size());
        Histogram sequencing = new Histogram(TimeUnit.HOURS.toMicros(1), 3);
        stack.jdbc().sql("SELECT log_index, event_identifier, sequenced_at FROM log_leaf WHERE log_index >= :base")
                .param("base", base)
                .query(rs -> {
                    Instant appendedAt = committedAt.get(rs.getString(2));
                    if (appendedAt == null) {
                        throw new IllegalStateException("an event this phase did not append is in the log: " + rs.getString(2));
                    }
                    events.add(new AnchoringLag.Sequenced(rs.getLong(1), appendedAt));
                    long micros = Duration.between(appendedAt, rs.getTimestamp(3).toInstant()).toNanos() / 1_000;
                    sequencing.recordValue(Math.max(0, micros));
                });
        List<AnchoringLag.Anchored> anchored = stack.jdbc()
                .sql("SELECT tree_size, anchored_at FROM checkpoint WHERE anchor_tx IS NOT NULL AND tree_size > :base ORDER BY tree_size")
                .param("base", base)
                .query((rs, n) -> new AnchoringLag.Anchored(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                .list();
        AnchoringLag.Result lag = AnchoringLag.of(anchored, events);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("events", events.size());
        result.put("eventsAppended", committedAt.size());
        result.put("failedTransactions", failures.get());
        result.put("fromTreeSize", base);
        result.put("offeredEventsPerSecond", options.rate());
        result.put("achievedEventsPerSecond", rate(committedAt.size(), firstCommit, lastCommit));
        result.put("p50Millis", lag.percentile(50).toMillis());
        result.put("p90Millis", lag.percentile(90).toMillis());
        result.put("p99Millis", lag.percentile(99).toMillis());
        result.put("p999Millis", lag.percentile(99.9).toMillis());
        result.put("maxMillis", lag.max().toMillis());
        result.put("meanMillis", lag.micros().getMean() / 1_000);
        result.put("unanchored", lag.unanchored());
        result.put("sequencingLagP50Millis", sequencing.getValueAtPercentile(50) / 1_000);
        result.put("sequencingLagP99Millis", sequencing.getValueAtPercentile(99) / 1_000);
        result.put("anchoredCheckpoints", anchored.size());
        log.info("lag: {}", result);
        return result;
    }

    private void awaitAnchored(long size) {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        while (stack.anchoredSize() < size) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no checkpoint covering size " + size + " was anchored within "
                        + options.timeout() + " (anchored: " + stack.anchoredSize() + ")");
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    private Instant instant(String sql, long base, long target) {
        var statement = stack.jdbc().sql(sql).param("target", target);
        if (sql.contains(":base")) {
            statement = statement.param("base", base);
        }
        return statement.query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
    }

    private static double rate(long events, Instant from, Instant to) {
        double secs = Duration.between(from, to).toNanos() / 1e9;
        return secs <= 0 ? Double.NaN : Math.round(events / secs * 10) / 10.0;
    }

    private static double seconds(Duration duration) {
        return Math.round(duration.toNanos() / 1e6) / 1e3;
    }

    private static String throughputSummary(String phase, Map<String, Object> result) {
        return String.format(Locale.ROOT, "%s: %d events, appended %.0f/s, integrated %.0f/s (%.2f s), anchored %.0f/s (%.2f s)",
                phase, result.get("events"), result.get("appendEventsPerSecond"), result.get("integratedEventsPerSecond"),
                result.get("integratedSeconds"), result.get("anchoredEventsPerSecond"), result.get("anchoredSeconds"));
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try {
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name")).findFirst()
                    .ifPresent(line -> machine.put("cpu", line.substring(line.indexOf(':') + 1).strip()));
        } catch (IOException notLinux) {
            // no CPU model outside Linux
        }
        return machine;
    }

    private static Path write(Path folder, Map<String, Object> results) throws IOException {
        Files.createDirectories(folder);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(CLOCK.instant());
        Path file = folder.resolve("ledger-throughput-" + stamp + ".json");
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(file, json.writeValueAsString(results));
        return file;
    }
}
